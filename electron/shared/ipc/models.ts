/**
 * The data shapes that cross IPC (zod schemas + their types). Times are ISO-8601 strings; money
 * is integer US cents. Nothing here ever carries an API token.
 */
import { z } from 'zod'
import { DOMAIN_STATUSES } from '../vps-api/types'
import { StoredNoteSchema } from './errors'

export const DomainStatusSchema = z.enum(DOMAIN_STATUSES)
export const DnsManagedBySchema = z.enum(['vps.org', 'external'])
const iso = z.string()
const id = z.number().int().positive()

/** Where a token is kept, and why not the keychain. */
export const TokenStorageSchema = z.object({
  storage: z.enum(['keychain', 'memory']),
  reason: z.string().optional(),
  fix: z.string().optional(),
})
export type TokenStorageView = z.infer<typeof TokenStorageSchema>

export const ConnectivitySchema = z.enum(['unknown', 'online', 'offline', 'unauthorized'])
/** How long a contact with VPS.org counts as "online" (main and the status bar agree on it). */
export const CONNECTIVITY_FRESH_MS = 5 * 60_000
export type Connectivity = z.infer<typeof ConnectivitySchema>

/** A VPS.org account as the renderer sees it (no token). */
export const AccountViewSchema = z.object({
  id: z.string(),
  label: z.string(),
  baseUrl: z.string(),
  isDemo: z.boolean(),
  /** False when the token could not be found (e.g. a memory-only token after a restart). */
  hasToken: z.boolean(),
  tokenStorage: TokenStorageSchema,
  connectivity: ConnectivitySchema,
  connectivityReason: z.string().optional(),
  lastSyncAt: iso.nullable(),
  domainCount: z.number().int().nonnegative(),
})
export type AccountView = z.infer<typeof AccountViewSchema>

/** One row of the portfolio table. */
export const DomainRowSchema = z.object({
  id,
  name: z.string(),
  unicodeName: z.string(),
  status: DomainStatusSchema,
  registrationDate: iso,
  expirationDate: iso,
  /** Whole days from now to expiry (negative once expired), from expiration_date and the clock. */
  daysLeft: z.number().int(),
  autoRenew: z.boolean(),
  locked: z.boolean(),
  privacy: z.boolean(),
  dnsManagedBy: DnsManagedBySchema,
  nameservers: z.array(z.string()),
  tags: z.array(z.string()),
  hasNote: z.boolean(),
  /** Where the domain is registered, from its last fetched details; null until fetched once. */
  registrar: z.string().nullable(),
  /** Set when a sync found the domain gone from the account. */
  removedAt: iso.nullable(),
})
export type DomainRow = z.infer<typeof DomainRowSchema>

export const HistoryEntrySchema = z.object({
  id: z.number().int(),
  at: iso,
  domainName: z.string(),
  field: z.string(),
  oldValue: z.string().nullable(),
  newValue: z.string().nullable(),
  source: z.enum(['sync', 'app', 'registration', 'transfer']),
})
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>

export const TransferViewSchema = z.object({
  id: z.number().int(),
  domainId: id,
  domainName: z.string(),
  state: z.enum(['sending', 'unknown', 'pending', 'completed', 'failed']),
  initiatedAt: iso.nullable(),
  estimatedCompletion: iso.nullable(),
  nextSteps: z.array(z.string()),
  stepsDone: z.array(z.number().int().nonnegative()),
  previousRegistrar: z.string().nullable(),
  feeEstimateCents: z.number().int().nullable(),
  /** What VPS.org said it charged; null when it did not say. */
  chargedCents: z.number().int().nullable(),
  completedAt: iso.nullable(),
  overdue: z.boolean(),
  /** The app's note on its state, said from the catalogue; null when there is none. */
  note: StoredNoteSchema.nullable(),
  /** VPS.org's own words about it (its answer, its validation messages), shown as such. */
  message: z.string().nullable(),
})
export type TransferView = z.infer<typeof TransferViewSchema>

/** Everything about one domain for its page. */
export const DomainViewSchema = DomainRowSchema.extend({
  details: z
    .object({
      registrar: z.string(),
      whois: z.object({
        registrant: z.string(),
        adminContact: z.string(),
        techContact: z.string(),
        createdDate: z.string(),
        updatedDate: z.string(),
      }),
      dnsRecordsCount: z.number().int().nonnegative(),
      fetchedAt: iso,
    })
    .nullable(),
  note: z.string(),
  history: z.array(HistoryEntrySchema),
  transfer: TransferViewSchema.nullable(),
  syncedAt: iso.nullable(),
})
export type DomainView = z.infer<typeof DomainViewSchema>

