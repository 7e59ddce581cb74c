import { readFile as readFileFromDisk } from 'node:fs/promises'
import { resolveAppRequest } from './app-request'
import { SECURITY_HEADERS } from './content-security-policy'

/** Reads a whole file; `fs.promises.readFile` by default (Electron's fs also reads inside asar). */
export type FileReader = (filePath: string) => Promise<Uint8Array>

/** What the `app://` handler serves. */
export interface AppProtocolHandlerOptions {
  /** Absolute path of the built renderer (`out/renderer`). */
  rendererRoot: string
  /** How files are read; tests substitute their own. */
  readFile?: FileReader
}

/** A plain-text response that still carries the security headers. */
function textResponse(status: number, text: string, extra: Record<string, string> = {}): Response {
  return new Response(text, {
    status,
    headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', ...extra },
  })
}

/**
 * A `protocol.handle('app', …)` handler serving the built renderer: `GET`/`HEAD` of files under
 * `rendererRoot` with their MIME type, 404 for anything outside it or missing, 405 for other
 * methods. Every response, errors included, carries the CSP and `nosniff` headers.
 */
export function createAppProtocolHandler({
  rendererRoot,
  readFile = readFileFromDisk,
}: AppProtocolHandlerOptions): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return textResponse(405, 'Method not allowed', { Allow: 'GET, HEAD' })
    }
    const target = resolveAppRequest(request.url, rendererRoot)
    if (target.kind === 'not-found') return textResponse(404, 'Not found')

    let body: Uint8Array
    try {
      body = await readFile(target.filePath)
    } catch {
      // Missing, a directory, unreadable: to the page these are all just "not found".
      return textResponse(404, 'Not found')
    }
    return new Response(request.method === 'HEAD' ? null : body, {
      status: 200,
      headers: { ...SECURITY_HEADERS, 'Content-Type': target.mimeType },
    })
  }
}
