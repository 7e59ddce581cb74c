/**
 * The client's side of the base URL rule (electron/shared/validation/base-url.ts):
 * `normalizeBaseUrl` throws an `ApiError` with code 'InvalidInput' (field `baseUrl`), so that
 * everything the client throws is an `ApiError`; and pagination links must stay on the base URL.
 */
import { parseBaseUrl } from '../../../shared/validation/base-url'
import { ApiError, invalidInput, type HttpMethod } from './errors'

export {
  isLoopbackHost,
  parseBaseUrl,
  type BaseUrlProblem,
  type BaseUrlResult,
} from '../../../shared/validation/base-url'

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
