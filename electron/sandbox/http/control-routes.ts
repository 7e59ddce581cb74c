/**
 * Test and demo controls outside the API, under /__sandbox/ on the same port. No token is needed
 * (the server binds 127.0.0.1 only); requests that carry an Origin header are refused so that a
 * web page cannot drive them.
 */
import { formatUsd, fromCents, toCents } from '../../shared/pricing/price-table'
import { isoSeconds } from '../clock'
import { SandboxHttpError } from '../http-error'
import { toApiDetail, VPS_ORG } from '../model'
import type { Registrar } from '../registrar'
import { expectObject } from '../request-validation'
import {
  FAULT_KINDS,
  validateRates,
  type FaultInjector,
  type FaultKind,
  type QueuedFault,
} from './faults'
import type { NetworkConfig, NetworkModel } from './network'
import type { RateLimiter } from './rate-limit'
import type { RequestLog } from './request-log'
import type { RouteRequest, RouteResult } from './types'

export const CONTROL_PREFIX = '/__sandbox'

/** What the controls act on. */
export interface ControlContext {
  registrar: Registrar
  faults: FaultInjector
  rateLimiter: RateLimiter
  log: RequestLog
  network: NetworkModel
}

function objectBody(req: RouteRequest): Record<string, unknown> {
  const body = expectObject(req.body)
  if (!body.ok) throw SandboxHttpError.fields(body.errors)
  return body.value
}

function finiteNumber(body: Record<string, unknown>, key: string, min: number): number {
  const value = body[key]
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min) {
    throw SandboxHttpError.fields({ [key]: [`A number ≥ ${min} is required.`] })
  }
  return value
}

function clock(ctx: ControlContext, req: RouteRequest): RouteResult {
  if (req.method === 'POST') {
    const seconds = finiteNumber(objectBody(req), 'advance_seconds', 0)
    ctx.registrar.clock.advance(seconds * 1000)
  }
  const now = ctx.registrar.now()
  return { status: 200, body: { now: isoSeconds(now), speed: ctx.registrar.clock.speed } }
}

function account(ctx: ControlContext, req: RouteRequest): RouteResult {
  const { registrar } = ctx
  if (req.method === 'POST') {
    registrar.balanceCents = toCents(finiteNumber(objectBody(req), 'balance', 0))
    registrar.onChange()
  }
  registrar.now()
  return {
    status: 200,
    body: {
      balance: fromCents(registrar.balanceCents),
      balance_text: formatUsd(registrar.balanceCents),
      charges: registrar.charges.map((c) => ({
        ...c,
        at: isoSeconds(c.at),
        amount: fromCents(c.cents),
      })),
    },
  }
}

function faults(ctx: ControlContext, req: RouteRequest): RouteResult {
  if (req.method === 'POST') {
    const body = objectBody(req)
    if (body.rates !== undefined) {
      const rates = expectObject(body.rates)
      if (!rates.ok)
        throw SandboxHttpError.fields({ rates: ['An object of kind → rate is required.'] })
      for (const [kind, rate] of Object.entries(rates.value)) {
        if (
          !(FAULT_KINDS as readonly string[]).includes(kind) ||
          typeof rate !== 'number' ||
          rate < 0 ||
          rate > 1
        ) {
          throw SandboxHttpError.fields({
            rates: [`Invalid rate ${kind}=${String(rate)}; kinds: ${FAULT_KINDS.join(', ')}.`],
          })
        }
      }
      const next = rates.value as Partial<Record<FaultKind, number>>
      try {
        validateRates(next)
      } catch (e) {
        throw SandboxHttpError.fields({ rates: [(e as Error).message] })
      }
      ctx.faults.config = { ...ctx.faults.config, rates: next }
    }
    if (body.slow_ms !== undefined) ctx.faults.config.slowMs = finiteNumber(body, 'slow_ms', 0)
    if (body.queue !== undefined) {
      const queue = Array.isArray(body.queue) ? (body.queue as QueuedFault[]) : []
      if (!Array.isArray(body.queue) || queue.some((f) => !FAULT_KINDS.includes(f?.kind))) {
        throw SandboxHttpError.fields({
          queue: [`A list of {kind, method?, path?}; kinds: ${FAULT_KINDS.join(', ')}.`],
        })
      }
      ctx.faults.enqueue(queue.map(({ kind, method, path }) => ({ kind, method, path })))
    }
  }
  const { rates, slowMs } = ctx.faults.config
  return { status: 200, body: { rates, slow_ms: slowMs, queue: ctx.faults.queued } }
}

