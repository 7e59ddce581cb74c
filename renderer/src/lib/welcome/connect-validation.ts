/**
 * Checks the connect form before anything is sent, so that the common mistakes get a message in
 * the user's language at once. Main checks everything again and has the last word.
 */
import { parseBaseUrl, type BaseUrlProblem } from '@shared/validation/base-url'

/** The contract's longest label. */
export const MAX_LABEL_LENGTH = 80

/** The fields the account forms have. */
export type AccountField = 'label' | 'token' | 'baseUrl'

/** An i18n key under `welcome.fieldErrors` per field that has a problem. */
export type FieldProblems = Partial<Record<AccountField, string>>

/**
 * The shared rule's problems the form words itself (keys under `welcome.fieldErrors`); main
 * words the rarer ones (a user name or a "?" in the URL) when the account is added.
 */
const BASE_URL_KEYS: Partial<Record<BaseUrlProblem, string>> = {
  'not-a-url': 'baseUrlInvalid',
  'unsupported-scheme': 'baseUrlHttps',
  // Plain http would send the token unencrypted, except to this computer.
  'insecure-http': 'baseUrlHttps',
}

/** Why a base URL can't be used (an i18n key), or null. Empty means "use the default". */
export function baseUrlProblem(input: string): string | null {
  if (!input.trim()) return null
  const result = parseBaseUrl(input)
  return result.ok ? null : (BASE_URL_KEYS[result.problem] ?? null)
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
