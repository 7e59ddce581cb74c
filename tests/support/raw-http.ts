/**
 * Test helper: one HTTP request with any Host header (fetch will not let a test set it), to act
 * as a page on another name that resolves to 127.0.0.1 (DNS rebinding).
 */
import { request } from 'node:http'

/** Sends `method path` to 127.0.0.1:port with the given headers; resolves status and body. */
export function rawRequest(
  port: number,
  method: string,
  path: string,
  headers: Record<string, string>,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path, headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
      )
    })
    req.on('error', reject)
    req.end()
  })
}
