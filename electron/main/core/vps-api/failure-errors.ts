/**
 * Turning a fetch that threw (no usable HTTP answer) into an `ApiError`: 'Cancelled', 'Timeout'
 * or 'Network'.
 *
 * fetch (undici) throws `TypeError('fetch failed')` with the system error as `cause`, or
 * `TypeError('terminated')` when the body breaks off. Those objects can quote request details
 * (undici's header errors quote the header value — the token), so they are never attached: only
 * a sanitized code such as `ECONNRESET` is kept.
 *
 * Whether the request may have reached VPS.org matters for POSTs (money): connection refused, DNS
 * and TLS failures happen before the request is sent; anything else might have happened after.
 */
import { ApiError, type HttpMethod } from './errors'
import { statusLabel } from './status-errors'

/** The request a failure belongs to and how far it got. */
export interface FailureContext {
  method: HttpMethod
  path: string
  /** Host name for the message (not secret). */
  host: string
  secrets: readonly string[]
  /** 'request': no answer yet; 'body': headers (with `status`) arrived, the body broke off. */
  phase: 'request' | 'body'
  status?: number
  /** The caller's signal fired. */
  callerAborted: boolean
  /** Our per-attempt timeout fired. */
  timedOut: boolean
  timeoutMs: number
}

/** Failures that happen before any request byte is sent. */
const NOT_SENT_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EAI_FAIL',
  'EAI_NONAME',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EHOSTDOWN',
  'ENETDOWN',
  'EADDRNOTAVAIL',
  'UND_ERR_CONNECT_TIMEOUT',
  'BAD_PORT',
])
const DNS_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NONAME'])
/** TLS handshake failures (certificate problems): the request was not sent either. */
const TLS_CODE = /CERT|SELF_SIGNED|UNABLE_TO_|^ERR_TLS|^ERR_SSL|^EPROTO$/

function errorCodeOf(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined
  const code = (value as { code?: unknown }).code
  return typeof code === 'string' && /^[A-Z][A-Z0-9_]{1,60}$/.test(code) ? code : undefined
}

/**
 * A short, safe description of what went wrong underneath (a system or undici error code), found
 * by walking the `cause` chain. Never a message: messages can contain request data.
 */
export function describeCause(error: unknown): string | undefined {
  let current: unknown = error
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
    const code =
      errorCodeOf(current) ?? errorCodeOf((current as { errors?: unknown[] }).errors?.[0])
    if (code) return code
    // fetch refuses some ports (e.g. 1, 25) itself, with no code.
    if ((current as { message?: unknown }).message === 'bad port') return 'BAD_PORT'
    current = (current as { cause?: unknown }).cause
  }
  const name = error instanceof Error ? error.name : undefined
  return name && /^[A-Za-z]{1,40}$/.test(name) ? name : undefined
}

function networkMessage(code: string | undefined, ctx: FailureContext): string {
  const { host } = ctx
  const tag = code ? ` (${code})` : ''
  if (ctx.phase === 'body') {
    return `The connection to ${host} broke while VPS.org's answer (${statusLabel(ctx.status ?? 0)}) was being read${tag}. Check your internet connection.`
  }
  if (code === 'ECONNREFUSED') {
    return `Could not connect to ${host}: the connection was refused${tag}. Check the base URL in Settings → Accounts, or try again later.`
  }
  if (code && DNS_CODES.has(code)) {
    return `Could not find the server ${host}${tag}. Check your internet connection and the base URL in Settings → Accounts.`
  }
  if (code && TLS_CODE.test(code)) {
    return `The secure connection to ${host} failed: its certificate was not accepted${tag}. A proxy or captive portal may be intercepting the connection.`
  }
  if (code && NOT_SENT_CODES.has(code)) {
    return `Could not reach ${host}${tag}. Check your internet connection and try again.`
  }
  return `The connection to ${host} failed${tag}. Check your internet connection and try again.`
}

/** The `ApiError` for a fetch (or body read) that threw. */
export function errorForFailure(error: unknown, ctx: FailureContext): ApiError {
  const status = ctx.phase === 'body' ? ctx.status : undefined
  const base = { method: ctx.method, path: ctx.path, secrets: ctx.secrets, status }
  if (ctx.callerAborted) {
    return new ApiError({
      ...base,
      code: 'Cancelled',
      message: 'The request to VPS.org was cancelled.',
      requestMayHaveArrived: true,
    })
  }
  if (ctx.timedOut) {
    const seconds = Math.round(ctx.timeoutMs / 100) / 10
    return new ApiError({
      ...base,
      code: 'Timeout',
      message: `VPS.org (${ctx.host}) did not answer within ${seconds} s. Check your connection and try again; VPS.org may be slow or unreachable.`,
      requestMayHaveArrived: true,
      causeCode: 'TIMEOUT',
    })
  }
  const code = describeCause(error)
  const notSent =
    ctx.phase === 'request' &&
    code !== undefined &&
    (NOT_SENT_CODES.has(code) || TLS_CODE.test(code))
  return new ApiError({
    ...base,
    code: 'Network',
    message: networkMessage(code, ctx),
    requestMayHaveArrived: !notSent,
    causeCode: code,
  })
}
