/**
 * The account's API base URL: the default (`https://admin.vps.org/api/v1`) and the rule a URL
 * must follow, shared by main (which has the last word) and the renderer's connect form (which
 * says what is wrong as the user types).
 *
 * The token travels with every request, so the URL must be HTTPS. Plain HTTP is allowed only on
 * the loopback interface (a local sandbox), where nothing crosses the network. The result names
 * the problem, so that each side words it its own way.
 */

/** The API's address unless the user gives another. */
export const DEFAULT_BASE_URL = 'https://admin.vps.org/api/v1'

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
