import { isAbsolute, relative, resolve, sep } from 'node:path'
import { isAppUrl, parseUrl } from './app-origin'
import { mimeTypeFor } from './mime-types'

/** What an `app://` request maps to: one file inside the renderer directory, or nothing. */
export type AppRequestTarget =
  { kind: 'file'; filePath: string; mimeType: string } | { kind: 'not-found' }

const NOT_FOUND: AppRequestTarget = Object.freeze({ kind: 'not-found' })

/** The URL path, percent-decoded, or `undefined` when it cannot be decoded or is suspicious. */
function decodedPath(url: URL): string | undefined {
  let path: string
  try {
    path = decodeURIComponent(url.pathname)
  } catch {
    return undefined
  }
  // A NUL byte truncates paths in native code, and a backslash is a separator on Windows
  // that the URL parser did not treat as one: neither belongs in a file name we serve.
  if (path.includes('\0') || path.includes('\\')) return undefined
  return path
}

/**
 * Maps an `app://domain-desk/…` URL to the file it names under `rendererRoot`.
 *
 * `/` serves `index.html`. The path is decoded and then resolved against the root, and any
 * result outside the root (`..`, encoded `%2e%2e%2f`, an absolute or drive-letter path) is
 * refused, as is any other host, a directory (trailing `/`) or an undecodable path. There is no
 * fallback to `index.html` for unknown paths: the renderer routes with the URL hash, so an
 * unknown path is simply not found.
 */
export function resolveAppRequest(requestUrl: string, rendererRoot: string): AppRequestTarget {
  const url = parseUrl(requestUrl)
  if (!url || !isAppUrl(url)) return NOT_FOUND
  const path = decodedPath(url)
  if (path === undefined) return NOT_FOUND
  const wanted = path === '/' || path === '' ? '/index.html' : path
  if (wanted.endsWith('/')) return NOT_FOUND

  const root = resolve(rendererRoot)
  const filePath = resolve(root, `.${wanted}`)
  const inside = relative(root, filePath)
  if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
    return NOT_FOUND
  }
  return { kind: 'file', filePath, mimeType: mimeTypeFor(filePath) }
}
