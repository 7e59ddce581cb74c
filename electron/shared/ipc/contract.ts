/**
 * The one contract between the renderer and the main process (GitHub Desktop's ipc-shared idea,
 * plus runtime validation): every invoke channel with the zod schemas of its arguments (a tuple)
 * and result, and every event pushed to the renderer with its payload schema. Main validates
 * arguments against it at the boundary; the preload and the renderer derive their types from it.
 */
import { z } from 'zod'
import {
  AccountViewSchema,
  AnnotationImportSchema,
  AppInfoSchema,
  AppNotificationSchema,
  CalendarEntrySchema,
  ChargeRecordSchema,
  ExportFileSchema,
  ForecastSchema,
  NotificationHistorySchema,
  NotificationSettingsSchema,
  ConnectivitySchema,
  DomainViewSchema,
  EstimateSchema,
  PortfolioPageSchema,
  PortfolioQuerySchema,
  PriceRowSchema,
  RegistrationIntentSchema,
  RegistrationRequestSchema,
  SettingsChangeSchema,
  SyncRunSchema,
  SyncStatusSchema,
  ThemeChoiceSchema,
  TransferCheckSchema,
  TransferViewSchema,
} from './models'
import { CsvTextSchema, NoteSchema, TagsSchema } from '../validation/annotations'
import { BulkPreviewSchema, SelectionSchema } from './bulk-models'
import { DnsCheckSchema, MAX_DNS_CHECK_DOMAINS, ResolverInputSchema } from './dns-models'
import { PolicyInputSchema, PolicyReportSchema, PolicySchema } from '../policies/policy'
import { BUDGET_WINDOWS, BudgetSchema, LapsePlanSchema } from '../pricing/budget'
import { APP_COMMANDS } from '../commands/app-commands'
import { OverviewSchema } from '../overview/overview'
import { VIEW_CHANNELS } from './views-channels'
import { UpdateStateSchema, WatchSettingsSchema } from './desktop-models'

const accountId = z.string().min(1).max(64)
const domainId = z.number().int().positive()
const label = z.string().trim().min(1, 'Give the account a name.').max(80)
const baseUrl = z.string().trim().min(1).max(2048)
/** The only places a token crosses IPC: renderer → main, once, from the form. */
const token = z.string().trim().min(1, 'Paste the API token.').max(4096)
const tags = TagsSchema
const isoDate = z.string().refine((v) => !Number.isNaN(Date.parse(v)), 'An ISO-8601 date or time.')
const timeZone = z.string().refine((tz) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz })
    return true
  } catch {
    return false
  }
}, 'An IANA time zone such as Asia/Yerevan.')
const language = z.enum(['en', 'hy'])
const windowDays = z.union(BUDGET_WINDOWS.map((d) => z.literal(d)))
const limit = z.number().int().min(0).max(500)
const csvText = CsvTextSchema

function channel<A extends z.ZodTuple, R extends z.ZodType>(args: A, result: R) {
  return { args, result }
}

