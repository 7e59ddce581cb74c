/**
 * The offline cache as one object: the open database and its repositories, plus the one
 * operation that spans them all (forgetting an account).
 */
import { AnnotationsRepo } from './annotations-repo'
import { ChargesRepo } from './charges-repo'
import { DomainIndexes } from './deferred-indexes'
import { DetailsRepo } from './details-repo'
import { DnsChecksRepo } from './dns-checks-repo'
import { DomainsRepo } from './domains-repo'
import { HistoryRepo } from './history-repo'
import { IntentsRepo } from './intents-repo'
import { NotificationLogRepo } from './notification-log-repo'
import { NotificationsSentRepo } from './notifications-sent-repo'
import { nameIndexOf } from './name-index'
import { closeCache, openCache } from './open-cache'
import { PoliciesRepo } from './policies-repo'
import { PricesRepo } from './prices-repo'
import { SavedViewsRepo } from './saved-views-repo'
import { searchIndexOf } from './search-index'
import { SettingsRepo } from './settings-repo'
import { scalar, transaction, type Db } from './sqlite'
import { SyncRunsRepo } from './sync-runs-repo'
import { TransfersRepo } from './transfers-repo'

const ACCOUNT_TABLES = [
  'domains',
  'domain_details',
  'sync_runs',
  'history',
  'registration_intents',
  'transfers',
  'tags',
  'notes',
  'notification_log',
  'charges',
  'saved_views',
]

/** The cache and its repositories. */
export class Cache {
  readonly domains: DomainsRepo
  readonly details: DetailsRepo
  readonly history: HistoryRepo
  readonly syncRuns: SyncRunsRepo
  readonly intents: IntentsRepo
  readonly transfers: TransfersRepo
  readonly annotations: AnnotationsRepo
  readonly prices: PricesRepo
  readonly notificationLog: NotificationLogRepo
  readonly notificationsSent: NotificationsSentRepo
  readonly dnsChecks: DnsChecksRepo
  readonly settings: SettingsRepo
  readonly policies: PoliciesRepo
  readonly charges: ChargesRepo
  readonly savedViews: SavedViewsRepo
  /** The secondary indexes of `domains` a first fill builds at its end. */
  readonly domainIndexes: DomainIndexes

  constructor(
    readonly db: Db,
    /** Set when the old cache was unreadable and moved aside at open. */
    readonly notice: string | null = null,
    /** The file, when the cache is one (not in memory): closing it checks and marks it. */
    private readonly path: string | null = null,
  ) {
    this.domains = new DomainsRepo(db)
    this.details = new DetailsRepo(db)
    this.history = new HistoryRepo(db)
    this.syncRuns = new SyncRunsRepo(db)
    this.intents = new IntentsRepo(db)
    this.transfers = new TransfersRepo(db)
    this.annotations = new AnnotationsRepo(db)
    this.prices = new PricesRepo(db)
    this.notificationLog = new NotificationLogRepo(db)
    this.notificationsSent = new NotificationsSentRepo(db)
    this.dnsChecks = new DnsChecksRepo(db)
    this.settings = new SettingsRepo(db)
    this.policies = new PoliciesRepo(db)
    this.charges = new ChargesRepo(db)
    this.savedViews = new SavedViewsRepo(db)
    this.domainIndexes = new DomainIndexes(db)
  }

  /** Opens the cache file (rebuilding it if unreadable). */
  static open(path: string): Cache {
    const opened = openCache(path)
    return new Cache(opened.db, opened.notice, path)
  }

  /** Runs `fn` in one transaction. */
  transaction<T>(fn: () => T): T {
    return transaction(this.db, fn)
  }

  /**
   * A mark that moves whenever the database changes: this connection's writes, trigger writes
   * included (SQLite's total_changes), and another connection's commits (data_version). A cheap
   * way to know that figures read earlier still hold.
   */
  changeMark(): string {
    const own = scalar<number>(this.db, 'SELECT total_changes()') ?? 0
    return `${own}:${scalar<number>(this.db, 'PRAGMA data_version') ?? 0}`
  }

  /** Deletes everything cached for an account. */
  forgetAccount(accountId: string): void {
    this.transaction(() => {
      searchIndexOf(this.db).forget(accountId)
      nameIndexOf(this.db).forget(accountId)
      for (const table of ACCOUNT_TABLES)
        this.db.prepare(`DELETE FROM ${table} WHERE account_id = ?`).run(accountId)
    })
  }

  /**
   * Folds the WAL back into the database file (a clean, single-file cache), checks it, and
   * closes it; the next open trusts a cache that passed.
   */
  close(): void {
    closeCache(this.db, this.path)
  }
}
