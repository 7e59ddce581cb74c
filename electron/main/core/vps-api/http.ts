/**
 * One HTTP attempt against the VPS.org API: build the URL, send, read, classify. Retrying is
 * retry.ts's job; this file only turns one exchange into a value or an `ApiError`.
 */
import type { z } from 'zod'
import { normalizeBaseUrl } from './base-url'
import { ApiError, invalidInput, type HttpMethod } from './errors'
import { errorForFailure } from './failure-errors'
import { redactingLogger, type ApiLogger } from './logger'
import { checkResponse } from './response-schemas'
import { inspectBody } from './server-body'
import { errorForStatus, errorForUnusableSuccess } from './status-errors'

/** Which VPS.org account to talk to. Passed on every call: the client keeps no credentials. */
export interface ApiAccount {
  /** e.g. `https://admin.vps.org/api/v1` (see base-url.ts for the rules). */
  baseUrl: string
  /** The API token, sent as `Authorization: Bearer <token>`. */
  token: string
}

/** One request to send. */
export interface HttpRequest<T> {
  method: HttpMethod
  /** Path below the base URL, with its trailing slash, e.g. `/domains/101/`. */
  path: string
  query?: Record<string, string | number | undefined>
  /** An absolute URL (a pagination link already checked by `assertSameOrigin`); replaces path + query. */
  url?: URL
  /** JSON body; sent with `Content-Type: application/json`. */
  body?: unknown
  /** Checks a 2xx body; `null` when the body is ignored (DELETE answers 204). */
  schema: z.ZodType<T> | null
  /** Strings to scrub from errors and logs besides the token (an auth code). */
  secrets?: readonly string[]
  signal?: AbortSignal
  /** 1-based attempt number, for the log line. */
  attempt?: number
}

/** How requests are sent. */
export interface HttpSettings {
  fetch: typeof fetch
  timeoutMs: number
  logger: ApiLogger
  maxBodyBytes?: number
}

/** Per-attempt timeout unless configured otherwise. */
export const DEFAULT_TIMEOUT_MS = 20_000
/** Bodies larger than this are not read: a list page of 1000 domains is well under 1 MB. */
export const DEFAULT_MAX_BODY_BYTES = 16 * 1024 * 1024

/** Printable ASCII without spaces: anything else cannot be a VPS.org token, or cannot be sent. */
const TOKEN_FORMAT = /^[\x21-\x7e]+$/

/**
 * Throws 'InvalidInput' unless the token can be sent as a header. The message never quotes the
 * token; fetch's own error for a bad header value would.
 */
export function checkToken(
  token: unknown,
  request: { method?: HttpMethod; path?: string } = {},
): string {
  if (typeof token === 'string' && TOKEN_FORMAT.test(token)) return token
  const reason =
    typeof token !== 'string' || token.length === 0
      ? 'No API token is set for this account.'
      : /\s/.test(token)
        ? 'The API token contains spaces or line breaks (often from copying); paste it again.'
        : 'The API token contains characters a VPS.org token cannot have; paste it again.'
  throw invalidInput(
    `${reason} Check it in Settings → Accounts.`,
    { token: [reason] },
    {
      ...request,
      secrets: typeof token === 'string' ? [token] : [],
    },
  )
}

/** `baseUrl + path`, with the defined query parameters. */
export function buildUrl(
  baseUrl: string,
  path: string,
  query: HttpRequest<unknown>['query'] = {},
): URL {
  const url = new URL(baseUrl + path)
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined) url.searchParams.set(key, String(value))
  }
  return url
}

/** The path below the base URL, without the query (for errors and logs). */
export function pathBelowBase(baseUrl: string, url: URL): string {
  const basePath = new URL(baseUrl).pathname.replace(/\/+$/, '')
  return url.pathname.startsWith(`${basePath}/`)
    ? url.pathname.slice(basePath.length)
    : url.pathname
}

class BodyTooLarge extends Error {}

async function readText(response: Response, maxBytes: number): Promise<string> {
  if (!response.body) return ''
  const reader = response.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > maxBytes) {
      await reader.cancel().catch(() => {})
      throw new BodyTooLarge()
    }
    chunks.push(value)
  }
  return new TextDecoder().decode(Buffer.concat(chunks))
}