export const QUICK_FILTERS = [
  'expiring30',
  'expiring60',
  'expiring90',
  'expired',
  'autoRenewOff',
  'unlocked',
  'externalDns',
  /** At another registrar, so it could be transferred to VPS.org. */
  'transferable',
  /** Transfer lock off and no transfer of the domain in progress. */
  'unlockedNoTransfer',
  /** Still `pending` longer than a registration takes (PENDING_EXPECTED_MS). */
  'pendingTooLong',
] as const
/** One of the portfolio's quick filters. */
export type QuickFilter = (typeof QUICK_FILTERS)[number]
/** A registration goes from `pending` to `active` within 5-10 minutes (VPS.org's API docs). */
export const PENDING_EXPECTED_MS = 10 * 60_000
export const SORT_FIELDS = [
  'name',
  'status',
  'expires',
  'registered',
  'autoRenew',
  'locked',
  'privacy',
  'dns',
  'nameservers',
  'tags',
  'registrar',
] as const

export const PortfolioQuerySchema = z.object({
  status: DomainStatusSchema.optional(),
  search: z.string().max(253).optional(),
  /** Only the domain with exactly this ASCII name (answered from the name index at any size). */
  name: z.string().max(253).optional(),
  quick: z.array(z.enum(QUICK_FILTERS)).max(QUICK_FILTERS.length).optional(),
  tag: z.string().max(64).optional(),
  /** Only domains at this registrar (as their details name it). */
  registrar: z.string().max(200).optional(),
  /** Only the domains a grouped notification stands for (its id in the notification centre). */
  notification: z.number().int().positive().optional(),
  includeRemoved: z.boolean().optional(),
  sort: z.object({ by: z.enum(SORT_FIELDS), dir: z.enum(['asc', 'desc']) }).optional(),
  offset: z.number().int().nonnegative().default(0),
  limit: z.number().int().min(1).max(1000).default(200),
})
export type PortfolioQuery = z.input<typeof PortfolioQuerySchema>

export const PortfolioPageSchema = z.object({
  rows: z.array(DomainRowSchema),
  total: z.number().int().nonnegative(),
  offset: z.number().int().nonnegative(),
  /** When the cache was last filled from VPS.org; null before the first sync. */
  syncedAt: iso.nullable(),
  syncing: z.boolean(),
})
export type PortfolioPage = z.infer<typeof PortfolioPageSchema>

export const SettingsChangeSchema = z
  .object({
    autoRenew: z.boolean().optional(),
    privacy: z.boolean().optional(),
    locked: z.boolean().optional(),
    nameservers: z.array(z.string().max(253)).min(2).max(4).optional(),
  })
  .refine(
    (c) => Object.values(c).some((v) => v !== undefined),
    'Choose at least one setting to change.',
  )
export type SettingsChange = z.infer<typeof SettingsChangeSchema>

export const SyncRunSchema = z.object({
  id: z.number().int(),
  startedAt: iso,
  finishedAt: iso.nullable(),
  status: z.enum(['running', 'ok', 'failed']),
  pages: z.number().int(),
  seen: z.number().int(),
  added: z.number().int(),
  changed: z.number().int(),
  removed: z.number().int(),
  errorCode: z.string().nullable(),
  errorMessage: z.string().nullable(),
})
export type SyncRun = z.infer<typeof SyncRunSchema>

export const SyncStatusSchema = z.object({
  accountId: z.string(),
  connectivity: ConnectivitySchema,
  connectivityReason: z.string().optional(),
  /** The last successful contact with VPS.org in this run; null before the first. */
  lastReachedAt: iso.nullable().optional(),
  running: z.boolean(),
  progress: z
    .object({ pagesDone: z.number().int(), pagesTotal: z.number().int().optional() })
    .nullable(),
  lastRun: SyncRunSchema.nullable(),
  lastSuccessAt: iso.nullable(),
})
export type SyncStatus = z.infer<typeof SyncStatusSchema>

export const PriceRowSchema = z.object({
  tld: z
    .string()
    .regex(/^[a-z0-9-]+(\.[a-z0-9-]+)*$/, 'A TLD such as com or co.uk, without the dot.'),
  registerCents: z.number().int().nonnegative(),
  renewCents: z.number().int().nonnegative(),
  transferCents: z.number().int().nonnegative(),
})
export type PriceRow = z.infer<typeof PriceRowSchema>

