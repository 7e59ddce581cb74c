/**
 * The sandbox's HTTP server (node:http): Bearer auth, DRF-style errors and pagination, the
 * trailing-slash redirect, throttling, fault injection and the request log. Binds where it is
 * told; the sandbox entry point only ever passes 127.0.0.1, and every request must name that
 * address (or localhost) and the port in its Host header.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { setTimeout as sleep } from 'node:timers/promises'
import { SandboxHttpError } from '../http-error'
import type { Registrar } from '../registrar'
import { API_PREFIX, routeApi } from './api-routes'
import { CONTROL_PREFIX, routeControl } from './control-routes'
import { isLoopbackHost } from './loopback-host'
import type { FaultInjector, FaultKind } from './faults'
import type { NetworkModel } from './network'
import type { RateLimiter } from './rate-limit'
import type { RequestLog } from './request-log'
import type { RouteRequest, RouteResult } from './types'

const MAX_BODY_BYTES = 1 << 20
const PROXY_PAGE =
  '<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>'

/** Everything the server needs. */
export interface SandboxServerContext {
  registrar: Registrar
  faults: FaultInjector
  rateLimiter: RateLimiter
  log: RequestLog
  token: string
  pageSize: number
  /** Whether /__sandbox/ controls are served (off in the packaged app's demo). */
  controls: boolean
  network: NetworkModel
}

class BodyError extends SandboxHttpError {}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > MAX_BODY_BYTES) throw new BodyError(413, { detail: 'Request body too large.' })
    chunks.push(chunk as Buffer)
  }
  const text = Buffer.concat(chunks).toString('utf8')
  if (text.trim() === '') return {}
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase()
  if (type !== 'application/json') {
    throw new BodyError(415, { detail: `Unsupported media type "${type || 'none'}" in request.` })
  }
  try {
    return JSON.parse(text) as unknown
  } catch (e) {
    throw new BodyError(400, { detail: `JSON parse error - ${(e as Error).message}` })
  }
}

function send(res: ServerResponse, result: RouteResult, truncate = false): void {
  if (result.status === 204 || result.body === undefined) {
    res.writeHead(result.status, result.headers)
    res.end()
    return
  }
  let text = JSON.stringify(result.body)
  if (truncate) text = text.slice(0, Math.max(1, Math.floor(text.length / 2)))
  res.writeHead(result.status, {
    'Content-Type': 'application/json',
    'Content-Length': Buffer.byteLength(text),
    Vary: 'Accept, Authorization',
    ...result.headers,
  })
  res.end(text)
}

function asResult(error: unknown): RouteResult {
  if (error instanceof SandboxHttpError) {
    return { status: error.status, body: error.body, headers: error.headers }
  }
  console.error('[sandbox] unexpected error:', error)
  return { status: 500, body: { detail: 'A server error occurred.' } }
}

function authenticate(req: IncomingMessage, token: string): void {
  const header = req.headers.authorization
  const challenge = { 'WWW-Authenticate': 'Bearer realm="api"' }
  if (!header)
    throw SandboxHttpError.detail(401, 'Authentication credentials were not provided.', challenge)
  const [scheme, value, extra] = header.trim().split(/\s+/)
  if (scheme?.toLowerCase() !== 'bearer') {
    throw SandboxHttpError.detail(401, 'Authentication credentials were not provided.', challenge)
  }
  if (!value || extra !== undefined) {
    throw SandboxHttpError.detail(
      401,
      'Invalid token header. Use "Authorization: Bearer <token>".',
      challenge,
    )
  }
  if (value !== token) throw SandboxHttpError.detail(401, 'Invalid token.', challenge)
}

