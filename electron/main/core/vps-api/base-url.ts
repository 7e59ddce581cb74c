/**
 * The account's API base URL (default `https://admin.vps.org/api/v1`), and the rule that
 * pagination links must stay on it.
 *
 * Design: `parseBaseUrl` returns a result (like the shared name validators) so a settings form
 * can show the reason inline; `normalizeBaseUrl` throws an `ApiError` with code 'InvalidInput'
 * (field `baseUrl`), so that everything the client throws is an `ApiError`.
 *
 * The token travels with every request, so the URL must be HTTPS. Plain HTTP is allowed only on
 * the loopback interface (a local sandbox), where nothing crosses the network.
 */
import { ApiError, invalidInput, type HttpMethod } from './errors'

/** Why a base URL was refused. */
export type BaseUrlProblem =
  | 'not-a-string'
  | 'empty'
  | 'not-a-url'
  | 'unsupported-scheme'
  | 'insecure-http'
  | 'credentials'
  | 'query-or-fragment'

/** A usable base URL (no trailing slash), or the reason it is not usable. */
export type BaseUrlResult =
  { ok: true; baseUrl: string } | { ok: false; problem: BaseUrlProblem; message: string }

/** True for `localhost`, 127.0.0.0/8 and `::1` (as the URL parser normalises them). */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase()
  return host === 'localhost' || host === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host)
}

/** Checks a base URL without throwing. Surrounding whitespace is ignored. */
export function parseBaseUrl(input: unknown): BaseUrlResult {
  const fail = (problem: BaseUrlProblem, message: string): BaseUrlResult => ({
    ok: false,
    problem,
    message,
  })
  if (typeof input !== 'string') return fail('not-a-string', 'The base URL must be text.')
  const text = input.trim()
  if (!text) return fail('empty', 'Enter the API base URL, e.g. https://admin.vps.org/api/v1.')
  let url: URL
  try {
    url = new URL(text)
  } catch {
    return fail('not-a-url', 'The base URL is not a valid URL (e.g. https://admin.vps.org/api/v1).')
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return fail('unsupported-scheme', 'The base URL must start with https://.')
  }
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    return fail(
      'insecure-http',
      'The base URL must use https:// (plain http:// would send the API token unencrypted; it is allowed only for localhost).',
    )
  }
  if (url.username || url.password) {
    return fail(
      'credentials',
      'The base URL must not contain a user name or password; the API token is entered separately.',
    )
  }
  if (url.search || url.hash || /[?#]/.test(text)) {
    return fail('query-or-fragment', 'The base URL must not contain "?" or "#" parts.')
  }
  return { ok: true, baseUrl: url.origin + url.pathname.replace(/\/+$/, '') }
}

/**
 * The base URL in canonical form (no trailing slash), or an `ApiError` 'InvalidInput' with the
 * reason in `fields.baseUrl`. The input itself is never quoted (it could hold credentials).
 */
export function normalizeBaseUrl(
  input: unknown,
  request: { method?: HttpMethod; path?: string } = {},
): string {
  const result = parseBaseUrl(input)
  if (result.ok) return result.baseUrl
  throw invalidInput(
    `The account's API base URL is not usable: ${result.message} Fix it in Settings → Accounts.`,
    { baseUrl: [result.message] },
    request,
  )
}

/** Where a pagination link came from, for resolving relative links and for error context. */
export interface NextLinkContext {
  /** The URL of the page that carried the link; relative links resolve against it. */
  relativeTo?: string | URL
  method?: HttpMethod
  path?: string
}

/**
 * Parses a pagination link and checks it points to the same origin (scheme, host, port) as the
 * base URL: the token is sent with every page request, so a link elsewhere must not be followed.
 * Throws `ApiError` 'BadResponse' otherwise. Returns the parsed URL, fragment removed.
 */
export function assertSameOrigin(
  baseUrl: string,
  nextUrl: string,
  context: NextLinkContext = {},
): URL {
  const base = new URL(normalizeBaseUrl(baseUrl, context))
  const bad = (message: string) =>
    new ApiError({
      code: 'BadResponse',
      message,
      method: context.method,
      path: context.path,
      requestMayHaveArrived: true,
    })
  let next: URL
  try {
    next = new URL(nextUrl, context.relativeTo ?? `${base.href}/`)
  } catch {
    throw bad(
      'VPS.org sent a next-page link that is not a valid URL, so the rest of the list could not be loaded.',
    )
  }
  if (next.origin !== base.origin) {
    throw bad(
      `VPS.org sent a next-page link to another server (${next.protocol}//${next.host}); it was not followed, so that the API token is not sent there. The domain list could not be loaded completely.`,
    )
  }
  if (next.username || next.password) {
    throw bad('VPS.org sent a next-page link containing credentials; it was not followed.')
  }
  next.hash = ''
  return next
}
