/** The scheme the packaged renderer is served over (`app://`), instead of `file://`. */
export const APP_SCHEME = 'app'

/** The one host of the `app://` scheme; together they make the app's own origin. */
export const APP_HOST = 'domain-desk'

/** The renderer's origin when it is served over the `app://` scheme. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`

/** The URL the main window loads when there is no dev server. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`

/** Where the app's own pages may come from: always `app://domain-desk`, plus the dev server. */
export interface OwnOrigins {
  /** The Vite dev server (`ELECTRON_RENDERER_URL`), only when running under `electron-vite dev`. */
  devServerUrl: string | undefined
}

/** Parses a URL, or returns `undefined` instead of throwing on anything malformed. */
export function parseUrl(url: string): URL | undefined {
  try {
    return new URL(url)
  } catch {
    return undefined
  }
}

/**
 * Whether a parsed URL is on `app://domain-desk`. Compared by parts rather than by `origin`,
 * because the WHATWG parser gives every non-special scheme the opaque origin `null`.
 */
export function isAppUrl(url: URL): boolean {
  return (
    url.protocol === `${APP_SCHEME}:` &&
    url.host.toLowerCase() === APP_HOST &&
    url.username === '' &&
    url.password === ''
  )
}

/** The dev server's origin, if there is one and it is plain http(s). */
function devServerOrigin(devServerUrl: string | undefined): string | undefined {
  if (!devServerUrl) return undefined
  const parsed = parseUrl(devServerUrl)
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) return undefined
  return parsed.origin
}

/** Whether a URL belongs to the app itself: `app://domain-desk/…`, or the dev server in dev. */
export function isOwnOriginUrl(url: string, { devServerUrl }: OwnOrigins): boolean {
  const parsed = parseUrl(url)
  if (!parsed) return false
  if (isAppUrl(parsed)) return true
  const devOrigin = devServerOrigin(devServerUrl)
  return devOrigin !== undefined && parsed.origin === devOrigin
}