export const EstimateSchema = z.object({
  ascii: z.string(),
  unicode: z.string(),
  tld: z.string(),
  years: z.number().int(),
  /** Null when the TLD has no price: never counted as zero. */
  cents: z.number().int().nullable(),
  label: z.literal('estimate'),
  /**
   * Where `cents` comes from: the price table, or what VPS.org charged the last time for this
   * TLD and number of years (multi-year registrations can cost less than the table's sum).
   */
  source: z.enum(['priceTable', 'lastCharge']),
  /** When that charge was made (lastCharge only). */
  chargedAt: iso.nullable(),
  /** The price table's figure, always given for comparison; null without a price. */
  tableCents: z.number().int().nullable(),
  /** The table's first year and each later (renewal) year. */
  firstYearCents: z.number().int().nullable(),
  laterYearCents: z.number().int().nullable(),
})
export type Estimate = z.infer<typeof EstimateSchema>

export const RegistrationRequestSchema = z.object({
  domainName: z.string().min(1).max(253),
  years: z.number().int().min(1).max(10),
  autoRenew: z.boolean(),
  privacy: z.boolean(),
  nameservers: z.array(z.string().max(253)).min(2).max(4).optional(),
})
export type RegistrationRequest = z.infer<typeof RegistrationRequestSchema>

export const RegistrationIntentSchema = z.object({
  id: z.string(),
  accountId: z.string(),
  domainName: z.string(),
  unicodeName: z.string(),
  years: z.number().int(),
  estimateCents: z.number().int().nullable(),
  /** prepared → sending → succeeded | failed | unknown (→ succeeded | not-found after a look-up). */
  state: z.enum([
    'prepared',
    'sending',
    'succeeded',
    'failed',
    'unknown',
    'not-found',
    'cancelled',
  ]),
  createdAt: iso,
  domainId: z.number().int().nullable(),
  domainStatus: DomainStatusSchema.nullable(),
  totalCostCents: z.number().int().nullable(),
  errorCode: z.string().nullable(),
  /** The app's note on its state, said from the catalogue; null when there is none. */
  note: StoredNoteSchema.nullable(),
  /** VPS.org's own words about a failure (its validation messages), shown as such. */
  errorMessage: z.string().nullable(),
})
export type RegistrationIntent = z.infer<typeof RegistrationIntentSchema>

export const TransferCheckSchema = z.object({
  domainId: id,
  domainName: z.string(),
  registrar: z.string().nullable(),
  checks: z.array(
    z.object({
      key: z.enum([
        'registeredElsewhere',
        'oldEnough',
        'unlocked',
        'authCode',
        'whoisEmail',
        'includesRenewal',
      ]),
      /** true / false when the app could check it; null when only the user can. */
      passed: z.boolean().nullable(),
      detail: z.string(),
    }),
  ),
  feeEstimateCents: z.number().int().nullable(),
  /** Where the fee comes from: the price table, or what VPS.org charged for the last transfer. */
  feeSource: z.enum(['priceTable', 'lastCharge']),
  /** When that last transfer was charged (with `lastCharge`). */
  feeChargedAt: iso.nullable(),
  eligible: z.boolean(),
})
export type TransferCheck = z.infer<typeof TransferCheckSchema>

export const AppInfoSchema = z.object({
  version: z.string(),
  platform: z.string(),
  tokenStorage: TokenStorageSchema,
  /** Set once when the cache was unreadable and moved aside this session. */
  cacheNotice: z.string().nullable(),
})
export type AppInfo = z.infer<typeof AppInfoSchema>

export const CalendarEntrySchema = z.object({
  id,
  name: z.string(),
  unicodeName: z.string(),
  status: DomainStatusSchema,
  expiresAt: iso,
  autoRenew: z.boolean(),
  /** renew: auto-renew is on; lapse: it is off; expired; pending (still being registered). */
  risk: z.enum(['renew', 'lapse', 'expired', 'pending']),
  /** One year at the renew price; null when the TLD has no price. */
  renewalCents: z.number().int().nullable(),
})
export type CalendarEntry = z.infer<typeof CalendarEntrySchema>

const AmountSchema = z.object({
  cents: z.number().int(),
  renewals: z.number().int(),
  unpriced: z.number().int(),
})

