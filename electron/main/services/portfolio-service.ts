/**
 * The portfolio and each domain: cache-first reads (pages from SQLite with `syncedAt`, a
 * background refresh when stale), details fetched on demand, settings changed with PUT then
 * verified by re-reading, removals, and local tags and notes (which work offline).
 */
import type {
  DomainView,
  PortfolioPage,
  PortfolioQuery,
  SettingsChange,
} from '../../shared/ipc/models'
import { PortfolioQuerySchema } from '../../shared/ipc/models'
import { parseNameservers } from '../../shared/validation/nameservers'
import type { UpdateRequest } from '../../shared/vps-api/types'
import type { Cache } from '../core/db/cache'
import { queryPortfolio, toRows } from '../core/db/portfolio-query'
import { orderKept, searchIndexReady, warmSearchIndexInSteps } from '../core/db/portfolio-search'
import type { ApiAccount, VpsApiClient } from '../core/vps-api/index'
import { AppError, nameserverDetail } from './app-error'
import type { ConnectivityTracker } from './connectivity'
import type { DomainWriter } from './domain-writer'
import type { SyncService } from './sync-service'
import type { TransferService } from './transfer-service'
import type { Clock } from '../core/clock'

export interface PortfolioDeps {
  cache: Cache
  client: VpsApiClient
  writer: DomainWriter
  sync: SyncService
  transfers: TransferService
  connectivity: ConnectivityTracker
  credentials: (accountId: string) => Promise<ApiAccount>
  clock: Clock
}

/**
 * How long after a page asked for while the account's search index is not up to date the index
 * starts to be read: the window's first requests are answered first.
 */
const WARM_AFTER_MS = 300

/** Serves the portfolio and single domains. */
export class PortfolioService {
  /** Settings changes on their way, per account and domain. */
  private readonly updating = new Map<
    string,
    { wanted: string; result: Promise<{ domain: DomainView; message: string }> }
  >()

  /** Reads of a search index (and an order) that are due, per account. */
  private readonly warming = new Map<string, ReturnType<typeof setTimeout>>()
  /** The sort of each account's latest page: the order read after its index. */
  private readonly sorts = new Map<string, PortfolioQuery['sort']>()

  constructor(private readonly deps: PortfolioDeps) {}

  /**
   * Reads the account's search index WARM_AFTER_MS after the first page asked for while it is
   * not up to date, in steps of a few milliseconds (a whole read takes up to a second at 100,000
   * domains and must not land on a keystroke: a page asked for meanwhile waits for one step at
   * most), so that searches are answered from memory soon; then, the same way, the order of the
   * sort of the latest page (a search with many matches walks it). Later pages do not push it
   * back: a user who types from the first second would otherwise be answered by SQL for as long
   * as they type. A sync that starts stops the read: its writes would soon make the index stale.
   */
  private warmSearchAndOrderSoon(accountId: string, sort: PortfolioQuery['sort']): void {
    this.sorts.set(accountId, sort)
    if (this.warming.has(accountId)) return
    const { cache, sync } = this.deps
    const timer = setTimeout(() => {
      this.warming.delete(accountId)
      if (sync.isRunning(accountId)) return
      warmSearchIndexInSteps(cache.db, accountId, {
        sort: this.sorts.get(accountId),
        stop: () => sync.isRunning(accountId),
      }).catch(() => {
        // Searches keep their SQL answers; the next page asked for tries again.
      })
    }, WARM_AFTER_MS)
    // A pending read of the index never keeps the process alive.
    timer.unref?.()
    this.warming.set(accountId, timer)
  }

  private now(): Date {
    return this.deps.clock.now()
  }

  /**
   * A page of the portfolio from the cache; starts a background refresh when it is stale. A search
   * is answered from the in-memory index when it is up to date; when it is not (the app just
   * started, a sync wrote many rows), by SQL. The index is then read in steps soon after,
   * whatever the page asked for, and the order of the page's sort with it, so that the user's
   * searches find both read; not while the account syncs.
   */
  list(accountId: string, query: PortfolioQuery): PortfolioPage {
    const { cache, sync } = this.deps
    const resolved = PortfolioQuerySchema.parse(query)
    const ready = searchIndexReady(cache.db, accountId)
    const page = queryPortfolio(cache.db, accountId, resolved, this.now().getTime(), ready)
    // A running sync would soon make the index stale again: pages asked for as a sync's rows
    // land must not read the whole account each time.
    const warm = !ready || !orderKept(cache.db, accountId, resolved.sort)
    if (warm && !sync.isRunning(accountId)) this.warmSearchAndOrderSoon(accountId, resolved.sort)
    sync.refreshIfStale(accountId)
    return {
      ...page,
      offset: resolved.offset,
      syncedAt: cache.syncRuns.lastSuccess(accountId)?.finishedAt ?? null,
      syncing: sync.isRunning(accountId),
    }
  }

  /** Everything known locally about one domain. */
  view(accountId: string, domainId: number): DomainView {
    const { cache, transfers } = this.deps
    const record = cache.domains.record(accountId, domainId)
    if (!record)
      throw new AppError(
        'NotFound',
        'That domain is not in the cached portfolio. Sync to refresh it.',
        { reason: 'domainNotCached' },
      )
    const [base] = toRows(cache.db, accountId, [record], this.now().getTime())
    return {
      ...base!,
      details: cache.details.get(accountId, domainId),
      note: cache.annotations.note(accountId, record.name),
      history: cache.history.forDomain(accountId, domainId),
      transfer: transfers.viewFor(accountId, domainId),
      syncedAt: cache.syncRuns.lastSuccess(accountId)?.finishedAt ?? null,
    }
  }

