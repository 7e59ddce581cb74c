/**
 * A real HTTP server on 127.0.0.1 whose answers each test scripts, one handler per expected
 * request, so the client is exercised through undici exactly as in production.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/** A request as the server saw it. */
export interface SeenRequest {
  method: string
  /** Path and query, as sent. */
  url: string
  headers: IncomingMessage['headers']
  body: string
  /** performance.now() when it arrived. */
  at: number
}

/** Answers one request. */
export type Handler = (req: IncomingMessage, res: ServerResponse, seen: SeenRequest) => void

/** A running scripted server. */
export interface ScriptedServer {
  /** `http://127.0.0.1:<port>/api/v1` */
  baseUrl: string
  /** `http://127.0.0.1:<port>` */
  origin: string
  requests: SeenRequest[]
  /** Queues handlers for the next requests, in order. */
  script(...handlers: Handler[]): void
  /** Answers requests once the queue is empty (default: 599 "unscripted"). */
  fallback: Handler
  close(): Promise<void>
}

/** Starts a server on an ephemeral loopback port. */
export async function startScriptedServer(): Promise<ScriptedServer> {
  const queue: Handler[] = []
  const requests: SeenRequest[] = []
  const state = { fallback: json(599, { detail: 'unscripted request' }) }
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const seen: SeenRequest = {
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        at: performance.now(),
      }
      requests.push(seen)
      const handler = queue.shift() ?? state.fallback
      handler(req, res, seen)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const origin = `http://127.0.0.1:${port}`
  return {
    baseUrl: `${origin}/api/v1`,
    origin,
    requests,
    script: (...handlers) => queue.push(...handlers),
    get fallback() {
      return state.fallback
    },
    set fallback(handler: Handler) {
      state.fallback = handler
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

/** A port on which nothing listens (bound, then released). */
export async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return port
}

// ---- Handlers ------------------------------------------------------------------------------

/** Answers JSON. */
export function json(status: number, body: unknown, headers: Record<string, string> = {}): Handler {
  return (_req, res) => {
    res.writeHead(status, { 'Content-Type': 'application/json', ...headers })
    res.end(JSON.stringify(body))
  }
}

/** Answers raw text with the given content type. */
export function raw(
  status: number,
  text: string,
  contentType = 'text/plain',
  headers: Record<string, string> = {},
): Handler {
  return (_req, res) => {
    res.writeHead(status, { 'Content-Type': contentType, ...headers })
    res.end(text)
  }
}

/** Answers an HTML page, as a proxy or captive portal would. */
export function html(status: number, title = 'Bad Gateway'): Handler {
  return raw(
    status,
    `<!DOCTYPE html><html><head><title>${title}</title></head><body><h1>${title}</h1></body></html>`,
    'text/html; charset=utf-8',
  )
}

/** 204 without a body. */
export function noContent(): Handler {
  return (_req, res) => {
    res.writeHead(204)
    res.end()
  }
}

/** Destroys the connection before answering (the request did arrive). */
export function resetBeforeAnswer(): Handler {
  return (req) => req.socket.destroy()
}

/** Sends headers and part of the body, then destroys the connection. */
export function resetMidBody(status = 200, partial = '{"id": 1, "doma'): Handler {
  return (req, res) => {
    res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': '500' })
    res.write(partial)
    setTimeout(() => req.socket.destroy(), 10)
  }
}

/** Never answers (until the server closes). */
export function hang(): Handler {
  return () => {}
}
