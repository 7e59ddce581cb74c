/**
 * Learns each domain's details (above all its registrar) once, in the background after a sync:
 * the listing does not name the registrar, yet search, the registrar filter and the bulk preview
 * ("cannot change: registered at …") need it for every domain. Free GETs only, a few at a time,
 * stopping at the first sign that VPS.org cannot be reached; what is left is fetched next time.
 */
import type { Cache } from '../core/db/cache'
import type { ApiAccount, VpsApiClient } from '../core/vps-api/index'
import type { AppLogger } from './logger'
import type { Clock } from '../core/clock'

export interface DetailsBackfillDeps {
  cache: Cache
  client: VpsApiClient
  logger: AppLogger
  credentials: (accountId: string) => Promise<ApiAccount>
  /** At most this many domains per run; 0 turns the backfill off. */
  limit: number
  /** Requests in flight at once (default 2). */
  concurrency?: number
  clock: Clock
}

/** Errors after which the other domains would fail the same way. */
const STOP_CODES = new Set(['Network', 'Timeout', 'Offline', 'Unauthorized', 'RateLimited'])

/** Fetches missing domain details, one run per account at a time. */
export class DetailsBackfill {
  private readonly running = new Map<string, Promise<number>>()

  constructor(private readonly deps: DetailsBackfillDeps) {}

  /** Starts a run for the account (joins one in progress); resolves to the number fetched. */
  start(accountId: string): Promise<number> {
    if (this.deps.limit <= 0) return Promise.resolve(0)
    const current = this.running.get(accountId)
    if (current) return current
    const run = this.run(accountId)
      .catch((error: unknown) => {
        this.deps.logger.warn('details backfill stopped', { accountId, error })
        return 0
      })
      .finally(() => this.running.delete(accountId))
    this.running.set(accountId, run)
    return run
  }

  /** Waits for running backfills (shutdown, tests). */
  async idle(): Promise<void> {
    await Promise.allSettled([...this.running.values()])
  }

  private async run(accountId: string): Promise<number> {
    const { cache, client } = this.deps
    const queue = cache.details.missing(accountId, this.deps.limit)
    if (queue.length === 0) return 0
    const account = await this.deps.credentials(accountId)
    let fetched = 0
    let stopped = false
    const worker = async () => {
      for (let id = queue.shift(); id !== undefined && !stopped; id = queue.shift()) {
        try {
          const detail = await client.getDomain(account, id)
          if (!cache.db.open) return
          // The account may have been removed, or the domain left it, while this was in flight.
          if (!cache.domains.get(accountId, id)) continue
          cache.details.save(accountId, detail, this.deps.clock.now().toISOString())
          fetched++
        } catch (error) {
          // A domain gone since the sync is the next sync's business; a dead line stops the run.
          if (STOP_CODES.has((error as { code?: string }).code ?? '')) stopped = true
        }
      }
    }
    await Promise.all(Array.from({ length: this.deps.concurrency ?? 2 }, worker))
    this.deps.logger.info('details backfill finished', { accountId, fetched })
    return fetched
  }
}