/** Sends one request and returns the checked 2xx body, or throws an `ApiError`. */
export async function sendOnce<T>(
  account: ApiAccount,
  request: HttpRequest<T>,
  settings: HttpSettings,
): Promise<T> {
  const { method, signal: callerSignal } = request
  const secrets = [
    ...(typeof account.token === 'string' ? [account.token] : []),
    ...(request.secrets ?? []),
  ]
  const baseUrl = normalizeBaseUrl(account.baseUrl, { method, path: request.path })
  const url = request.url ?? buildUrl(baseUrl, request.path, request.query)
  const path = request.url ? pathBelowBase(baseUrl, request.url) : request.path
  const token = checkToken(account.token, { method, path })
  const logger = redactingLogger(settings.logger, secrets)
  const context = { method, path, secrets }

  if (callerSignal?.aborted) {
    throw new ApiError({
      ...context,
      code: 'Cancelled',
      message: 'The request to VPS.org was cancelled.',
    })
  }
  const timeoutSignal = AbortSignal.timeout(settings.timeoutMs)
  const signal = callerSignal ? AbortSignal.any([callerSignal, timeoutSignal]) : timeoutSignal
  const headers: Record<string, string> = {
    Accept: 'application/json',
    Authorization: `Bearer ${token}`,
  }
  if (request.body !== undefined) headers['Content-Type'] = 'application/json'
  const body = request.body === undefined ? undefined : JSON.stringify(request.body)
  const started = performance.now()
  const logLine = (fields: Record<string, unknown>) =>
    logger.debug('VPS.org API attempt', {
      method,
      path,
      attempt: request.attempt ?? 1,
      ms: Math.round(performance.now() - started),
      ...fields,
    })
  const failure = (error: unknown, phase: 'request' | 'body', status?: number) => {
    const apiError = errorForFailure(error, {
      ...context,
      host: url.host,
      phase,
      status,
      callerAborted: callerSignal?.aborted ?? false,
      timedOut: timeoutSignal.aborted,
      timeoutMs: settings.timeoutMs,
    })
    logLine({ status, code: apiError.code, cause: apiError.causeCode })
    return apiError
  }

  let response: Response
  try {
    // Redirects are not followed: the token must not travel to wherever a 3xx points.
    response = await settings.fetch(url, { method, headers, body, signal, redirect: 'manual' })
  } catch (error) {
    throw failure(error, 'request')
  }
  const { status } = response
  const answer = { method, path, status, headers: response.headers, secrets }
  let text: string
  try {
    text = await readText(response, settings.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES)
  } catch (error) {
    if (!(error instanceof BodyTooLarge)) throw failure(error, 'body', status)
    text = ''
    if (status >= 200 && status < 300) {
      logLine({ status, code: 'BadResponse' })
      throw errorForUnusableSuccess(answer, {
        kind: 'too-large',
        limitBytes: settings.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
      })
    }
  }

  if (status < 200 || status >= 300) {
    const apiError = errorForStatus({ ...answer, body: text })
    logLine({ status, code: apiError.code })
    throw apiError
  }
  const result = parseSuccess(text, request.schema, answer)
  logLine({ status, ...(result.ok ? {} : { code: result.error.code }) })
  if (!result.ok) throw result.error
  return result.value
}

function parseSuccess<T>(
  text: string,
  schema: z.ZodType<T> | null,
  answer: Parameters<typeof errorForUnusableSuccess>[0],
): { ok: true; value: T } | { ok: false; error: ApiError } {
  // A body we do not need (DELETE's 204) is ignored whatever it holds.
  if (schema === null) return { ok: true, value: undefined as T }
  const body = inspectBody(text, answer.headers.get('content-type') ?? '')
  if (body.kind !== 'json')
    return { ok: false, error: errorForUnusableSuccess(answer, { kind: 'body', body }) }
  const checked = checkResponse(schema, body.json)
  return checked.ok
    ? checked
    : {
        ok: false,
        error: errorForUnusableSuccess(answer, { kind: 'schema', problem: checked.problem }),
      }
}
