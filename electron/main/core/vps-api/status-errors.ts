/**
 * Turning an HTTP answer that is not usable into an `ApiError` with a message for the user.
 *
 * Status → code (choices not fixed by the brief are marked *):
 * - 400, 409*, 422* → 'Validation' (with `fields`); 401, 403* → 'Unauthorized';
 *   402 → 'PaymentRequired'; 404, 410* → 'NotFound'; 408* → 'Timeout';
 *   429 → 'RateLimited'; 5xx → 'Server'.
 * - 404 with an HTML or plain-text body → 'BadResponse'*: DRF answers 404 in JSON, so a web
 *   page means the base URL (or a proxy) is wrong — and the app must not conclude that a domain
 *   is gone because of somebody else's error page.
 * - 3xx (redirects are not followed: a redirect could carry the token elsewhere, and fetch would
 *   turn a POST into a GET) and other 4xx such as 405/415 → 'BadResponse'*: the app and the server
 *   disagree about the protocol; no input change fixes that, so 'Validation' would mislead.
 */
import { STATUS_CODES } from 'node:http'
import { ApiError, type ApiErrorCode, type ApiErrorInit, type HttpMethod } from './errors'
import { parseRetryAfter } from './retry-after'
import {
  flattenFieldErrors,
  inspectBody,
  sanitizeServerText,
  serverDetail,
  summarizeFields,
  type InspectedBody,
} from './server-body'

/** An answer as received, with the request it belongs to. */
export interface ReceivedAnswer {
  method: HttpMethod
  path: string
  status: number
  headers: Headers
  body: string
  secrets: readonly string[]
}

/** "502 Bad Gateway" — the standard phrase, not the server's (which could say anything). */
export function statusLabel(status: number): string {
  const phrase = STATUS_CODES[status]
  return phrase ? `${status} ${phrase}` : String(status)
}

function sentence(text: string): string {
  return /[.!?…]$/.test(text) ? text : `${text}.`
}

/** ` VPS.org said: "…"` when the body carries a server sentence, else ''. */
function quoteServer(body: InspectedBody): string {
  const detail = body.kind === 'json' ? serverDetail(body.json) : undefined
  if (detail) return ` VPS.org said: "${detail}"`
  if (body.kind === 'text' && body.excerpt) return ` The answer began: "${body.excerpt}"`
  return ''
}

function htmlPage(body: InspectedBody): string {
  const title = body.htmlTitle ? ` ("${body.htmlTitle}")` : ''
  return `an HTML page${title} instead of JSON — a proxy or captive portal may be in the way`
}

function seconds(ms: number): string {
  const s = Math.ceil(ms / 1000)
  return s === 1 ? '1 second' : `${s} seconds`
}

function redirectTarget(location: string | null, path: string): string {
  if (!location) return 'another address'
  try {
    const url = new URL(location, 'https://invalid.invalid' + path)
    // Origin and path only: the query of somebody else's URL is none of the user's business.
    return sanitizeServerText(url.origin + url.pathname, 120)
  } catch {
    return 'an unreadable address'
  }
}

