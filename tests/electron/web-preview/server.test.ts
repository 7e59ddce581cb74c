import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import { createDispatcher } from '../../../electron/main/ipc/dispatcher'
import { createHandlers } from '../../../electron/main/ipc/handlers'
import { EventBus } from '../../../electron/main/services/event-bus'
import { startPreviewServer, type PreviewServer } from '../../../electron/web-preview/server'
import { startTestApp } from '../../support/app'
import { rawRequest } from '../../support/raw-http'

let server: PreviewServer | undefined
afterEach(async () => {
  await server?.close()
  server = undefined
})

const PLAIN_PAGE = '<!doctype html><html><head><title>t</title></head><body></body></html>'

function renderer(html = PLAIN_PAGE): string {
  const dir = mkdtempSync(join(tmpdir(), 'dd-renderer-'))
  mkdirSync(join(dir, 'assets'))
  writeFileSync(join(dir, 'index.html'), html)
  writeFileSync(join(dir, 'assets', 'app.js'), 'console.log(1)')
  return dir
}

async function start(html?: string): Promise<PreviewServer> {
  const app = await startTestApp({ connect: false })
  const dispatch = createDispatcher(createHandlers(app.services), app.services.logger)
  server = await startPreviewServer({
    port: 0,
    rendererDir: renderer(html),
    dispatch,
    bus: app.services.bus,
    bridgeScript: 'window.bridge = 1',
  })
  return server
}

function socket(url: string, headers: Record<string, string>): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { headers })
    ws.once('open', () => resolve(ws))
    ws.once('error', reject)
    ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)))
  })
}

describe('web preview server', () => {
  it('serves nothing without this run’s key, and binds 127.0.0.1', async () => {
    const s = await start()
    expect(s.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    for (const path of [
      '/',
      '/index.html',
      '/assets/app.js',
      '/__preview/bridge.js',
      '/?key=wrong',
    ]) {
      expect((await fetch(`${s.origin}${path}`)).status).toBe(403)
    }
  })

  it('turns the key into an HttpOnly SameSite cookie and adds the bridge to the page, with the CSP', async () => {
    const s = await start()
    const page = await fetch(s.url)
    expect(page.status).toBe(200)
    const cookie = page.headers.get('set-cookie')!
    expect(cookie).toMatch(/HttpOnly; SameSite=Strict/)
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'")
    expect(await page.text()).toContain('<script src="/__preview/bridge.js"></script>')
    const asset = await fetch(`${s.origin}/assets/app.js`, {
      headers: { cookie: cookie.split(';')[0]! },
    })
    expect(asset.status).toBe(200)
    expect(
      (await fetch(`${s.origin}/../../etc/passwd`, { headers: { cookie: cookie.split(';')[0]! } }))
        .status,
    ).toBe(404)
  })

  it('puts the bridge ahead of the page’s scripts, as Electron runs its preload first', async () => {
    const s = await start(
      '<!doctype html><html><head><meta charset="UTF-8" /><title>t</title>' +
        '<script type="module" crossorigin src="./assets/app.js"></script>' +
        '<link rel="modulepreload" crossorigin href="./assets/app.js"></head><body></body></html>',
    )
    const html = await (await fetch(s.url)).text()
    const bridge = html.indexOf('<script src="/__preview/bridge.js"></script>')
    expect(bridge).toBeGreaterThan(html.indexOf('<title>'))
    // Behind the page's module and its preloads, the browser would ask for it in the last batch
    // of six connections, and the page's code would wait for it.
    expect(bridge).toBeLessThan(html.indexOf('<script type="module"'))
    expect(bridge).toBeLessThan(html.indexOf('<link rel="modulepreload"'))
  })

  it('accepts a bridge socket only with the cookie and from its own origin, then dispatches calls', async () => {
    const s = await start()
    const cookie = (await fetch(s.url)).headers.get('set-cookie')!.split(';')[0]!
    const bridgeUrl = `${s.origin.replace('http', 'ws')}/__preview/bridge`
    await expect(socket(bridgeUrl, { origin: s.origin })).rejects.toThrow(/403/)
    await expect(socket(bridgeUrl, { origin: 'http://evil.example', cookie })).rejects.toThrow(
      /403/,
    )
    const ws = await socket(bridgeUrl, { origin: s.origin, cookie })
    const answer = new Promise<any>((resolve) =>
      ws.once('message', (m) => resolve(JSON.parse(String(m)))),
    )
    ws.send(JSON.stringify({ id: 7, channel: 'registration.estimate', args: ['Example.COM', 2] }))
    expect(await answer).toEqual({
      id: 7,
      result: { ok: true, data: expect.objectContaining({ ascii: 'example.com', cents: 2598 }) },
    })
    ws.close()
  })

  it('refuses pages and sockets whose Host is not its loopback address (DNS rebinding)', async () => {
    const s = await start()
    const cookie = (await fetch(s.url)).headers.get('set-cookie')!.split(';')[0]!
    const key = new URL(s.url).search
    const upgrade = {
      connection: 'Upgrade',
      upgrade: 'websocket',
      'sec-websocket-version': '13',
      'sec-websocket-key': 'dGhlIHNhbXBsZSBub25jZQ==',
      origin: s.origin,
      cookie,
    }
    for (const host of [`evil.example:${s.port}`, 'evil.example', `127.0.0.1:${s.port + 1}`]) {
      expect((await rawRequest(s.port, 'GET', `/${key}`, { host })).status, host).toBe(403)
      expect((await rawRequest(s.port, 'GET', '/assets/app.js', { host, cookie })).status).toBe(403)
      const socketAnswer = await rawRequest(s.port, 'GET', '/__preview/bridge', {
        ...upgrade,
        host,
      })
      expect(socketAnswer.status, host).toBe(403)
    }
    const own = { host: `127.0.0.1:${s.port}`, cookie }
    expect((await rawRequest(s.port, 'GET', '/assets/app.js', own)).status).toBe(200)
  })

  it('pushes bus events to connected pages', async () => {
    const app = await startTestApp({ connect: false })
    const bus: EventBus = app.services.bus
    const dispatch = createDispatcher(createHandlers(app.services), app.services.logger)
    server = await startPreviewServer({
      port: 0,
      rendererDir: renderer(),
      dispatch,
      bus,
      bridgeScript: '',
    })
    const cookie = (await fetch(server.url)).headers.get('set-cookie')!.split(';')[0]!
    const ws = await socket(`${server.origin.replace('http', 'ws')}/__preview/bridge`, {
      origin: server.origin,
      cookie,
    })
    const message = new Promise<any>((resolve) =>
      ws.once('message', (m) => resolve(JSON.parse(String(m)))),
    )
    bus.emit('accounts.changed', { accountId: 'a1' })
    expect(await message).toEqual({ event: 'accounts.changed', payload: { accountId: 'a1' } })
    ws.close()
  })
})
