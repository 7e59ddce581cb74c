import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createAppProtocolHandler } from '../../../../electron/main/shell/app-protocol-handler'
import { CONTENT_SECURITY_POLICY } from '../../../../electron/main/shell/content-security-policy'

let base: string
let handle: (request: Request) => Promise<Response>

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'app-protocol-'))
  const root = join(base, 'renderer')
  mkdirSync(join(root, 'assets'), { recursive: true })
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Domain Desk</title>')
  writeFileSync(join(root, 'assets', 'index.js'), 'console.log("app")')
  writeFileSync(join(root, 'assets', 'index.css'), 'body{}')
  writeFileSync(join(base, 'secret.txt'), 'outside the renderer')
  handle = createAppProtocolHandler({ rendererRoot: root })
})

afterAll(() => rmSync(base, { recursive: true, force: true }))

const get = (url: string, method = 'GET'): Promise<Response> => handle(new Request(url, { method }))

/** Every response, whatever its status, must carry these. */
function expectSecurityHeaders(response: Response): void {
  expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
  expect(response.headers.get('x-content-type-options')).toBe('nosniff')
}

describe('createAppProtocolHandler', () => {
  it('serves index.html at the root with its MIME type and the security headers', async () => {
    const response = await get('app://domain-desk/')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(await response.text()).toContain('<title>Domain Desk</title>')
    expectSecurityHeaders(response)
  })

  it('serves scripts and stylesheets with their MIME types', async () => {
    const script = await get('app://domain-desk/assets/index.js')
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(await script.text()).toBe('console.log("app")')
    const style = await get('app://domain-desk/assets/index.css')
    expect(style.headers.get('content-type')).toBe('text/css; charset=utf-8')
    expectSecurityHeaders(style)
  })

  it('answers 404, with the security headers, for a missing file', async () => {
    const response = await get('app://domain-desk/assets/missing.js')
    expect(response.status).toBe(404)
    expectSecurityHeaders(response)
  })

  it('answers 404 for an unknown route instead of falling back to index.html', async () => {
    const response = await get('app://domain-desk/domains')
    expect(response.status).toBe(404)
    expect(await response.text()).not.toContain('Domain Desk')
  })

  it('answers 404 for a directory', async () => {
    expect((await get('app://domain-desk/assets')).status).toBe(404)
    expect((await get('app://domain-desk/assets/')).status).toBe(404)
  })

  it('never serves a file outside the renderer directory', async () => {
    for (const url of [
      'app://domain-desk/%2e%2e/secret.txt',
      'app://domain-desk/..%2fsecret.txt',
      'app://domain-desk/assets/..%2f..%2fsecret.txt',
    ]) {
      const response = await get(url)
      expect(response.status, url).toBe(404)
      expect(await response.text(), url).not.toContain('outside the renderer')
      expectSecurityHeaders(response)
    }
  })

  it('answers HEAD with headers only', async () => {
    const response = await get('app://domain-desk/index.html', 'HEAD')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(await response.text()).toBe('')
  })

  it('refuses methods other than GET and HEAD', async () => {
    const response = await get('app://domain-desk/index.html', 'POST')
    expect(response.status).toBe(405)
    expect(response.headers.get('allow')).toBe('GET, HEAD')
    expectSecurityHeaders(response)
  })

  it('reads through the reader it is given', async () => {
    const read: string[] = []
    const custom = createAppProtocolHandler({
      rendererRoot: '/virtual/renderer',
      readFile: async (filePath) => {
        read.push(filePath)
        return new TextEncoder().encode('from the archive')
      },
    })
    const response = await custom(new Request('app://domain-desk/index.html'))
    expect(await response.text()).toBe('from the archive')
    expect(read).toEqual([join('/virtual/renderer', 'index.html')])
  })
})