async function handleApi(
  ctx: SandboxServerContext,
  req: IncomingMessage,
  res: ServerResponse,
  route: RouteRequest,
) {
  const entry = { method: route.method, path: route.path, query: route.query.toString() }
  // The modelled network: the whole exchange takes this long, whatever the answer (faults too).
  const delayMs = ctx.network.nextDelayMs()
  if (delayMs > 0) await sleep(delayMs)
  const fault: FaultKind | undefined = ctx.faults.decide(route.method, route.path)
  if (fault === 'drop') {
    req.socket.destroy()
    ctx.log.add({ ...entry, status: null, fault })
    return
  }
  if (fault === 'html') {
    res.writeHead(502, {
      'Content-Type': 'text/html',
      'Content-Length': Buffer.byteLength(PROXY_PAGE),
    })
    res.end(PROXY_PAGE)
    ctx.log.add({ ...entry, status: 502, fault })
    return
  }
  if (fault === '5xx') {
    const status = ctx.faults.serverErrorStatus()
    const detail =
      status === 500
        ? 'A server error occurred.'
        : 'Service temporarily unavailable, try again later.'
    send(res, { status, body: { detail } })
    ctx.log.add({ ...entry, status, fault })
    return
  }
  let result: RouteResult
  try {
    route.body = await readBody(req)
    // Slow processing, after the request has arrived: a client that gives up meanwhile does not
    // stop it, as with a real server.
    if (fault === 'slow') await sleep(ctx.faults.config.slowMs)
    authenticate(req, ctx.token)
    const wait = ctx.rateLimiter.take()
    if (wait > 0) {
      const unit = wait === 1 ? 'second' : 'seconds'
      throw SandboxHttpError.detail(
        429,
        `Request was throttled. Expected available in ${wait} ${unit}.`,
        {
          'Retry-After': String(wait),
        },
      )
    }
    result = routeApi(ctx.registrar, route, ctx.pageSize, ctx.network.config.maxPageSize)
  } catch (error) {
    result = asResult(error)
  }
  const asked = (route.body as { domain_name?: unknown } | undefined)?.domain_name
  const effect = {
    ...(typeof asked === 'string' ? { requested_name: asked } : {}),
    ...(result.effect && {
      effect: result.effect,
      domain_id: result.domain?.id,
      domain_name: result.domain?.name,
    }),
  }
  if (fault === 'reset') {
    req.socket.destroy()
    ctx.log.add({ ...entry, status: null, fault, ...effect })
    return
  }
  send(res, result, fault === 'malformed')
  ctx.log.add({ ...entry, status: result.status, ...(fault ? { fault } : {}), ...effect })
}

async function handleControl(
  ctx: SandboxServerContext,
  req: IncomingMessage,
  res: ServerResponse,
  route: RouteRequest,
) {
  try {
    if (req.headers.origin)
      throw SandboxHttpError.detail(403, 'Sandbox controls refuse cross-origin requests.')
    route.body = await readBody(req)
    send(res, routeControl(ctx, route))
  } catch (error) {
    send(res, asResult(error))
  }
}

/** Handles one request of any kind. */
export async function handleRequest(
  ctx: SandboxServerContext,
  req: IncomingMessage,
  res: ServerResponse,
) {
  const port = req.socket.localPort ?? 0
  if (!isLoopbackHost(req.headers.host, port)) {
    return send(res, {
      status: 403,
      body: { detail: `The sandbox answers only to 127.0.0.1:${port} or localhost:${port}.` },
    })
  }
  const url = new URL(req.url ?? '/', 'http://sandbox.invalid')
  const route: RouteRequest = {
    method: (req.method ?? 'GET').toUpperCase(),
    path: url.pathname,
    query: url.searchParams,
    body: {},
    origin: `http://${req.headers.host ?? '127.0.0.1'}`,
  }
  const isControl = route.path === CONTROL_PREFIX || route.path.startsWith(`${CONTROL_PREFIX}/`)
  if (isControl && ctx.controls) {
    return handleControl(ctx, req, res, route)
  }
  if (route.path.startsWith(`${API_PREFIX}/`) || route.path === API_PREFIX) {
    if (!route.path.endsWith('/')) {
      // Django's APPEND_SLASH: GET is redirected; other methods would lose their body, so 404.
      if (route.method === 'GET' || route.method === 'HEAD') {
        res.writeHead(301, { Location: `${route.path}/${url.search}`, 'Content-Length': 0 })
        res.end()
        return
      }
    } else {
      return handleApi(ctx, req, res, route)
    }
  }
  send(res, { status: 404, body: { detail: 'Not found.' } })
}

/** A node:http server for the sandbox, and a way to wait until it has handled what arrived. */
export function createSandboxServer(ctx: SandboxServerContext): Server & {
  /** Resolves once every request received so far has been handled (slow ones included). */
  handled(): Promise<void>
} {
  let open = 0
  let waiters: Array<() => void> = []
  const done = () => {
    if (--open > 0) return
    const ready = waiters
    waiters = []
    for (const resolve of ready) resolve()
  }
  const server = createServer((req, res) => {
    open++
    handleRequest(ctx, req, res)
      .catch((error: unknown) => {
        if (!res.headersSent) send(res, asResult(error))
        else res.destroy()
      })
      .finally(done)
  })
  return Object.assign(server, {
    handled: () =>
      open === 0 ? Promise.resolve() : new Promise<void>((resolve) => waiters.push(resolve)),
  })
}