  /** Fetches the domain's details from VPS.org now and updates the cache. */
  async refresh(accountId: string, domainId: number): Promise<DomainView> {
    const { client, cache, writer, connectivity } = this.deps
    const account = await this.deps.credentials(accountId)
    try {
      const detail = await client.getDomain(account, domainId)
      connectivity.reached(accountId)
      const now = this.now().toISOString()
      cache.transaction(() => {
        writer.apply(detail, { accountId, now, source: 'sync' })
        cache.details.save(accountId, detail, now)
      })
      writer.announce()
      await this.deps.transfers.inferFromDetail(accountId, detail)
    } catch (error) {
      connectivity.failed(accountId, error)
      if ((error as { code?: string }).code === 'NotFound') {
        const existing = cache.domains.get(accountId, domainId)
        if (existing && !existing.removedAt)
          writer.markRemoved(existing, { accountId, now: this.now().toISOString(), source: 'sync' })
      }
      throw error
    }
    return this.view(accountId, domainId)
  }

  /**
   * Changes settings with PUT, re-reads the domain to verify, and records the history. One change
   * per domain at a time: the same change asked again meanwhile (a bulk run started in two
   * windows) joins the one on its way instead of sending a second PUT; a different one is a
   * Conflict.
   */
  async update(
    accountId: string,
    domainId: number,
    change: SettingsChange,
  ): Promise<{ domain: DomainView; message: string }> {
    this.view(accountId, domainId)
    this.deps.connectivity.requireOnline(accountId, 'change domain settings')
    const body: UpdateRequest = {}
    if (change.autoRenew !== undefined) body.auto_renew = change.autoRenew
    if (change.privacy !== undefined) body.privacy_protection = change.privacy
    if (change.locked !== undefined) body.locked = change.locked
    if (change.nameservers !== undefined) {
      const parsed = parseNameservers(change.nameservers)
      if (!parsed.ok) {
        const messages = parsed.issues.map((issue) => issue.message)
        throw new AppError('InvalidArgument', messages.join(' '), {
          ...nameserverDetail(parsed, 'nameservers'),
          fields: { nameservers: messages },
        })
      }
      body.nameservers = parsed.nameservers
    }
    const key = `${accountId}\n${domainId}`
    const wanted = JSON.stringify(body)
    const running = this.updating.get(key)
    if (running) {
      if (running.wanted === wanted) return running.result
      throw new AppError(
        'Conflict',
        'This domain is being changed right now; try again when that change has finished.',
        { reason: 'domainBusy' },
      )
    }
    const result = this.send(accountId, domainId, body).finally(() => this.updating.delete(key))
    this.updating.set(key, { wanted, result })
    return result
  }

  private async send(
    accountId: string,
    domainId: number,
    body: UpdateRequest,
  ): Promise<{ domain: DomainView; message: string }> {
    const { client, cache, writer, connectivity } = this.deps
    const account = await this.deps.credentials(accountId)
    let message: string
    try {
      const answer = await client.updateDomain(account, domainId, body)
      message = answer.message ?? 'Settings updated.'
      const verified = await client.getDomain(account, domainId)
      connectivity.reached(accountId)
      const now = this.now().toISOString()
      cache.transaction(() => {
        writer.apply(verified, { accountId, now, source: 'app' })
        cache.details.save(accountId, verified, now)
      })
      writer.announce()
      const mismatch = Object.entries(body).filter(
        ([key, value]) =>
          JSON.stringify((verified as Record<string, unknown>)[key]) !== JSON.stringify(value),
      )
      if (mismatch.length > 0) {
        message = `VPS.org accepted the change, but re-reading the domain shows ${mismatch.map(([k]) => k).join(', ')} unchanged. It may take a moment; check again shortly.`
      }
    } catch (error) {
      connectivity.failed(accountId, error)
      throw error
    }
    return { domain: this.view(accountId, domainId), message }
  }

  /** Removes the domain from the VPS.org account (this does not cancel its registration). */
  async remove(accountId: string, domainId: number): Promise<void> {
    const { client, cache, writer, connectivity } = this.deps
    this.view(accountId, domainId)
    connectivity.requireOnline(accountId, 'remove a domain from the account')
    const account = await this.deps.credentials(accountId)
    try {
      await client.removeDomain(account, domainId)
      connectivity.reached(accountId)
    } catch (error) {
      connectivity.failed(accountId, error)
      throw error
    }
    const existing = cache.domains.get(accountId, domainId)
    if (existing)
      writer.markRemoved(existing, { accountId, now: this.now().toISOString(), source: 'app' })
  }

  setTags(accountId: string, domainId: number, tags: string[]): DomainView {
    const { name } = this.view(accountId, domainId)
    this.deps.cache.annotations.setTags(accountId, name, tags)
    return this.view(accountId, domainId)
  }

  setNote(accountId: string, domainId: number, note: string): DomainView {
    const { name } = this.view(accountId, domainId)
    this.deps.cache.annotations.setNote(accountId, name, note, this.now().toISOString())
    return this.view(accountId, domainId)
  }
}
