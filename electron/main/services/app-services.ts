/**
 * The composition root of the main process's services — no Electron here, so the Electron shell,
 * the web preview and the tests all build the very same thing: accounts (vault + accounts.json),
 * the offline cache, sync, portfolio, registration, transfers, prices, demo mode and events.
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { BulkPreview, Selection } from '../../shared/ipc/bulk-models'
import type { AppInfo, SettingsChange, ThemeChoice } from '../../shared/ipc/models'
import { Cache } from '../core/db/cache'
import type { TokenVault } from '../core/vault/index'
import { VpsApiClient, type VpsApiClientOptions } from '../core/vps-api/index'
import { AccountStore } from './account-store'
import { AccountsService } from './accounts-service'
import { AppearanceService } from './appearance'
import { ConnectivityTracker } from './connectivity'
import { ConnectivityMonitor, type Timers } from './connectivity-monitor'
import { cachedDomainId, DeepLinkService } from './deep-links'
import { DemoService, type DemoOptions } from './demo-service'
import { DomainWriter } from './domain-writer'
import { EventBus } from './event-bus'
import { createFileLogger, type AppLogger } from './logger'
import { mainLogPath } from './main-log'
import { DnsCheckService, type DnsCheckDeps } from './dns-check-service'
import { PolicyService } from './policy-service'
import { BudgetService } from './budget-service'
import { SavedViewsService } from './saved-views-service'
import { ImportService } from './imports'
import { ExportService } from './exports'
import { previewBulk } from './bulk-planner'
import { DetailsBackfill } from './details-backfill'
import { NotificationService, type NotificationPort } from './notification-service'
import { OverviewService } from './overview-service'
import { PlanningService } from './planning-service'
import { PortfolioService } from './portfolio-service'
import { PriceService } from './price-service'
import { RegistrationService } from './registration-service'
import { SyncService } from './sync-service'
import { TransferService } from './transfer-service'
import { notInstalledUpdater, UpdateService, type Updater } from './update-service'
import { WatchService } from './watch-service'
import { systemClock, type Clock } from '../core/clock'

export interface AppServicesOptions {
  /** Where accounts.json, cache.db, logs/ and the demo sandbox's state live. */
  dataDir: string
  vault: TokenVault
  version: string
  platform?: string
  logger?: AppLogger
  client?: VpsApiClientOptions
  /** Periodic refresh interval; 0 turns it off (tests). Default 15 minutes. */
  refreshIntervalMs?: number
  demo?: DemoOptions
  /** Where every service reads the time; the system clock by default. */
  clock?: Clock
  /** The DNS check's lookups (tests point them at a DNS server on loopback). */
  dnsLookups?: DnsCheckDeps['lookups']
  /** OS notifications (Electron); without it, notifications only reach the renderer as events. */
  notificationPort?: NotificationPort
  /** Called when the user chooses a theme, so the window shell can follow at once. */
  onThemeChange?: (theme: ThemeChoice) => void
  /** Called when the page tells main the user's language (menus are rebuilt in it). */
  onLanguageChange?: (language: 'en' | 'hy') => void
  /** How often notification checks run; 0 turns them off (tests). Default hourly. */
  notificationIntervalMs?: number
  /** How long more notifications of a kind wait after one (tests); default a minute. */
  notificationQuietMs?: number
  /** Timers of the offline probes (tests drive them); default the real ones. */
  connectivityTimers?: Timers
  /** How long one connectivity probe waits for VPS.org; default 4 seconds. */
  probeTimeoutMs?: number
  /**
   * electron-updater's updater, made at the first "Check for updates…" (Electron only). Without
   * it a check answers "not installed", as electron-updater does outside an installed app.
   */
  createUpdater?: () => Updater
  /** Domains whose details are fetched after each sync (registrars); 0 turns it off. */
  detailsBackfillLimit?: number
  /** When a first sync writes what has landed (default 2000 rows or 250 ms). */
  firstSyncBatch?: { rows: number; ms: number; stepMs?: number; backlogRows?: number }
}