export const ForecastSchema = z.object({
  from: z.number(),
  months: z.array(z.string()),
  autoRenew: AmountSchema,
  keepAll: AmountSchema,
  byMonth: z.array(
    z.object({
      month: z.string(),
      /** Domains whose expiry date falls in the month, as the calendar's agenda counts them. */
      expiring: z.number().int(),
      autoRenew: AmountSchema,
      keepAll: AmountSchema,
    }),
  ),
  byTld: z.array(
    z.object({
      tld: z.string(),
      autoRenew: AmountSchema,
      keepAll: AmountSchema,
      priced: z.boolean(),
    }),
  ),
  unpricedTlds: z.array(z.string()),
})

export const ChargeRecordSchema = z.object({
  kind: z.enum(['registration', 'transfer']),
  domainName: z.string(),
  unicodeName: z.string(),
  at: z.string(),
  years: z.number().int(),
  estimateCents: z.number().int().nullable(),
  /** What VPS.org reported charging; null when it did not say. */
  chargedCents: z.number().int().nullable(),
})
export type ChargeRecord = z.infer<typeof ChargeRecordSchema>

/** A file for the renderer to save (iCal, CSV). */
export const ExportFileSchema = z.object({
  filename: z.string(),
  mimeType: z.string(),
  content: z.string(),
})
export type ExportFile = z.infer<typeof ExportFileSchema>

export const AnnotationImportSchema = z.object({
  matched: z.array(
    z.object({
      line: z.number().int(),
      domainId: id,
      name: z.string(),
      tags: z.array(z.string()).nullable(),
      note: z.string().nullable(),
      currentTags: z.array(z.string()),
      currentNote: z.string(),
    }),
  ),
  /** Rows that are not imported: each with its line, the domain value, and why (in English). */
  unmatched: z.array(
    z.object({
      line: z.number().int(),
      value: z.string(),
      reason: z.string(),
      /** Which rule refused the row, for the renderer's translation. */
      code: z
        .enum([
          'noDomainColumn',
          'notInAccount',
          'badName',
          'tagTooLong',
          'tooManyTags',
          'noteTooLong',
        ])
        .optional(),
      /** The limit the row went beyond, when a limit refused it. */
      limit: z.number().int().optional(),
    }),
  ),
  columns: z.object({ tags: z.boolean(), note: z.boolean() }),
})
export type AnnotationImport = z.infer<typeof AnnotationImportSchema>

export const NotificationSettingsSchema = z.object({
  enabled: z.boolean(),
  /** Warn about domains expiring within this many days with auto-renew off. */
  expiringWithinDays: z.number().int().min(1).max(365),
  /** Warn when syncing has failed for this many hours. */
  syncFailingHours: z.number().int().min(1).max(168),
})
export type NotificationSettings = z.infer<typeof NotificationSettingsSchema>

/** The theme chosen in Settings; `system` follows the OS. */
export const ThemeChoiceSchema = z.enum(['system', 'light', 'dark'])
export type ThemeChoice = z.infer<typeof ThemeChoiceSchema>

export const NotificationKindSchema = z.enum([
  'registration.active',
  'transfer.completed',
  'transfer.overdue',
  'expiring',
  'sync.failing',
  'budget.over',
])
export const AppNotificationSchema = z.object({
  kind: NotificationKindSchema,
  title: z.string(),
  body: z.string(),
  /** The page to open, e.g. `/domains/101`, `/calendar` or `/portfolio?notification=7`. */
  route: z.string(),
  /** How many events a grouped notification stands for (absent for a single one). */
  count: z.number().int().positive().optional(),
})
export type AppNotification = z.infer<typeof AppNotificationSchema>

/** One entry of the notification centre (a notification, or an event under a grouped one). */
export const NotificationLogEntrySchema = z.object({
  id: z.number().int(),
  parentId: z.number().int().nullable(),
  kind: NotificationKindSchema,
  title: z.string(),
  body: z.string(),
  route: z.string(),
  count: z.number().int().positive(),
  at: iso,
  read: z.boolean(),
})
export type NotificationLogEntry = z.infer<typeof NotificationLogEntrySchema>

export const NotificationHistorySchema = z.object({
  entries: z.array(NotificationLogEntrySchema),
  /** Top-level entries not yet seen in the centre. */
  unread: z.number().int().nonnegative(),
})
export type NotificationHistory = z.infer<typeof NotificationHistorySchema>
