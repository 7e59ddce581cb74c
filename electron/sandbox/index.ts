/**
 * The VPS.org sandbox registrar: a faithful stand-in for the real API, used by the tests and
 * embedded by the app as its demo mode. `startSandbox()` serves it on 127.0.0.1.
 * Behaviour and choices where the reference is silent: electron/sandbox/README.md.
 */
import { randomBytes } from 'node:crypto'
import type { AddressInfo } from 'node:net'
import { DEFAULT_TARIFF, offeredTlds, type Tariff } from './billing'
import { SimClock } from './clock'
import takenNames from './data/taken-names.json'
import { FaultInjector, parseFaultSpec, type FaultConfig } from './http/faults'
import { NetworkModel } from './http/network'
import { DEFAULT_PAGE_SIZE } from './http/pagination'
import { RateLimiter } from './http/rate-limit'
import { RequestLog } from './http/request-log'
import { createSandboxServer } from './http/server'
import { seedPortfolio } from './portfolio-seed'
import { SeededRandom } from './random'
import { Registrar } from './registrar'
import { loadState, StateWriter } from './state-file'

export const MAX_DOMAINS = 100_000

/** How to start a sandbox. All optional. */
export interface SandboxOptions {
  /** TCP port on 127.0.0.1; 0 (default) picks a free one. */
  port?: number
  /** The one valid API token; default a random `sbx_…` token. */
  token?: string
  /** Size of the seeded portfolio, 0–100,000 (default 40). */
  domains?: number
  /** Seed of the portfolio and of every random draw (default 1). */
  seed?: number
  /** Account balance in USD (default 1000). */
  balance?: number
  /** Fault injection: a `--faults` spec or a parsed config. */
  faults?: string | FaultConfig
  /** API requests per second before 429s; null or undefined for no limit. */
  rateLimit?: number | null
  /** JSON file to load the state from and keep it in. */
  statePath?: string
  /** Simulated seconds per real second (default 1; 0 freezes the clock). */
  clockSpeed?: number
  /** Simulated time at start, epoch ms (default now). */
  startAt?: number
  /** Price table and billing rule (default: the reference's table). */
  tariff?: Tariff
  /** Default page size of the list (DRF PAGE_SIZE, default 20). */
  pageSize?: number
  /** Serve the /__sandbox/ controls (default true; the packaged app's demo turns them off). */
  controls?: boolean
  /** Delay of every API answer in ms, like a real network (default 0). */
  latencyMs?: number
  /** The delay varies by up to this many ms either way (default 0). */
  jitterMs?: number
  /** DRF's `max_page_size`: larger `page_size` asks get this many (default 1000). */
  maxPageSize?: number
}

/** A running sandbox. */
export interface RunningSandbox {
  /** e.g. `http://127.0.0.1:8787/api/v1` — what an account's base URL should be. */
  baseUrl: string
  /** e.g. `http://127.0.0.1:8787` — /__sandbox/ controls live here. */
  origin: string
  port: number
  token: string
  registrar: Registrar
  faults: FaultInjector
  rateLimiter: RateLimiter
  log: RequestLog
  /** Latency, jitter and the page-size cap; changeable while running. */
  network: NetworkModel
  /** Writes the state file now (no-op without one). */
  flush(): Promise<void>
  /**
   * Resolves once every request received so far has been handled, slow ones too, whether or
   * not their client still waits: what a test awaits before judging the registrar's state.
   */
  handled(): Promise<void>
  /** Stops the server, drops open connections and writes the state file (once). */
  close(): Promise<void>
}

function check(ok: boolean, message: string): void {
  if (!ok) throw new RangeError(message)
}

/** Starts a sandbox registrar on 127.0.0.1. */
export async function startSandbox(options: SandboxOptions = {}): Promise<RunningSandbox> {
  const count = options.domains ?? 40
  const seed = options.seed ?? 1
  const balance = options.balance ?? 1000
  check(
    Number.isInteger(count) && count >= 0 && count <= MAX_DOMAINS,
    `--domains must be a whole number from 0 to ${MAX_DOMAINS}, got ${count}.`,
  )
  check(Number.isInteger(seed), `--seed must be a whole number, got ${seed}.`)
  check(
    Number.isFinite(balance) && balance >= 0,
    `--balance must be a number of USD ≥ 0, got ${balance}.`,
  )
  check(
    options.port === undefined ||
      (Number.isInteger(options.port) && options.port >= 0 && options.port < 65536),
    `--port must be 0–65535, got ${options.port}.`,
  )
  const token = options.token ?? `sbx_${randomBytes(16).toString('hex')}`
  check(/^[\x21-\x7e]+$/.test(token), 'The token must be printable ASCII without spaces.')
  const tariff = options.tariff ?? DEFAULT_TARIFF
  const saved = options.statePath ? loadState(options.statePath) : undefined
  const clock = new SimClock({
    startAt: saved?.simNow ?? options.startAt,
    speed: options.clockSpeed,
  })
  const registrar = new Registrar({
    clock,
    seed,
    tariff,
    balanceCents: saved?.balanceCents ?? Math.round(balance * 100),
    domains:
      saved?.domains ??
      seedPortfolio({
        count,
        seed,
        now: clock.now(),
        tlds: offeredTlds(tariff),
        reserved: takenNames.names,
      }),
    removed: saved?.removed,
    charges: saved?.charges,
    nextId: saved?.nextId,
  })
  const faultConfig =
    typeof options.faults === 'string' ? parseFaultSpec(options.faults) : options.faults
  const faults = new FaultInjector(new SeededRandom(seed ^ 0x5eed), faultConfig)
  const rateLimiter = new RateLimiter(options.rateLimit ?? null)
  const log = new RequestLog()
  const delays = new SeededRandom(seed ^ 0x1a7e)
  const network = new NetworkModel(
    {
      ...(options.latencyMs === undefined ? {} : { latencyMs: options.latencyMs }),
      ...(options.jitterMs === undefined ? {} : { jitterMs: options.jitterMs }),
      ...(options.maxPageSize === undefined ? {} : { maxPageSize: options.maxPageSize }),
    },
    () => delays.float(),
  )
  const writer = options.statePath
    ? new StateWriter(options.statePath, () => registrar.snapshot())
    : undefined
  if (writer) {
    registrar.onChange = () => writer.changed()
    await writer.flush()
  }
  const server = createSandboxServer({
    registrar,
    faults,
    rateLimiter,
    log,
    token,
    pageSize: options.pageSize ?? DEFAULT_PAGE_SIZE,
    controls: options.controls ?? true,
    network,
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve())
  })
  const port = (server.address() as AddressInfo).port
  const origin = `http://127.0.0.1:${port}`
  const flush = () => writer?.flush() ?? Promise.resolve()
  let closing: Promise<void> | undefined
  return {
    baseUrl: `${origin}/api/v1`,
    origin,
    port,
    token,
    registrar,
    faults,
    rateLimiter,
    log,
    network,
    flush,
    handled: () => server.handled(),
    close() {
      closing ??= (async () => {
        await new Promise<void>((resolve) => {
          server.close(() => resolve())
          server.closeAllConnections()
        })
        await flush()
        registrar.onChange = () => {}
      })()
      return closing
    },
  }
}

export { parseFaultSpec } from './http/faults'
export type { FaultConfig, FaultKind, QueuedFault } from './http/faults'
export type { LoggedRequest } from './http/request-log'
