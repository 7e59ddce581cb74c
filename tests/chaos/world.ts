/**
 * One chaos run's world: a sandbox registrar with faults, and the app's real services
 * (createAppServices, behind the real IPC dispatcher) on a data folder that outlives them. A
 * "kill" abandons the running services mid-flight — their cache connection is closed, as a dead
 * process's would be, while requests they already sent go on — and opens new services on the
 * same folder, which run the start-up recovery. No vitest here: the CLI runs it too.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createTokenVault } from '../../electron/main/core/vault/index'
import { createDispatcher } from '../../electron/main/ipc/dispatcher'
import { createHandlers } from '../../electron/main/ipc/handlers'
import { createAppServices, type AppServices } from '../../electron/main/services/app-services'
import { createMemoryLogger } from '../../electron/main/services/logger'
import { startSandbox, type RunningSandbox } from '../../electron/sandbox/index'
import type { SeededRandom } from '../../electron/sandbox/random'
import { trustedCall } from '../support/trusted-call'
import { memoryKeytar } from '../support/memory-keytar'

/** One launch of the app: its services and a caller that goes through IPC validation. */
export interface Launch {
  services: AppServices
  call<T = any>(channel: string, ...args: unknown[]): Promise<T>
  /** Set when this launch was killed: what it does from then on does not count. */
  dead?: boolean
}

/** A chaos run's sandbox, data folder and current launch. */
export interface World {
  sandbox: RunningSandbox
  accountId: string
  current: Launch
  /** Every launch, the abandoned ones too. */
  launches: Launch[]
  /** Moves the app's clock on (the registration processing grace is measured with it). */
  advance(ms: number): void
  /** Abandons the current launch mid-flight and starts the next one on the same data. */
  kill(): Promise<void>
  /** Faults on (this run's mix) or off. */
  faults(on: boolean): void
  /** How long the sandbox holds a `slow` request. */
  slowMs: number
  close(): Promise<void>
}

const TOKEN = 'chaos-token-7d1e'

const killed = () => {
  throw Object.assign(new Error('the process was killed'), { code: 'SQLITE_MISUSE' })
}

/**
 * A dead process touches its database no more. Closing the connection would do, but libsql
 * aborts the whole process when a closed one is used, so every statement is refused instead.
 */
function stopWriting(launch: Launch): void {
  Object.assign(launch.services.cache.db, { prepare: killed, exec: killed })
}

function resumeWriting(launch: Launch): void {
  const db = launch.services.cache.db as unknown as Record<string, unknown>
  delete db.prepare
  delete db.exec
}

/** Builds a world whose fault mix, timeouts and portfolio follow `rng`. */
export async function createWorld(rng: SeededRandom, seed: number): Promise<World> {
  const sandbox = await startSandbox({
    token: TOKEN,
    domains: 24,
    seed,
    clockSpeed: 0,
    startAt: Date.UTC(2026, 10, 29, 12),
  })
  const dataDir = mkdtempSync(join(tmpdir(), 'dd-chaos-'))
  const keytar = memoryKeytar()
  const slowMs = rng.int(50, 500)
  // Sometimes shorter than a slow answer, so that timeouts happen too.
  const timeoutMs = rng.int(150, 900)
  const rateLimit = rng.chance(0.3) ? rng.int(8, 30) : null
  const rates = {
    '5xx': rng.int(0, 8) / 100,
    html: rng.int(0, 3) / 100,
    drop: rng.int(0, 8) / 100,
    reset: rng.int(0, 10) / 100,
    slow: rng.int(0, 10) / 100,
    malformed: rng.int(0, 8) / 100,
  }
  let offset = 0
  const clock = { now: () => new Date(Date.now() + offset) }

  const launch = async (): Promise<Launch> => {
    const vault = createTokenVault({ backend: keytar, service: 'chaos' })
    const logger = createMemoryLogger(() => vault.knownSecrets())
    const services = await createAppServices({
      dataDir,
      vault,
      version: '0.0.0-chaos',
      logger,
      refreshIntervalMs: 0,
      notificationIntervalMs: 0,
      clock,
      client: { timeoutMs, minRetryDelayMs: 1, maxRetryDelayMs: 5, maxRetryAfterMs: 100 },
    })
    const dispatch = createDispatcher(createHandlers(services), logger)
    const call = trustedCall(dispatch)
    return { services, call }
  }

  const first = await launch()
  const account = await first.call('accounts.add', {
    label: 'Chaos',
    baseUrl: sandbox.baseUrl,
    token: TOKEN,
  })
  await first.services.sync.idle()
  const world: World = {
    sandbox,
    accountId: account.id,
    current: first,
    launches: [first],
    slowMs,
    advance: (ms) => void (offset += ms),
    async kill() {
      // A dead process writes nothing more; its requests already on the wire still arrive.
      world.current.dead = true
      stopWriting(world.current)
      world.current = await launch()
      world.launches.push(world.current)
    },
    faults(on) {
      sandbox.faults.config = { rates: on ? rates : {}, slowMs }
      sandbox.rateLimiter.perSecond = on ? rateLimit : null
    },
    async close() {
      for (const l of world.launches) {
        // Let the abandoned ones settle, then close their connections for real.
        await l.services.sync.idle()
        resumeWriting(l)
        await l.services.dispose().catch(() => {})
      }
      await sandbox.close()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
  return world
}