/** The `ApiError` for a non-2xx answer. */
export function errorForStatus(answer: ReceivedAnswer): ApiError {
  const { status, method, path, secrets } = answer
  const body = inspectBody(answer.body, answer.headers.get('content-type') ?? '')
  const label = statusLabel(status)
  const base = { method, path, status, secrets }
  const said = quoteServer(body)
  const make = (code: ApiErrorCode, message: string, extra: Partial<ApiErrorInit> = {}) =>
    new ApiError({ ...base, code, message, ...extra })

  if (status >= 500) {
    const retryAfterMs = parseRetryAfter(answer.headers.get('retry-after'))
    const what =
      body.kind === 'html'
        ? `VPS.org (or a proxy in front of it) answered ${label} with ${htmlPage(body)}.`
        : `VPS.org had a server problem (${label}).${said}`
    return make('Server', `${what} Try again in a few minutes.`, {
      retryAfterMs,
      requestMayHaveArrived: true,
    })
  }
  switch (status) {
    case 400:
    case 409:
    case 422: {
      const fields = body.kind === 'json' ? flattenFieldErrors(body.json) : {}
      const summary = Object.keys(fields).length ? `: ${sentence(summarizeFields(fields))}` : '.'
      const html = body.kind === 'html' ? ` It answered with ${htmlPage(body)}.` : ''
      return make(
        'Validation',
        `VPS.org rejected the request (${label})${summary}${html}${summary === '.' ? said : ''} Correct the input and try again.`,
        { fields },
      )
    }
    case 401:
      return make(
        'Unauthorized',
        `VPS.org rejected the API token (401). Check the token in Settings → Accounts or create a new one in the VPS.org panel.${said}`,
      )
    case 403:
      return make(
        'Unauthorized',
        `VPS.org refused access (403): the API token is not allowed to do this. Check the token's permissions in the VPS.org panel, or create a new token.${said}`,
      )
    case 402:
      return make(
        'PaymentRequired',
        `VPS.org refused because the account balance is too low (402). Top up the balance in the VPS.org panel, then try again.${said}`,
      )
    case 404:
    case 410: {
      if (body.kind === 'html' || body.kind === 'text') {
        return make(
          'BadResponse',
          `VPS.org answered ${label} with ${body.kind === 'html' ? htmlPage(body) : 'text instead of JSON'}. The account's base URL is probably wrong (it should look like https://admin.vps.org/api/v1).${said}`,
        )
      }
      const what =
        method === 'GET' && path === '/domains/'
          ? 'VPS.org says this page of the domain list does not exist (404) — the list changed while it was being read. Refresh to load it again.'
          : `VPS.org has no such domain in this account (${label}). It may have been removed or moved to another account; refresh the domain list.`
      return make('NotFound', `${what}${said}`)
    }
    case 408:
      return make(
        'Timeout',
        `VPS.org gave up waiting for the request (408). Check your connection and try again.${said}`,
      )
    case 429: {
      const retryAfterMs = parseRetryAfter(answer.headers.get('retry-after'))
      const wait = retryAfterMs === undefined ? 'a minute' : seconds(retryAfterMs)
      return make(
        'RateLimited',
        `VPS.org is limiting how often the app may call it (429). Wait ${wait} and try again.${said}`,
        { retryAfterMs },
      )
    }
  }
  if (status >= 300 && status < 400) {
    return make(
      'BadResponse',
      `VPS.org redirected the request (${label}) to ${redirectTarget(answer.headers.get('location'), path)}. Redirects are not followed, so that the API token is not sent elsewhere; if VPS.org has moved, update the base URL in Settings → Accounts.`,
    )
  }
  return make(
    'BadResponse',
    `VPS.org did not accept the request (${label}). The base URL may point to the wrong service, or the API has changed and this app needs an update.${said}`,
  )
}

/** Why a 2xx answer could not be used. */
export type UnusableSuccess =
  | { kind: 'body'; body: InspectedBody }
  | { kind: 'schema'; problem: string }
  | { kind: 'too-large'; limitBytes: number }

/**
 * The `ApiError` for a 2xx answer whose body is missing, not JSON, or not the expected shape.
 * `causeCode` says which (EMPTY_BODY, HTML_BODY, INVALID_JSON, SCHEMA_MISMATCH, BODY_TOO_LARGE),
 * so that the retry policy can tell a damaged answer from a deterministic mismatch.
 */
export function errorForUnusableSuccess(
  answer: Omit<ReceivedAnswer, 'body'>,
  why: UnusableSuccess,
): ApiError {
  const label = statusLabel(answer.status)
  let message: string
  let causeCode: string
  if (why.kind === 'too-large') {
    causeCode = 'BODY_TOO_LARGE'
    message = `VPS.org's answer (${label}) is larger than ${Math.round(why.limitBytes / 1048576)} MB and was not read.`
  } else if (why.kind === 'schema') {
    causeCode = 'SCHEMA_MISMATCH'
    message = `VPS.org's answer (${label}) is not in the expected form: ${why.problem}. The app may need an update, or something altered the answer on the way.`
  } else if (why.body.kind === 'html') {
    causeCode = 'HTML_BODY'
    message = `VPS.org answered (${label}) with ${htmlPage(why.body)}, or the base URL points to a web page rather than the API.`
  } else if (why.body.kind === 'empty') {
    causeCode = 'EMPTY_BODY'
    message = `VPS.org answered ${label} with an empty body where data was expected. Try again.`
  } else {
    causeCode = 'INVALID_JSON'
    message = `VPS.org's answer (${label}) is not valid JSON — it may have been cut off or altered on the way.${quoteServer(why.body)}`
  }
  return new ApiError({
    code: 'BadResponse',
    message,
    method: answer.method,
    path: answer.path,
    status: answer.status,
    secrets: answer.secrets,
    requestMayHaveArrived: true,
    causeCode,
  })
}
