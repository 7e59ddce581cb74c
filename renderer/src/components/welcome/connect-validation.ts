/**
 * Checks the connect form before anything is sent, so that the common mistakes get a message in
 * the user's language at once. Main checks everything again and has the last word.
 */
import type { AccountField } from './account-errors'

/** The API's address unless the user changes it (main uses the same default). */
export const DEFAULT_BASE_URL = 'https://admin.vps.org/api/v1'
/** The contract's longest label. */
export const MAX_LABEL_LENGTH = 80

/** An i18n key under `welcome.fieldErrors` per field that has a problem. */
export type FieldProblems = Partial<Record<AccountField, string>>

function isLoopback(hostname: string): boolean {
  const host = hostname.toLowerCase()
  return host === 'localhost' || host === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host)
}

/** Why a base URL can't be used (an i18n key), or null. Empty means "use the default". */
export function baseUrlProblem(input: string): string | null {
  const text = input.trim()
  if (!text) return null
  let url: URL
  try {
    url = new URL(text)
  } catch {
    return 'baseUrlInvalid'
  }
  if (url.protocol === 'https:') return null
  // Plain http would send the token unencrypted, except to this computer.
  if (url.protocol === 'http:' && isLoopback(url.hostname)) return null
  return 'baseUrlHttps'
}

/** Why a label can't be used (an i18n key), or null. */
export function labelProblem(input: string): string | null {
  const text = input.trim()
  if (!text) return 'labelRequired'
  return text.length > MAX_LABEL_LENGTH ? 'labelTooLong' : null
}

/** The problems of the whole connect form. */
export function connectFormProblems(form: {
  label: string
  token: string
  baseUrl: string
}): FieldProblems {
  const problems: FieldProblems = {}
  const label = labelProblem(form.label)
  if (label) problems.label = label
  if (!form.token.trim()) problems.token = 'tokenRequired'
  const baseUrl = baseUrlProblem(form.baseUrl)
  if (baseUrl) problems.baseUrl = baseUrl
  return problems
}
