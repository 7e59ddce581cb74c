/**
 * The web preview's server (dev-only, never shipped): serves the built renderer on 127.0.0.1
 * with the app's CSP, adds the bridge script to its page, and carries the IPC contract over a
 * WebSocket to the very same dispatcher the Electron app uses. A random per-run secret, given in
 * the printed URL, becomes an HttpOnly SameSite=Strict cookie; without it nothing is served and
 * no socket is accepted, and sockets must also come from the preview's own origin. Requests
 * whose Host header is not 127.0.0.1 (or localhost) and the bound port are refused.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { WebSocketServer, type WebSocket } from 'ws'
import type { Dispatch } from '../main/ipc/dispatcher'
import type { EventBus } from '../main/services/event-bus'
import { createAppProtocolHandler } from '../main/shell/app-protocol-handler'
import { SECURITY_HEADERS } from '../main/shell/content-security-policy'
import { isLoopbackHost } from '../sandbox/http/loopback-host'

const COOKIE = 'dd_preview'
const BRIDGE_PATH = '/__preview/bridge'
const BRIDGE_SCRIPT_PATH = '/__preview/bridge.js'

export interface PreviewServerOptions {
  port: number
  rendererDir: string
  dispatch: Dispatch
  bus: EventBus
  bridgeScript: string
  secret?: string
}

/** A running preview server. */
export interface PreviewServer {
  /** Open this: the origin plus the secret. */
  url: string
  origin: string
  port: number
  close(): Promise<void>
}

function sameSecret(given: string | undefined, secret: string): boolean {
  if (!given || given.length !== secret.length) return false
  return timingSafeEqual(Buffer.from(given), Buffer.from(secret))
}

function cookieOf(req: IncomingMessage): string | undefined {
  const header = req.headers.cookie ?? ''
  return header
    .split(';')
    .map((p) => p.trim().split('='))
    .find(([k]) => k === COOKIE)?.[1]
}

/**
 * The page with the bridge's script added. The bridge stands in for Electron's preload, which
 * runs before any of the page's scripts, so it goes ahead of the page's first script or link:
 * placed after the module and its preloads, the browser asked for it in the last batch of six
 * HTTP/1.1 connections, and the page's code waited for it.
 */
function withBridge(html: string): string {
  const tag = `<script src="${BRIDGE_SCRIPT_PATH}"></script>`
  const at = html.search(/<script|<link|<\/head>/i)
  return at < 0 ? html : `${html.slice(0, at)}${tag}\n    ${html.slice(at)}`
}

function refuse(res: ServerResponse): void {
  res.writeHead(403, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' })
  res.end('Open the address printed by `npm run web` (it carries this run’s key).')
}

/** Starts the preview server on 127.0.0.1. */
export async function startPreviewServer(options: PreviewServerOptions): Promise<PreviewServer> {
  const secret = options.secret ?? randomBytes(24).toString('hex')
  const serveFile = createAppProtocolHandler({ rendererRoot: options.rendererDir })
  const sockets = new Set<WebSocket>()
  let origin = ''

  const server = createServer(async (req, res) => {
    // A page on a rebound name (DNS rebinding) is refused before anything else.
    if (!isLoopbackHost(req.headers.host, req.socket.localPort ?? 0)) return refuse(res)
    const url = new URL(req.url ?? '/', origin)
    const key = url.searchParams.get('key') ?? undefined
    const authorised =
      sameSecret(cookieOf(req), secret) || (url.pathname === '/' && sameSecret(key, secret))
    if (!authorised) return refuse(res)
    if (url.pathname === BRIDGE_SCRIPT_PATH) {
      res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'text/javascript; charset=utf-8' })
      return void res.end(options.bridgeScript)
    }
    const response = await serveFile(
      new Request(`app://domain-desk${url.pathname}`, { method: req.method }),
    )
    const headers: Record<string, string> = Object.fromEntries(response.headers)
    if (key) headers['Set-Cookie'] = `${COOKIE}=${secret}; HttpOnly; SameSite=Strict; Path=/`
    let body = Buffer.from(await response.arrayBuffer())
    if (response.ok && (url.pathname === '/' || url.pathname === '/index.html')) {
      body = Buffer.from(withBridge(body.toString('utf8')))
    }
    res.writeHead(response.status, headers)
    res.end(req.method === 'HEAD' ? undefined : body)
  })

  const wss = new WebSocketServer({ noServer: true, maxPayload: 1 << 20 })
  server.on('upgrade', (req, socket, head) => {
    const path = new URL(req.url ?? '/', origin).pathname
    if (
      !isLoopbackHost(req.headers.host, req.socket.localPort ?? 0) ||
      path !== BRIDGE_PATH ||
      req.headers.origin !== origin ||
      !sameSecret(cookieOf(req), secret)
    ) {
      socket.write('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n')
      socket.destroy()
      return
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      sockets.add(ws)
      ws.on('close', () => sockets.delete(ws))
      ws.on('message', async (raw) => {
        let message: { id?: unknown; channel?: unknown; args?: unknown }
        try {
          message = JSON.parse(String(raw)) as typeof message
        } catch {
          return
        }
        if (typeof message.id !== 'number' || typeof message.channel !== 'string') return
        const result = await options.dispatch(message.channel, message.args, {
          trusted: true,
          url: origin,
        })
        if (ws.readyState === ws.OPEN) ws.send(JSON.stringify({ id: message.id, result }))
      })
    })
  })
  const unsubscribe = options.bus.subscribe((event, payload) => {
    const text = JSON.stringify({ event, payload })
    for (const ws of sockets) if (ws.readyState === ws.OPEN) ws.send(text)
  })

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, '127.0.0.1', () => resolve())
  })
  const port = (server.address() as AddressInfo).port
  origin = `http://127.0.0.1:${port}`
  return {
    url: `${origin}/?key=${secret}`,
    origin,
    port,
    async close() {
      unsubscribe()
      for (const ws of sockets) ws.terminate()
      await new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
    },
  }
}