/** Every invoke channel: name → argument tuple and result. */
export const channels = {
  'app.info': channel(z.tuple([]), AppInfoSchema),
  /** A script error or unhandled rejection in the page, for main's log (scrubbed there). */
  'app.reportError': channel(
    z.tuple([
      z.object({
        kind: z.enum(['error', 'unhandledrejection']),
        message: z.string().max(2_000),
        stack: z.string().max(10_000).optional(),
        source: z.string().max(2_000).optional(),
      }),
    ]),
    z.null(),
  ),
  /** Where "Check for updates…" is (after a restart: idle). */
  'app.updateState': channel(z.tuple([]), UpdateStateSchema),
  /** Asks the release feed for a newer version; never downloads. */
  'app.checkForUpdates': channel(z.tuple([]), UpdateStateSchema),
  /** The user agreed to download the version the check offered. */
  'app.downloadUpdate': channel(z.tuple([]), UpdateStateSchema),
  /** The user chose when the downloaded update is installed: when the app quits, or now. */
  'app.installUpdate': channel(z.tuple([z.enum(['on-quit', 'now'])]), UpdateStateSchema),
  'accounts.list': channel(z.tuple([]), z.array(AccountViewSchema)),
  'accounts.add': channel(
    z.tuple([z.object({ label, baseUrl: baseUrl.optional(), token })]),
    AccountViewSchema,
  ),
  'accounts.rename': channel(z.tuple([accountId, label]), AccountViewSchema),
  'accounts.changeToken': channel(z.tuple([accountId, token]), AccountViewSchema),
  'accounts.remove': channel(z.tuple([accountId]), z.null()),
  'accounts.connectDemo': channel(z.tuple([]), AccountViewSchema),
  'sync.now': channel(z.tuple([accountId]), SyncRunSchema),
  'sync.status': channel(z.tuple([accountId]), SyncStatusSchema),
  /**
   * Asks main to contact VPS.org now (a cheap GET): the window started, was focused or shown
   * again, or the OS reported the network gone or back.
   */
  'sync.checkConnection': channel(
    z.tuple([accountId, z.enum(['start', 'focus', 'show', 'online', 'offline'])]),
    SyncStatusSchema,
  ),
  'portfolio.list': channel(z.tuple([accountId, PortfolioQuerySchema]), PortfolioPageSchema),
  /** The registrars the account's domains are known to be at, with how many each. */
  'portfolio.registrars': channel(
    z.tuple([accountId]),
    z.array(z.object({ registrar: z.string(), count: z.number().int() })),
  ),
  /** The Overview page: attention counts, the portfolio in numbers, renewals, this year's spend. */
  'overview.get': channel(z.tuple([accountId, z.object({ timeZone })]), OverviewSchema),
  /** What a bulk change would do to a selection (ids, or a filter minus exclusions). */
  'bulk.preview': channel(
    z.tuple([accountId, SelectionSchema, SettingsChangeSchema]),
    BulkPreviewSchema,
  ),
  /** Asks DNS resolvers for these domains' delegation and compares it with what was set. */
  'dns.check': channel(
    z.tuple([accountId, z.array(domainId).min(1).max(MAX_DNS_CHECK_DOMAINS)]),
    z.array(DnsCheckSchema),
  ),
  'dns.lastChecks': channel(
    z.tuple([accountId, z.array(domainId).max(MAX_DNS_CHECK_DOMAINS)]),
    z.array(DnsCheckSchema),
  ),
  /** The resolvers the check asks; empty: the system's. */
  'dns.resolvers': channel(z.tuple([]), z.array(z.string())),
  'dns.setResolvers': channel(z.tuple([ResolverInputSchema]), z.array(z.string())),
  'policies.list': channel(z.tuple([]), z.array(PolicySchema)),
  /** Adds a rule (no id) or replaces one. */
  'policies.save': channel(
    z.tuple([PolicyInputSchema.extend({ id: z.string().min(1).max(64).optional() })]),
    PolicySchema,
  ),
  'policies.remove': channel(z.tuple([z.string().min(1).max(64)]), z.null()),
  /** Every enabled rule against the account's cached portfolio. */
  'policies.check': channel(z.tuple([accountId]), z.array(PolicyReportSchema)),
  /** Every domain breaking a rule, for the bulk change that fixes them. */
  'policies.violatingIds': channel(
    z.tuple([accountId, z.string().min(1).max(64)]),
    z.array(domainId),
  ),
  'policies.export': channel(z.tuple([]), z.string()),
  /** Replaces the rules with a policies file's (its text, at most 256 KB). */
  'policies.import': channel(z.tuple([z.string().max(256 * 1024)]), z.array(PolicySchema)),
  ...VIEW_CHANNELS,
  'domain.get': channel(z.tuple([accountId, domainId]), DomainViewSchema),
  'domain.refresh': channel(z.tuple([accountId, domainId]), DomainViewSchema),
  'domain.update': channel(
    z.tuple([accountId, domainId, SettingsChangeSchema]),
    z.object({ domain: DomainViewSchema, message: z.string() }),
  ),
  'domain.remove': channel(z.tuple([accountId, domainId]), z.null()),
  'domain.setTags': channel(z.tuple([accountId, domainId, tags]), DomainViewSchema),
  'domain.setNote': channel(z.tuple([accountId, domainId, NoteSchema]), DomainViewSchema),
  'registration.estimate': channel(
    z.tuple([z.string().max(300), z.number().int().min(1).max(10)]),
    EstimateSchema,
  ),
  'registration.prepare': channel(
    z.tuple([accountId, RegistrationRequestSchema]),
    RegistrationIntentSchema,
  ),
  'registration.confirm': channel(z.tuple([z.string().uuid()]), RegistrationIntentSchema),
  'registration.intents': channel(z.tuple([accountId]), z.array(RegistrationIntentSchema)),
  'transfer.check': channel(z.tuple([accountId, domainId]), TransferCheckSchema),
  'transfer.start': channel(
    z.tuple([
      accountId,
      domainId,
      z.object({ authCode: z.string().min(1).max(255), autoRenew: z.boolean() }),
    ]),
    TransferViewSchema,
  ),
  'transfer.list': channel(z.tuple([accountId]), z.array(TransferViewSchema)),
  /** After a lost answer: the user checked with VPS.org whether the transfer started. */
  'transfer.resolve': channel(
    z.tuple([accountId, z.number().int().positive(), z.enum(['started', 'not-started'])]),
    TransferViewSchema,
  ),
  'transfer.setStep': channel(
    z.tuple([accountId, z.number().int().positive(), z.number().int().min(0).max(50), z.boolean()]),
    TransferViewSchema,
  ),
  'planning.calendar': channel(
    z.tuple([accountId, z.object({ from: isoDate, to: isoDate })]),
    z.array(CalendarEntrySchema),
  ),
  'planning.forecast': channel(
    z.tuple([accountId, z.object({ months: z.number().int().min(1).max(60), timeZone })]),
    ForecastSchema,
  ),
  'planning.charges': channel(z.tuple([accountId]), z.array(ChargeRecordSchema)),
  /** The account's renewal budget (null: none); set checks it at once, null clears it. */
  'budget.get': channel(z.tuple([accountId]), BudgetSchema.nullable()),
  'budget.set': channel(z.tuple([accountId, BudgetSchema.nullable()]), BudgetSchema.nullable()),
  /** A page of the lapse list of a window; `budget.lapseIds`: the ones above its cut line. */
  'budget.plan': channel(
    z.tuple([accountId, z.object({ windowDays, offset: z.number().int().min(0), limit })]),
    LapsePlanSchema,
  ),
  'budget.lapseIds': channel(z.tuple([accountId, windowDays]), z.array(domainId)),
  'exports.calendar': channel(
    z.tuple([
      accountId,
      z.object({
        language,
        timeZone,
        /** Every domain, or only those that will lapse (auto-renew off, or already expired). */
        include: z.enum(['all', 'lapsing']).default('all'),
        /** Only expiries from now to this many days ahead; null: every date. */
        windowDays: z.number().int().min(1).max(3660).nullable().default(null),
        /** Alarms 30 and 7 days before each coming expiry. */
        reminders: z.boolean().default(true),
      }),
    ]),
    ExportFileSchema,
  ),
  'exports.portfolio': channel(z.tuple([accountId]), ExportFileSchema),
  'exports.forecast': channel(
    z.tuple([accountId, z.object({ months: z.number().int().min(1).max(60), timeZone })]),
    ExportFileSchema,
  ),
  'imports.annotationsPreview': channel(z.tuple([accountId, csvText]), AnnotationImportSchema),
  'imports.annotationsApply': channel(
    z.tuple([accountId, csvText]),
    z.object({ applied: z.number().int(), unmatched: z.number().int() }),
  ),
  'notifications.settings': channel(z.tuple([]), NotificationSettingsSchema),
  'notifications.setSettings': channel(
    z.tuple([NotificationSettingsSchema]),
    NotificationSettingsSchema,
  ),
  /** The notification centre: top-level entries, or the events under a grouped one. */
  'notifications.history': channel(
    z.tuple([z.object({ parentId: z.number().int().positive().optional() })]),
    NotificationHistorySchema,
  ),
  'notifications.markRead': channel(z.tuple([]), z.null()),
  /** Background watch: keep running in the tray, start at login. */
  'watch.settings': channel(z.tuple([]), WatchSettingsSchema),
  'watch.setSettings': channel(z.tuple([WatchSettingsSchema]), WatchSettingsSchema),
  'appearance.setLanguage': channel(z.tuple([language]), z.null()),
  'appearance.setTheme': channel(z.tuple([ThemeChoiceSchema]), z.null()),
  'prices.get': channel(z.tuple([]), z.array(PriceRowSchema)),
  'prices.set': channel(z.tuple([z.array(PriceRowSchema).max(500)]), z.array(PriceRowSchema)),
} as const

