/**
 * DRF-style validation of request bodies: every field is checked and all messages are returned
 * together as `{"field": ["message"]}`. Types are strict (booleans must be JSON booleans, years a
 * JSON integer); unknown fields are ignored, as DRF serializers do.
 */
import { parseDomainName } from '../shared/validation/host-name'
import { parseNameservers } from '../shared/validation/nameservers'
import type { FieldErrors } from './http-error'

type Body = Record<string, unknown>
type Result<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors }

const REQUIRED = 'This field is required.'

/** DRF's answer when the body is JSON but not an object. */
export function expectObject(body: unknown): Result<Body> {
  if (body !== null && typeof body === 'object' && !Array.isArray(body)) {
    return { ok: true, value: body as Body }
  }
  const got = Array.isArray(body) ? 'list' : body === null ? 'NoneType' : typeof body
  return {
    ok: false,
    errors: { non_field_errors: [`Invalid data. Expected a dictionary, but got ${got}.`] },
  }
}

function checkBoolean(body: Body, key: string, errors: FieldErrors): boolean | undefined {
  const value = body[key]
  if (value === undefined) return undefined
  if (typeof value !== 'boolean') {
    errors[key] = ['Must be a valid boolean (true or false).']
    return undefined
  }
  return value
}

function checkNameservers(body: Body, errors: FieldErrors): string[] | undefined {
  if (body.nameservers === undefined) return undefined
  const parsed = parseNameservers(body.nameservers)
  if (!parsed.ok) {
    errors.nameservers = [parsed.message]
    return undefined
  }
  return parsed.nameservers
}

/** A valid POST /domains/ body, with defaults applied and the name in ASCII form. */
export interface RegisterInput {
  name: string
  tld: string
  years: number
  autoRenew: boolean
  privacy: boolean
  nameservers?: string[]
}

/** Validates a registration body against the offered TLDs. */
export function validateRegister(raw: unknown, offered: readonly string[]): Result<RegisterInput> {
  const object = expectObject(raw)
  if (!object.ok) return object
  const body = object.value
  const errors: FieldErrors = {}
  let name: { ascii: string; tld: string } | undefined
  if (body.domain_name === undefined || body.domain_name === null || body.domain_name === '') {
    errors.domain_name = [REQUIRED]
  } else {
    const parsed = parseDomainName(body.domain_name, offered)
    if (parsed.ok) name = { ascii: parsed.ascii, tld: parsed.tld }
    else errors.domain_name = [parsed.message]
  }
  let years = 1
  if (body.years !== undefined) {
    if (typeof body.years !== 'number' || !Number.isInteger(body.years)) {
      errors.years = ['A valid integer is required.']
    } else if (body.years < 1) {
      errors.years = ['Ensure this value is greater than or equal to 1.']
    } else if (body.years > 10) {
      errors.years = ['Ensure this value is less than or equal to 10.']
    } else {
      years = body.years
    }
  }
  const autoRenew = checkBoolean(body, 'auto_renew', errors) ?? true
  const privacy = checkBoolean(body, 'privacy_protection', errors) ?? true
  const nameservers = checkNameservers(body, errors)
  if (Object.keys(errors).length > 0 || !name) return { ok: false, errors }
  return {
    ok: true,
    value: { name: name.ascii, tld: name.tld, years, autoRenew, privacy, nameservers },
  }
}

/** A valid PUT body: only the keys that were given. */
export interface UpdateInput {
  autoRenew?: boolean
  privacy?: boolean
  locked?: boolean
  nameservers?: string[]
}

/** Validates a settings update. */
export function validateUpdate(raw: unknown): Result<UpdateInput> {
  const object = expectObject(raw)
  if (!object.ok) return object
  const body = object.value
  const errors: FieldErrors = {}
  const value: UpdateInput = {
    autoRenew: checkBoolean(body, 'auto_renew', errors),
    privacy: checkBoolean(body, 'privacy_protection', errors),
    locked: checkBoolean(body, 'locked', errors),
    nameservers: checkNameservers(body, errors),
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, value }
}

/** A valid transfer body. */
export interface TransferInput {
  authCode: string
  autoRenew: boolean
}

/** Validates a transfer body (the code's correctness is the registrar's business). */
export function validateTransfer(raw: unknown): Result<TransferInput> {
  const object = expectObject(raw)
  if (!object.ok) return object
  const body = object.value
  const errors: FieldErrors = {}
  let authCode = ''
  if (body.auth_code === undefined || body.auth_code === null) {
    errors.auth_code = [REQUIRED]
  } else if (typeof body.auth_code !== 'string') {
    errors.auth_code = ['Not a valid string.']
  } else if (body.auth_code.trim() === '') {
    errors.auth_code = ['This field may not be blank.']
  } else if (body.auth_code.length > 255) {
    errors.auth_code = ['Ensure this field has no more than 255 characters.']
  } else {
    authCode = body.auth_code.trim()
  }
  const autoRenew = checkBoolean(body, 'auto_renew', errors) ?? true
  return Object.keys(errors).length > 0
    ? { ok: false, errors }
    : { ok: true, value: { authCode, autoRenew } }
}