const NETWORK_FIELDS = {
  latency_ms: 'latencyMs',
  jitter_ms: 'jitterMs',
  max_page_size: 'maxPageSize',
} as const

function networkBody(config: NetworkConfig) {
  return {
    latency_ms: config.latencyMs,
    jitter_ms: config.jitterMs,
    max_page_size: config.maxPageSize,
  }
}

function network(ctx: ControlContext, req: RouteRequest): RouteResult {
  if (req.method === 'POST') {
    const body = objectBody(req)
    const changes: Partial<NetworkConfig> = {}
    for (const [field, key] of Object.entries(NETWORK_FIELDS)) {
      if (body[field] === undefined) continue
      if (typeof body[field] !== 'number') {
        throw SandboxHttpError.fields({ [field]: ['A number is required.'] })
      }
      changes[key] = body[field]
    }
    try {
      ctx.network.update(changes)
    } catch (e) {
      throw SandboxHttpError.fields({ non_field_errors: [(e as Error).message] })
    }
  }
  return { status: 200, body: networkBody(ctx.network.config) }
}

function domainControl(
  ctx: ControlContext,
  req: RouteRequest,
  id: number,
  action: string | undefined,
): RouteResult {
  const d = ctx.registrar.get(id)
  if (action === 'auth-code' && req.method === 'GET')
    return { status: 200, body: { auth_code: d.authCode } }
  if (action === 'registrar-lock' && req.method === 'POST') {
    const body = objectBody(req)
    if (typeof body.locked !== 'boolean')
      throw SandboxHttpError.fields({ locked: ['Must be a valid boolean.'] })
    if (d.registrar === VPS_ORG) {
      throw SandboxHttpError.fields({
        locked: [`${d.name} is at VPS.org; use PUT /api/v1/domains/${id}/.`],
      })
    }
    d.locked = body.locked
    ctx.registrar.onChange()
  } else if (action !== undefined || req.method !== 'GET') {
    throw SandboxHttpError.notFound()
  }
  const transfer = d.transfer && {
    initiated_at: isoSeconds(d.transfer.initiatedAt),
    settles_at: isoSeconds(d.transfer.settlesAt),
    estimated_completion: isoSeconds(d.transfer.estimatedCompletion),
  }
  return {
    status: 200,
    body: {
      ...toApiDetail(d, ctx.registrar.now()),
      whois_email_reachable: d.whoisEmailReachable,
      transfer: transfer ?? null,
    },
  }
}

/** Routes one /__sandbox/ request. */
export function routeControl(ctx: ControlContext, req: RouteRequest): RouteResult {
  const rest = req.path.slice(CONTROL_PREFIX.length).replace(/\/+$/, '')
  if (rest === '' && req.method === 'GET') {
    return {
      status: 200,
      body: {
        now: isoSeconds(ctx.registrar.now()),
        domains: ctx.registrar.list().length,
        balance: fromCents(ctx.registrar.balanceCents),
        faults: { rates: ctx.faults.config.rates, slow_ms: ctx.faults.config.slowMs },
        rate_limit_per_second: ctx.rateLimiter.perSecond,
        network: networkBody(ctx.network.config),
      },
    }
  }
  if (rest === '/clock' && (req.method === 'GET' || req.method === 'POST')) return clock(ctx, req)
  if (rest === '/account' && (req.method === 'GET' || req.method === 'POST'))
    return account(ctx, req)
  if (rest === '/faults' && (req.method === 'GET' || req.method === 'POST')) return faults(ctx, req)
  if (rest === '/network' && (req.method === 'GET' || req.method === 'POST'))
    return network(ctx, req)
  if (rest === '/rate-limit' && req.method === 'POST') {
    const value = objectBody(req).per_second
    if (value !== null && (typeof value !== 'number' || !Number.isInteger(value) || value < 1)) {
      throw SandboxHttpError.fields({
        per_second: ['A whole number ≥ 1, or null to switch throttling off.'],
      })
    }
    ctx.rateLimiter.perSecond = value
    return { status: 200, body: { per_second: value } }
  }
  if (rest === '/requests') {
    if (req.method === 'DELETE') {
      ctx.log.clear()
      return { status: 204 }
    }
    if (req.method === 'GET') {
      return { status: 200, body: { requests: ctx.log.since(Number(req.query.get('since') ?? 0)) } }
    }
  }
  const domain = /^\/domains\/(\d+)(?:\/([a-z-]+))?$/.exec(rest)
  if (domain) return domainControl(ctx, req, Number(domain[1]), domain[2])
  throw SandboxHttpError.notFound()
}
