/**
 * Sync: the full listing through the client, several pages at once (see the client's
 * `streamAllDomains`). A first sync writes each page as it lands, so rows appear while the rest
 * is on its way; a resync keeps only the domains that changed and applies them at the end in ONE
 * transaction together with the removals and the run's success mark — a crash mid-resync leaves
 * the previous sync intact, and unchanged rows are never rewritten. Removals are reconciled by id
 * against a consistently read list only. Domains that left the account are marked, not dropped;
 * differences go to the history.
 * Reads are cache-first; this service refreshes in the background, periodically and on demand.
 */
import type { SyncRun, SyncStatus } from '../../shared/ipc/models'
import type { Domain } from '../../shared/vps-api/types'
import type { Cache } from '../core/db/cache'
import type { ApiAccount, VpsApiClient } from '../core/vps-api/index'
import { AppError, toIpcError } from './app-error'
import type { ConnectivityTracker } from './connectivity'
import type { DomainWriter } from './domain-writer'
import type { EventBus } from './event-bus'
import type { AppLogger } from './logger'
import type { Clock } from '../core/clock'

export interface SyncDeps {
  cache: Cache
  client: VpsApiClient
  writer: DomainWriter
  connectivity: ConnectivityTracker
  bus: EventBus
  logger: AppLogger
  credentials: (accountId: string) => Promise<ApiAccount>
  accountIds: () => string[]
  /** Runs after each successful sync (transfer inference, intent reconciliation). */
  afterSync?: (accountId: string) => Promise<void>
  clock: Clock
  /** Page size for listings (default 200). */
  pageSize?: number
  /**
   * A first sync writes when `rows` rows or `ms` milliseconds have gathered (2000, 250), in
   * steps of at most `stepMs` of work each (25), and all at once when more than `backlogRows`
   * wait (5000).
   */
  firstSyncBatch?: { rows: number; ms: number; stepMs?: number; backlogRows?: number }
}

const DEFAULT_FIRST_SYNC_BATCH = { rows: 2000, ms: 250, stepMs: 25, backlogRows: 5000 }
/** Rows looked up and applied between two looks at the clock. */
const WRITE_SLICE = 100

/** Background refreshes happen when the cache is older than this. */
export const DEFAULT_STALE_MS = 5 * 60_000

/** Syncs accounts, one run at a time per account. */
export class SyncService {
  private readonly running = new Map<string, Promise<SyncRun>>()
  private readonly progress = new Map<string, { pagesDone: number; pagesTotal?: number }>()
  private timer: NodeJS.Timeout | undefined

  constructor(private readonly deps: SyncDeps) {}

  private now(): Date {
    return this.deps.clock.now()
  }

  isRunning(accountId: string): boolean {
    return this.running.has(accountId)
  }

  /** Syncs now; joins a run already in progress for the account. */
  syncNow(accountId: string): Promise<SyncRun> {
    const current = this.running.get(accountId)
    if (current) return current
    const run = this.run(accountId).finally(() => {
      this.running.delete(accountId)
      this.progress.delete(accountId)
    })
    this.running.set(accountId, run)
    return run
  }

  /** Starts a background sync when the cache is older than `maxAgeMs`; never throws. */
  refreshIfStale(accountId: string, maxAgeMs = DEFAULT_STALE_MS): void {
    if (this.running.has(accountId)) return
    const last = this.deps.cache.syncRuns.last(accountId)
    const age = last
      ? this.now().getTime() - Date.parse(last.finishedAt ?? last.startedAt)
      : Infinity
    if (age < maxAgeMs) return
    this.syncNow(accountId).catch(() => {
      // Already recorded in the run and the connectivity state; the cache keeps answering.
    })
  }

  /** Refreshes every account every `intervalMs` (and once now). */
  startPeriodic(intervalMs: number): void {
    this.stopPeriodic()
    const tick = () => {
      for (const id of this.deps.accountIds()) this.refreshIfStale(id, intervalMs / 2)
    }
    this.timer = setInterval(tick, intervalMs)
    this.timer.unref?.()
    tick()
  }

  stopPeriodic(): void {
    if (this.timer) clearInterval(this.timer)
    this.timer = undefined
  }