/** Everything the IPC handlers call. */
export interface AppServices {
  bus: EventBus
  logger: AppLogger
  cache: Cache
  accounts: AccountsService
  sync: SyncService
  portfolio: PortfolioService
  registration: RegistrationService
  /** The editable price table every estimate comes from. */
  prices: PriceService
  transfers: TransferService
  demo: DemoService
  planning: PlanningService
  /** The Overview page, from the cache. */
  overview: OverviewService
  notifications: NotificationService
  connectivity: ConnectivityMonitor
  appearance: AppearanceService
  detailsBackfill: DetailsBackfill
  /** The DNS check after a nameserver change. */
  dns: DnsCheckService
  /** Portfolio policies: kept locally, checked after every sync. */
  policies: PolicyService
  /** Renewal budgets per account: the lapse list and the over-budget notification. */
  budgets: BudgetService
  /** Saved views of the portfolio and its current column layout. */
  views: SavedViewsService
  /** What `domaindesk://` links open. */
  deepLinks: DeepLinkService
  /** "Check for updates…". */
  updates: UpdateService
  /** Background watch settings and the attention count. */
  watch: WatchService
  /** A bulk change's preview for a selection, from the cache. */
  bulkPreview: (accountId: string, selection: Selection, change: SettingsChange) => BulkPreview
  /** Files the user takes away: the calendar (.ics), the portfolio and the forecast (CSV). */
  exports: ExportService
  /** Tags and notes from a CSV: a preview, then Apply. */
  imports: ImportService
  info(): Promise<AppInfo>
  dispose(): Promise<void>
}

/**
 * Start-up recovery of paid requests: intents and transfers an earlier process left in `sending`.
 * Returns how many now await a look-up at VPS.org.
 */
function recoverPaidRequests(cache: Cache, logger: AppLogger, at: string): number {
  const intents = cache.intents.recoverInterrupted(at)
  const transfers = cache.transfers.recoverInterrupted()
  if (intents + transfers.unknown + transfers.unsent > 0)
    logger.warn('paid requests left sending by an earlier run', { intents, ...transfers })
  return intents + transfers.unknown
}

