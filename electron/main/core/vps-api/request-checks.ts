/**
 * Checks on what the app is about to send, before anything is sent. A rejection is an `ApiError`
 * with code 'InvalidInput', `fields` keyed like the server's (`nameservers[1]`), and no status.
 *
 * The bodies are rebuilt from known keys only, so whatever else an IPC caller passes along is
 * not forwarded to VPS.org; names are sent in their ASCII (punycode) form.
 */
import { parseDomainName } from '../../../shared/validation/host-name'
import { parseNameservers } from '../../../shared/validation/nameservers'
import {
  DOMAIN_STATUSES,
  type ListDomainsQuery,
  type RegisterRequest,
  type TransferRequest,
  type UpdateRequest,
} from '../../../shared/vps-api/types'
import { invalidInput, type HttpMethod } from './errors'

type Fields = Record<string, string[]>
interface Target {
  method: HttpMethod
  path: string
  secrets?: readonly string[]
}

/** Largest page the sandbox accepts (openapi: page_size); a larger one would be capped anyway. */
export const MAX_PAGE_SIZE = 1000
const MAX_AUTH_CODE_LENGTH = 255
const MIN_YEARS = 1
const MAX_YEARS = 10

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function reject(summary: string, fields: Fields, target: Target): never {
  const detail = Object.values(fields).flat().join(' ')
  throw invalidInput(`${summary} ${detail}`.trim(), fields, target)
}

/** The id, if it is a positive safe integer; 'InvalidInput' otherwise. */
export function checkDomainId(id: unknown, target: Target): number {
  if (typeof id === 'number' && Number.isSafeInteger(id) && id > 0) return id
  return reject(
    'Nothing was sent:',
    { id: ['The domain id must be a positive whole number.'] },
    target,
  )
}

function checkBoolean(
  body: Record<string, unknown>,
  key: string,
  fields: Fields,
): boolean | undefined {
  const value = body[key]
  if (value === undefined || typeof value === 'boolean') return value
  fields[key] = [`${key} must be true or false.`]
  return undefined
}

function checkNameserverList(value: unknown, fields: Fields): string[] | undefined {
  const parsed = parseNameservers(value)
  if (parsed.ok) return parsed.nameservers
  for (const issue of parsed.issues) {
    const key = issue.index === undefined ? 'nameservers' : `nameservers[${issue.index}]`
    fields[key] = [...(fields[key] ?? []), issue.message]
  }
  return undefined
}

/** The register body to send: ASCII domain name, checked years and nameservers. */
export function prepareRegisterBody(input: unknown, target: Target): RegisterRequest {
  const body = isRecord(input) ? input : {}
  const fields: Fields = {}
  const name = parseDomainName(body.domain_name)
  if (!name.ok) fields.domain_name = [name.message]
  const years = body.years
  if (
    years !== undefined &&
    !(Number.isInteger(years) && (years as number) >= MIN_YEARS && (years as number) <= MAX_YEARS)
  ) {
    fields.years = [
      `The registration period must be a whole number of years from ${MIN_YEARS} to ${MAX_YEARS}.`,
    ]
  }
  const autoRenew = checkBoolean(body, 'auto_renew', fields)
  const privacy = checkBoolean(body, 'privacy_protection', fields)
  const nameservers =
    body.nameservers === undefined ? undefined : checkNameserverList(body.nameservers, fields)
  if (!name.ok || Object.keys(fields).length > 0) {
    reject('The registration was not sent:', fields, target)
  }
  const request: RegisterRequest = { domain_name: name.ascii }
  if (years !== undefined) request.years = years as number
  if (autoRenew !== undefined) request.auto_renew = autoRenew
  if (privacy !== undefined) request.privacy_protection = privacy
  if (nameservers !== undefined) request.nameservers = nameservers
  return request
}

/** The update body to send: only the keys given, checked; at least one. */
export function prepareUpdateBody(input: unknown, target: Target): UpdateRequest {
  const body = isRecord(input) ? input : {}
  const fields: Fields = {}
  const request: UpdateRequest = {}
  for (const key of ['auto_renew', 'privacy_protection', 'locked'] as const) {
    const value = checkBoolean(body, key, fields)
    if (value !== undefined) request[key] = value
  }
  if (body.nameservers !== undefined) {
    const nameservers = checkNameserverList(body.nameservers, fields)
    if (nameservers) request.nameservers = nameservers
  }
  if (Object.keys(fields).length > 0) reject('The change was not sent:', fields, target)
  if (Object.keys(request).length === 0) {
    reject('Nothing was sent:', { non_field_errors: ['There is nothing to change.'] }, target)
  }
  return request
}

/**
 * The transfer body to send. The auth code goes out exactly as given (only its emptiness is
 * judged after trimming); it is a secret, so no message quotes it.
 */
export function prepareTransferBody(input: unknown, target: Target): TransferRequest {
  const body = isRecord(input) ? input : {}
  const fields: Fields = {}
  const code = body.auth_code
  if (typeof code !== 'string' || code.trim().length === 0) {
    fields.auth_code = ['Enter the authorization (EPP) code from the current registrar.']
  } else if (code.length > MAX_AUTH_CODE_LENGTH) {
    fields.auth_code = [`The authorization code is longer than ${MAX_AUTH_CODE_LENGTH} characters.`]
  } else if (/[\p{Cc}\p{Cf}]/u.test(code)) {
    fields.auth_code = [
      'The authorization code contains invisible or control characters; type or paste it again.',
    ]
  }
  const autoRenew = checkBoolean(body, 'auto_renew', fields)
  const secrets = typeof code === 'string' ? [...(target.secrets ?? []), code] : target.secrets
  if (Object.keys(fields).length > 0)
    reject('The transfer was not sent:', fields, { ...target, secrets })
  const request: TransferRequest = { auth_code: code as string }
  if (autoRenew !== undefined) request.auto_renew = autoRenew
  return request
}

/** The list query to send, checked; unknown keys are dropped. */
export function prepareListQuery(input: unknown, target: Target): ListDomainsQuery {
  const query = isRecord(input) ? input : {}
  const fields: Fields = {}
  const result: ListDomainsQuery = {}
  const { status, search, page, page_size: pageSize } = query
  if (status !== undefined) {
    if ((DOMAIN_STATUSES as readonly unknown[]).includes(status))
      result.status = status as ListDomainsQuery['status']
    else fields.status = [`The status filter must be one of ${DOMAIN_STATUSES.join(', ')}.`]
  }
  if (search !== undefined) {
    if (typeof search === 'string' && !/\p{Cc}/u.test(search)) result.search = search
    else fields.search = ['The search text must be plain text.']
  }
  if (page !== undefined) {
    if (typeof page === 'number' && Number.isSafeInteger(page) && page >= 1) result.page = page
    else fields.page = ['The page number must be a whole number from 1.']
  }
  if (pageSize !== undefined) {
    if (
      typeof pageSize === 'number' &&
      Number.isInteger(pageSize) &&
      pageSize >= 1 &&
      pageSize <= MAX_PAGE_SIZE
    ) {
      result.page_size = pageSize
    } else fields.page_size = [`The page size must be a whole number from 1 to ${MAX_PAGE_SIZE}.`]
  }
  if (Object.keys(fields).length > 0) reject('The list was not requested:', fields, target)
  return result
}