  status(accountId: string): SyncStatus {
    const { cache, connectivity } = this.deps
    const c = connectivity.get(accountId)
    return {
      accountId,
      connectivity: c.state,
      ...(c.reason ? { connectivityReason: c.reason } : {}),
      lastReachedAt: c.lastReachedAt,
      running: this.running.has(accountId),
      progress: this.progress.get(accountId) ?? null,
      lastRun: cache.syncRuns.last(accountId) ?? null,
      lastSuccessAt: cache.syncRuns.lastSuccess(accountId)?.finishedAt ?? null,
    }
  }

  /** Waits for running syncs to finish (shutdown, tests). */
  async idle(): Promise<void> {
    await Promise.allSettled([...this.running.values()])
  }

  private async run(accountId: string): Promise<SyncRun> {
    const { cache, client, writer, connectivity, bus, logger } = this.deps
    const runId = cache.syncRuns.start(accountId, this.now().toISOString())
    const firstSync = !cache.syncRuns.lastSuccess(accountId)
    try {
      const account = await this.deps.credentials(accountId)
      const now = this.now().toISOString()
      const ctx = {
        accountId,
        now,
        source: 'sync' as const,
        syncRunId: runId,
        quietAdds: firstSync,
      }
      const counts = { pages: 0, seen: 0, added: 0, changed: 0, removed: 0 }
      // A resync keeps only what changed and applies it at the end, in one transaction with the
      // removals and the success mark: until then the previous sync is the cache, untouched.
      const changed = new Map<number, Domain>()
      // A first sync has nothing to protect: pages are written as they land, so that rows show
      // while later pages are on their way; gathered into batches of a few thousand rows (or a
      // quarter second), because each commit rewrites every index page it touched.
      const batching = { ...DEFAULT_FIRST_SYNC_BATCH, ...this.deps.firstSyncBatch }
      // Rows received and not yet written: `unwritten[head…]`.
      let unwritten: Domain[] = []
      let head = 0
      const pending = () => unwritten.length - head
      const startedEmpty = firstSync && cache.domains.isEmpty(accountId)
      // Into an empty cache the rows go without the table's secondary indexes, built once when
      // the listing ends (deferred-indexes.ts): about half a first sync's time at 100,000.
      const deferred = firstSync && cache.domainIndexes.deferWhileEmpty() > 0
      const written = new Set<number>()
      let writtenAt = performance.now()
      // One write step: rows from the front of `unwritten` in one transaction, for at most
      // `budgetMs` of work (none: all of them). A commit per step keeps every step short, so
      // the listing's answers are handled and its next requests sent between two steps: over a
      // real network the writes then overlap the round trips instead of adding to them.
      const write = (budgetMs = Infinity) => {
        writtenAt = performance.now()
        if (pending() === 0) return
        const deadline = writtenAt + budgetMs
        let taken = head
        const lookupFrom = (domains: Domain[]) =>
          // Into an empty account only rows this sync wrote itself can exist (a second reading
          // of the list): looking the others up would read the cache for nothing.
          startedEmpty ? domains.filter((d) => written.has(d.id)) : domains
        try {
          cache.transaction(() => {
            while (taken < unwritten.length) {
              const slice = unwritten.slice(taken, taken + WRITE_SLICE)
              const known = cache.domains.byIds(
                accountId,
                lookupFrom(slice).map((d) => d.id),
              )
              for (const d of slice) {
                written.add(d.id)
                const outcome = writer.apply(d, ctx, known.get(d.id) ?? null)
                if (outcome !== 'same') counts[outcome]++
              }
              taken += slice.length
              if (performance.now() >= deadline) break
            }
            // The new rows join the search index in the same commit, a step at a time, rather
            // than all at the end of the sync.
            cache.domains.flushSearch()
          })
        } catch (error) {
          writer.discard()
          throw error
        }
        head = taken
        // The written front is dropped now and then, not at every step.
        if (head >= 10_000 || head === unwritten.length) {
          unwritten = unwritten.slice(head)
          head = 0
        }
        writer.announce()
      }
      // The write runs on the next turn of the event loop, after the listing has sent its next
      // requests: the network keeps working while the rows are written.
      let scheduled: NodeJS.Immediate | undefined
      let writeError: unknown
      const step = () => {
        scheduled = undefined
        try {
          // A backlog means the answers arrive faster than rows are written: the network is not
          // what holds the sync back then, and short steps would only let the backlog (and the
          // memory it takes) grow. It is written in one go.
          write(pending() > batching.backlogRows ? Infinity : batching.stepMs)
          if (pending() >= batching.rows) scheduled = setImmediate(step)
        } catch (error) {
          writeError = error
        }
      }
      const onBatch = (domains: Domain[]) => {
        if (writeError !== undefined) throw writeError
        if (firstSync) {
          unwritten.push(...domains)
          const due = performance.now() - writtenAt >= batching.ms
          if ((pending() >= batching.rows || due) && !scheduled) {
            scheduled = setImmediate(step)
          }
          return
        }
        const known = cache.domains.byIds(
          accountId,
          domains.map((d) => d.id),
        )
        for (const d of domains) if (writer.wouldChange(d, known.get(d.id))) changed.set(d.id, d)
      }
      const listing = await client
        .streamAllDomains(
          account,
          { pageSize: this.deps.pageSize ?? 200 },
          {
            onBatch,
            onPage: (p) => {
              this.progress.set(accountId, { pagesDone: p.pagesDone, pagesTotal: p.pagesTotal })
              bus.emit('sync.progress', {
                accountId,
                pagesDone: p.pagesDone,
                pagesTotal: p.pagesTotal,
                received: p.received,
              })
            },
          },
        )
        .finally(() => {
          // Nothing is written after the listing ended, whether it failed or not.
          if (scheduled) clearImmediate(scheduled)
        })
        .then((done) => {
          if (writeError !== undefined) throw writeError
          write()
          return done
        })
        .finally(async () => {
          // Built back whether the sync goes on or not: the rows written so far stay.
          if (deferred)
            await cache.domainIndexes.restoreInSteps().catch((error: unknown) => {
              logger.warn('indexes left for the next start', { accountId, error })
            })
        })
      connectivity.reached(accountId)
      counts.pages = listing.pages
      counts.seen = listing.ids.size
      if (!listing.complete) {
        logger.warn('the domain list kept changing while it was read; removals wait', {
          accountId,
          passes: listing.passes,
        })
      }
      try {
        cache.transaction(() => {
          for (const d of changed.values()) {
            // Read by a pass that was not the last and gone since: the removal below covers it.
            if (!listing.ids.has(d.id)) continue
            const outcome = writer.apply(d, ctx)
            if (outcome !== 'same') counts[outcome]++
          }
          // Reconciled by id, and only against a list read consistently: a domain that a moving
          // page hid from this sync is not declared removed.
          if (listing.complete) {
            const gone = cache.domains.activeIds(accountId).filter((id) => !listing.ids.has(id))
            for (const domain of cache.domains.byIds(accountId, gone).values()) {
              writer.markRemoved(domain, ctx)
              counts.removed++
            }
          }
          // The search index takes the new rows in bulk, once, rather than row by row.
          cache.domains.flushSearch()
          cache.syncRuns.succeed(runId, now, counts)
        })
      } catch (error) {
        writer.discard()
        throw error
      }
      writer.announce()
      const run = cache.syncRuns.get(runId)!
      logger.info('sync finished', { accountId, ...counts })
      bus.emit('sync.finished', { accountId, run })
      await this.deps
        .afterSync?.(accountId)
        .catch((error: unknown) => logger.warn('after-sync step failed', { accountId, error }))
      return run
    } catch (error) {
      connectivity.failed(accountId, error)
      const failure = toIpcError(error, (e) =>
        logger.error('sync failed unexpectedly', { accountId, error: e }),
      )
      try {
        cache.syncRuns.fail(runId, this.now().toISOString(), failure.code, failure.message)
        bus.emit('sync.finished', { accountId, run: cache.syncRuns.get(runId)! })
      } catch (recordError) {
        // A full disk can refuse even this; the run is closed as interrupted at the next start.
        logger.error('could not record the failed sync', { accountId, error: recordError })
      }
      logger.warn('sync failed', { accountId, code: failure.code })
      throw error instanceof Error ? error : new AppError('Internal', failure.message)
    }
  }
}