/** Builds the services on a data folder. */
export async function createAppServices(options: AppServicesOptions): Promise<AppServices> {
  mkdirSync(options.dataDir, { recursive: true })
  const { vault } = options
  const clock = options.clock ?? systemClock
  const logger =
    options.logger ??
    createFileLogger(mainLogPath(options.dataDir), () => vault.knownSecrets(), { clock })
  const bus = new EventBus()
  const cache = Cache.open(join(options.dataDir, 'cache.db'))
  const interrupted = cache.syncRuns.closeInterrupted(clock.now().toISOString())
  if (cache.notice) logger.warn('offline cache rebuilt', { notice: cache.notice })
  if (interrupted > 0) logger.warn('closed interrupted sync runs', { count: interrupted })
  // Before anything below may send: paid requests an earlier process left `sending` may have
  // reached VPS.org, so they become unknown and are looked up at the first sync.
  const unsettled = recoverPaidRequests(cache, logger, clock.now().toISOString())
  const store = new AccountStore(join(options.dataDir, 'accounts.json'), clock)
  const client = new VpsApiClient({ logger, ...options.client })
  const connectivity = new ConnectivityTracker(bus, clock)
  const writer = new DomainWriter(cache, bus)
  const demo = new DemoService(options.dataDir, options.demo)
  const accounts = new AccountsService({
    store,
    vault,
    cache,
    client,
    connectivity,
    bus,
    demo,
    // `sync` is built below; this runs only later, when an account is added.
    onAdded: (id) => sync.refreshIfStale(id, 0),
    onTokenChanged: (id) => sync.refreshIfStale(id, 0),
  })
  const credentials = (id: string) => accounts.credentials(id)
  const transfers = new TransferService({
    cache,
    client,
    connectivity,
    bus,
    credentials,
    logger,
    clock,
  })
  const registration = new RegistrationService({
    cache,
    client,
    writer,
    connectivity,
    logger,
    credentials,
    clock,
  })
  const detailsBackfill = new DetailsBackfill({
    cache,
    client,
    logger,
    credentials,
    limit: options.detailsBackfillLimit ?? 10_000,
    clock,
  })
  const policies = new PolicyService({ cache, bus, clock })
  const sync = new SyncService({
    cache,
    client,
    writer,
    connectivity,
    bus,
    logger,
    credentials,
    accountIds: () => accounts.ids(),
    clock,
    firstSyncBatch: options.firstSyncBatch,
    afterSync: async (id) => {
      await registration.reconcileOpen(id)
      policies.check(id)
      budgets.check(id)
      await transfers.inferAll(id)
      // In the background: the sync's answer must not wait for thousands of detail requests.
      void detailsBackfill.start(id)
    },
  })
  const portfolio = new PortfolioService({
    cache,
    client,
    writer,
    sync,
    transfers,
    connectivity,
    credentials,
    clock,
  })
  const monitor = new ConnectivityMonitor({
    client,
    connectivity,
    bus,
    credentials,
    accountIds: () => accounts.ids(),
    // Back after an outage: refresh a cache that may have gone stale meanwhile.
    onBack: (id) => sync.refreshIfStale(id, 60_000),
    timers: options.connectivityTimers,
    probeTimeoutMs: options.probeTimeoutMs,
  })
  const planning = new PlanningService(cache, clock)
  const appearance = new AppearanceService(cache, {
    onThemeChange: options.onThemeChange,
    onLanguageChange: options.onLanguageChange,
  })
  const notifications = new NotificationService({
    cache,
    bus,
    accounts: () => store.list().map((a) => ({ id: a.id, label: a.label })),
    port: options.notificationPort,
    clock,
    language: () => appearance.language(),
    quietMs: options.notificationQuietMs,
  })
  const budgets = new BudgetService({
    cache,
    notifications,
    accountLabel: (id) => store.list().find((a) => a.id === id)?.label ?? id,
    clock,
  })
  const notificationInterval = options.notificationIntervalMs ?? 60 * 60_000
  if (notificationInterval > 0) notifications.start(notificationInterval)
  if ((options.refreshIntervalMs ?? 15 * 60_000) > 0)
    sync.startPeriodic(options.refreshIntervalMs ?? 15 * 60_000)
  // The look-up runs after a sync; start one now rather than when the cache next goes stale.
  if (unsettled > 0) for (const id of accounts.ids()) sync.refreshIfStale(id, 0)

  return {
    bus,
    logger,
    cache,
    accounts,
    sync,
    portfolio,
    registration,
    prices: new PriceService(cache, clock),
    transfers,
    demo,
    planning,
    overview: new OverviewService({ cache, clock }),
    notifications,
    connectivity: monitor,
    appearance,
    detailsBackfill,
    policies,
    budgets,
    views: new SavedViewsService({ cache, clock }),
    dns: new DnsCheckService({
      cache,
      clock,
      lookups: options.dnsLookups,
    }),
    updates: new UpdateService({
      createUpdater: options.createUpdater ?? notInstalledUpdater,
      logger,
      onState: (state) => bus.emit('update.state', state),
    }),
    watch: new WatchService({
      cache,
      bus,
      accountIds: () => accounts.ids(),
      expiringWithinDays: () => notifications.settings().expiringWithinDays,
      clock,
    }),
    deepLinks: new DeepLinkService({
      findDomainId: (name) => cachedDomainId(cache, accounts.ids(), name),
      logger,
    }),
    bulkPreview: (accountId, selection, change) =>
      previewBulk(cache, accountId, selection, change, clock.now().getTime()),
    exports: new ExportService({ cache, planning, clock }),
    imports: new ImportService({ cache, clock }),
    async info() {
      return {
        version: options.version,
        platform: options.platform ?? process.platform,
        tokenStorage: await vault.status(),
        cacheNotice: [cache.notice, store.notice].filter(Boolean).join(' ') || null,
      }
    },
    async dispose() {
      sync.stopPeriodic()
      notifications.stop()
      monitor.stop()
      await sync.idle()
      await detailsBackfill.idle()
      await demo.stop()
      cache.close()
    },
  }
}