/** Every event main pushes to the renderer: name → payload. */
export const events = {
  'sync.progress': z.object({
    accountId,
    pagesDone: z.number().int(),
    pagesTotal: z.number().int().optional(),
    received: z.number().int(),
  }),
  'sync.finished': z.object({ accountId, run: SyncRunSchema }),
  connectivity: z.object({
    accountId,
    state: ConnectivitySchema,
    reason: z.string().optional(),
    /** The last successful contact with VPS.org in this run, if any. */
    lastReachedAt: z.string().nullable().optional(),
  }),
  'registration.active': z.object({ accountId, domainId, domainName: z.string() }),
  'transfer.completed': z.object({ accountId, domainId, domainName: z.string() }),
  'accounts.changed': z.object({ accountId: accountId.optional() }),
  notification: AppNotificationSchema,
  /** Policies were checked (after a sync): how many violations the account has now. */
  'policies.checked': z.object({ accountId, violations: z.number().int() }),
  /** Open a page (after the user clicked an OS notification). */
  navigate: z.object({ route: z.string() }),
  /** The update check moved on (checking, found, downloading, downloaded, failed). */
  'update.state': UpdateStateSchema,
  /** Something failed in main or a helper process: the windows say so and offer a way on. */
  'app.problem': z.object({
    kind: z.enum(['main', 'child']),
    process: z.string().max(64).optional(),
  }),
  /** A command chosen in the application menu, for the page's command registry to run. */
  'menu.command': z.object({ command: z.enum(APP_COMMANDS) }),
} as const

export type Channels = typeof channels
export type ChannelName = keyof Channels
export type ChannelArgs<C extends ChannelName> = z.input<Channels[C]['args']>
export type ChannelResult<C extends ChannelName> = z.infer<Channels[C]['result']>
export type Events = typeof events
export type EventName = keyof Events
export type EventPayload<E extends EventName> = z.infer<Events[E]>

/**
 * Channels whose arguments carry a secret, an API token or an EPP/auth code (never logged,
 * never echoed).
 */
export const TOKEN_CARRYING_CHANNELS: readonly ChannelName[] = [
  'accounts.add',
  'accounts.changeToken',
  'transfer.start',
]
