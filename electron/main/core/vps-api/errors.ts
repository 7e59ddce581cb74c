/**
 * The one error type the VPS.org API client throws. Every failure — a local input check, a
 * network problem, an HTTP status, an unreadable answer — becomes an `ApiError` with a `code` the
 * UI can branch on and a `message` written for the user (what happened, what to do).
 *
 * Secrets (the API token, an EPP auth code) must never end up in an error: the constructor scrubs
 * them from every text it stores, and no raw `cause` object is ever attached, because fetch's own
 * errors can quote request headers verbatim.
 */

/** What kind of failure this is; the UI picks its reaction by code. */
export type ApiErrorCode =
  | 'Unauthorized'
  | 'PaymentRequired'
  | 'NotFound'
  | 'Validation'
  | 'RateLimited'
  | 'Server'
  | 'Network'
  | 'Timeout'
  | 'BadResponse'
  | 'Cancelled'
  | 'InvalidInput'

/** The HTTP methods the VPS.org domain API uses. */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE'

/** Everything needed to build an `ApiError`. */
export interface ApiErrorInit {
  code: ApiErrorCode
  message: string
  /** The request this error is about; absent when no request was involved (a base-URL check). */
  method?: HttpMethod
  /** Path below the base URL, e.g. `/domains/101/`; never a query string. */
  path?: string
  status?: number
  fields?: Record<string, string[]>
  retryAfterMs?: number
  /**
   * Whether the request may have reached VPS.org and been acted on. False only when we know it
   * was not (never sent, connection refused, DNS failure) or the server told us it did nothing
   * (4xx).
   */
  requestMayHaveArrived?: boolean
  /** A short, sanitized description of the low-level cause, e.g. `ECONNRESET`. */
  causeCode?: string
  /** Strings to scrub from every stored text (token, auth code). Not stored. */
  secrets?: readonly string[]
}

/** The safe, serializable view of an `ApiError` (what `toJSON` returns). */
export interface ApiErrorJson {
  name: 'ApiError'
  code: ApiErrorCode
  message: string
  method?: HttpMethod
  path?: string
  status?: number
  fields?: Record<string, string[]>
  retryAfterMs?: number
  outcomeUnknown: boolean
  causeCode?: string
}

const REDACTED = '[redacted]'
/**
 * Secrets shorter than this are not scrubbed: replacing every "ab" in a sentence would make it
 * unreadable, and such a short string is not a meaningful secret anyway.
 */
const MIN_SECRET_LENGTH = 4

/** Replaces every occurrence of each secret in `text` with `[redacted]`. */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  let result = text
  for (const secret of secrets) {
    if (secret.length >= MIN_SECRET_LENGTH) result = result.split(secret).join(REDACTED)
  }
  return result
}

function redactFields(
  fields: Record<string, string[]>,
  secrets: readonly string[],
): Record<string, string[]> {
  const clean: Record<string, string[]> = {}
  for (const [key, messages] of Object.entries(fields)) {
    clean[redactSecrets(key, secrets)] = messages.map((m) => redactSecrets(m, secrets))
  }
  return clean
}

const OUTCOME_UNKNOWN_ADVICE =
  ' The request may have been carried out anyway: check the domain list before trying again, so that nothing is done (or paid for) twice.'

/** A failed VPS.org API call, or a call refused before sending because its input was invalid. */
export class ApiError extends Error {
  readonly code: ApiErrorCode
  readonly method: HttpMethod | undefined
  readonly path: string | undefined
  readonly status: number | undefined
  readonly fields: Record<string, string[]> | undefined
  readonly retryAfterMs: number | undefined
  /** See `ApiErrorInit.requestMayHaveArrived`; true for any method, unlike `outcomeUnknown`. */
  readonly requestMayHaveArrived: boolean
  /**
   * True only for a non-idempotent POST (register, transfer) that may have reached VPS.org: the
   * user must check before repeating it, because repeating could spend money twice.
   */
  readonly outcomeUnknown: boolean
  readonly causeCode: string | undefined

  constructor(init: ApiErrorInit) {
    const secrets = init.secrets ?? []
    const mayHaveArrived = init.requestMayHaveArrived ?? false
    const outcomeUnknown = init.method === 'POST' && mayHaveArrived
    const message = init.message + (outcomeUnknown ? OUTCOME_UNKNOWN_ADVICE : '')
    // Scrub before super(): V8 writes the message into `stack` at construction.
    super(redactSecrets(message, secrets))
    this.code = init.code
    this.method = init.method
    this.path = init.path === undefined ? undefined : redactSecrets(init.path, secrets)
    this.status = init.status
    this.fields = init.fields && redactFields(init.fields, secrets)
    this.retryAfterMs = init.retryAfterMs
    this.requestMayHaveArrived = mayHaveArrived
    this.outcomeUnknown = outcomeUnknown
    this.causeCode =
      init.causeCode === undefined ? undefined : redactSecrets(init.causeCode, secrets)
  }

  /** Only the safe fields: no request, response or cause objects. */
  toJSON(): ApiErrorJson {
    const json: ApiErrorJson = {
      name: 'ApiError',
      code: this.code,
      message: this.message,
      outcomeUnknown: this.outcomeUnknown,
    }
    if (this.method !== undefined) json.method = this.method
    if (this.path !== undefined) json.path = this.path
    if (this.status !== undefined) json.status = this.status
    if (this.fields !== undefined) json.fields = this.fields
    if (this.retryAfterMs !== undefined) json.retryAfterMs = this.retryAfterMs
    if (this.causeCode !== undefined) json.causeCode = this.causeCode
    return json
  }
}

// On the prototype (not a class field) so that the stack header written during super() says
// "ApiError" rather than "Error".
Object.defineProperty(ApiError.prototype, 'name', { value: 'ApiError', enumerable: false })

/** Type guard for `ApiError`. */
export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError
}

/** An `ApiError` for input rejected before anything was sent (`status` is undefined). */
export function invalidInput(
  message: string,
  fields: Record<string, string[]>,
  request: { method?: HttpMethod; path?: string; secrets?: readonly string[] } = {},
): ApiError {
  return new ApiError({ code: 'InvalidInput', message, fields, ...request })
}
