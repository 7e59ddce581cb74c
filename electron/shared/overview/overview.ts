/**
 * The Overview page's data: what needs attention now (each a count the page links to a filtered
 * list), the portfolio in numbers (by status, TLD, registrar and DNS host), renewals and their
 * estimated cost by month, and what was charged so far this year. All from the local cache, so
 * it works offline; `syncedAt` says how fresh the figures are.
 */
import { z } from 'zod'
import { QUICK_FILTERS } from '../ipc/models'

/** The kinds of attention the page counts, in the order it lists them. */
export const ATTENTION_KINDS = [
  'expiringAutoRenewOff',
  'expired',
  'unlockedNoTransfer',
  'pendingTooLong',
  'transfersOverdue',
  'policyViolations',
  'unpricedTlds',
] as const
export type AttentionKind = (typeof ATTENTION_KINDS)[number]

/** Where a count's link leads: the portfolio with quick filters, or another page. */
export const AttentionLinkSchema = z.union([
  z.object({ page: z.literal('portfolio'), quick: z.array(z.enum(QUICK_FILTERS)).min(1) }),
  z.object({ page: z.enum(['transfers', 'policies', 'costs']) }),
])
export type AttentionLink = z.infer<typeof AttentionLinkSchema>

export const AttentionItemSchema = z.object({
  kind: z.enum(ATTENTION_KINDS),
  count: z.number().int().nonnegative(),
  link: AttentionLinkSchema,
})
export type AttentionItem = z.infer<typeof AttentionItemSchema>

/** One slice of a breakdown; `key` null: not known yet (a registrar before details are fetched). */
export const SliceSchema = z.object({ key: z.string().nullable(), count: z.number().int() })
export type Slice = z.infer<typeof SliceSchema>

export const RenewalMonthSchema = z.object({
  /** `YYYY-MM` in the user's time zone. */
  month: z.string(),
  renewals: z.number().int().nonnegative(),
  /** Estimated cost of every renewal in the month (priced ones). */
  cents: z.number().int().nonnegative(),
  /** Of which auto-renew will charge. */
  autoRenewCents: z.number().int().nonnegative(),
  /** Renewals whose TLD has no price (not counted as zero). */
  unpriced: z.number().int().nonnegative(),
})
export type RenewalMonth = z.infer<typeof RenewalMonthSchema>

export const OverviewSchema = z.object({
  /** When the cache was last filled from VPS.org; null before the first sync. */
  syncedAt: z.string().nullable(),
  /** When these figures were computed. */
  computedAt: z.string(),
  total: z.number().int().nonnegative(),
  attention: z.array(AttentionItemSchema),
  byStatus: z.array(SliceSchema),
  /** The largest TLDs, then one `other` slice (key `*`) for the rest. */
  byTld: z.array(SliceSchema),
  byRegistrar: z.array(SliceSchema),
  byDns: z.array(SliceSchema),
  renewals: z.array(RenewalMonthSchema),
  /** Charges recorded since the start of the year in the user's time zone. */
  spend: z.object({
    year: z.number().int(),
    cents: z.number().int().nonnegative(),
    charges: z.number().int().nonnegative(),
  }),
})
export type Overview = z.infer<typeof OverviewSchema>

/** The key of the TLD breakdown's "all the others" slice. */
export const OTHER_SLICE = '*'
/** How many TLDs and registrars are named before the rest are summed as "other". */
export const TOP_SLICES = 8
