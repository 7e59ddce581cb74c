import { isOwnOriginUrl, type OwnOrigins } from './app-origin'

/**
 * Whether an IPC message comes from one of the app's own pages, judged by the sender frame's
 * URL (`event.senderFrame?.url`): `app://domain-desk/…`, or the dev server under
 * `electron-vite dev`. Anything else (another site, `file://`, `about:blank`, an empty or
 * malformed URL, or no URL because the frame is gone) is untrusted, so a page that somehow got
 * into a frame cannot reach the API.
 */
export function isTrustedSenderUrl(url: string | undefined, origins: OwnOrigins): boolean {
  return url !== undefined && isOwnOriginUrl(url, origins)
}
