/**
 * The Overview page from the cache alone (it works offline): what needs attention, the
 * portfolio in numbers, renewals and their estimated cost for the next 12 months, and this
 * year's charges. Every figure comes from a set-based query (core/db/overview-query.ts); this
 * service prices the grouped renewals with the costs page's engine and shapes the result.
 */
import { anniversaries, localDay, localMidnight, monthKeys } from '../../shared/calendar/dates'
import type { QuickFilter } from '../../shared/ipc/models'
import {
  OTHER_SLICE,
  TOP_SLICES,
  type AttentionItem,
  type Overview,
  type RenewalMonth,
  type Slice,
} from '../../shared/overview/overview'
import { pricingTld, renewalEstimateCents } from '../../shared/pricing/estimate'
import type { Cache } from '../core/db/cache'
import {
  chargedSince,
  domainGroups,
  overdueTransferCount,
  pastExpiryNotExpired,
  quickFilterCount,
  renewalGroups,
} from '../core/db/overview-query'
import { policyViolationCount } from '../core/db/policy-query'
import type { Clock } from '../core/clock'

/** How many months of renewals the page shows. */
export const OVERVIEW_MONTHS = 12

export interface OverviewDeps {
  cache: Cache
  clock: Clock
}

/** Counts as slices, largest first (then by key), the smallest beyond `top` summed as other. */
function slices(counts: Map<string | null, number>, top = Infinity): Slice[] {
  const sorted = [...counts]
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => b.count - a.count || String(a.key).localeCompare(String(b.key)))
  if (sorted.length <= top) return sorted
  const rest = sorted.slice(top).reduce((sum, s) => sum + s.count, 0)
  return [...sorted.slice(0, top), { key: OTHER_SLICE, count: rest }]
}

function bump<K>(map: Map<K, number>, key: K, by: number): void {
  map.set(key, (map.get(key) ?? 0) + by)
}

/** Builds the Overview of an account. */
export class OverviewService {
  private readonly memo = new Map<string, { key: string; value: Overview }>()

  constructor(private readonly deps: OverviewDeps) {}

  /**
   * The account's Overview. Its figures change only when the cache does, or as time moves
   * expiries into a window (a minute is the finest grain of any figure): one computation serves
   * every visit until either happens, and at 100,000 domains a computation is the expensive part.
   */
  overview(accountId: string, timeZone: string): Overview {
    const now = this.deps.clock.now().getTime()
    const key = `${timeZone}|${this.deps.cache.changeMark()}|${Math.floor(now / 60_000)}`
    const kept = this.memo.get(accountId)
    if (kept?.key === key) return kept.value
    const value = this.compute(accountId, timeZone, now)
    this.memo.set(accountId, { key, value })
    return value
  }

  private compute(accountId: string, timeZone: string, now: number): Overview {
    const { cache } = this.deps
    const db = cache.db
    const prices = cache.prices.all()
    const tldOf = new Map<string, string>()
    // Every name with the same suffix prices the same (see pricingTld): one look-up per suffix.
    const tld = (suffix: string) => {
      let found = tldOf.get(suffix)
      if (found === undefined) tldOf.set(suffix, (found = pricingTld(prices, `x.${suffix}`)))
      return found
    }
    const priced = (t: string) => renewalEstimateCents(prices, t)

    const byStatus = new Map<string | null, number>()
    const byTld = new Map<string | null, number>()
    const byRegistrar = new Map<string | null, number>()
    const byDns = new Map<string | null, number>()
    let total = 0
    for (const g of domainGroups(db, accountId)) {
      total += g.count
      bump(byStatus, g.status, g.count)
      bump(byTld, tld(g.suffix), g.count)
      bump(byRegistrar, g.registrar, g.count)
      bump(byDns, g.dns, g.count)
    }
    const unpricedTlds = [...byTld.keys()].filter((t) => priced(t!) === null).length

    const portfolio = (quick: QuickFilter[]) => quickFilterCount(db, accountId, quick, now)
    const policies = cache.policies.all().filter((p) => p.enabled)
    const attention: AttentionItem[] = [
      {
        kind: 'expiringAutoRenewOff',
        count: portfolio(['expiring30', 'autoRenewOff']),
        link: { page: 'portfolio', quick: ['expiring30', 'autoRenewOff'] },
      },
      {
        kind: 'expired',
        count: portfolio(['expired']),
        link: { page: 'portfolio', quick: ['expired'] },
      },
      {
        kind: 'unlockedNoTransfer',
        count: portfolio(['unlockedNoTransfer']),
        link: { page: 'portfolio', quick: ['unlockedNoTransfer'] },
      },
      {
        kind: 'pendingTooLong',
        count: portfolio(['pendingTooLong']),
        link: { page: 'portfolio', quick: ['pendingTooLong'] },
      },
      {
        kind: 'transfersOverdue',
        count: overdueTransferCount(db, accountId, now),
        link: { page: 'transfers' },
      },
      {
        kind: 'policyViolations',
        count: policies.reduce((sum, p) => sum + policyViolationCount(db, accountId, p, now), 0),
        link: { page: 'policies' },
      },
      { kind: 'unpricedTlds', count: unpricedTlds, link: { page: 'costs' } },
    ]

    const yearStart = `${localDay(now, timeZone).slice(0, 4)}-01-01`
    const spent = chargedSince(
      db,
      accountId,
      new Date(localMidnight(yearStart, timeZone)).toISOString(),
    )
    return {
      syncedAt: cache.syncRuns.lastSuccess(accountId)?.finishedAt ?? null,
      computedAt: new Date(now).toISOString(),
      total,
      attention,
      byStatus: slices(byStatus),
      byTld: slices(byTld, TOP_SLICES),
      byRegistrar: slices(byRegistrar, TOP_SLICES),
      byDns: slices(byDns),
      renewals: this.renewals(accountId, now, timeZone, tld, priced),
      spend: { year: Number(yearStart.slice(0, 4)), ...spent },
    }
  }

  /** Renewals by month for the next 12 months, priced per TLD as the costs page prices them. */
  private renewals(
    accountId: string,
    now: number,
    timeZone: string,
    tld: (suffix: string) => string,
    priced: (tld: string) => number | null,
  ): RenewalMonth[] {
    const db = this.deps.cache.db
    const months = monthKeys(now, OVERVIEW_MONTHS + 1, timeZone)
    const bounds = [now, ...months.slice(1).map((m) => localMidnight(`${m}-01`, timeZone))]
    const out = months.slice(0, OVERVIEW_MONTHS).map((month) => ({
      month,
      renewals: 0,
      cents: 0,
      autoRenewCents: 0,
      unpriced: 0,
    }))
    const add = (at: number, suffix: string, autoRenew: boolean, count: number) => {
      const bucket = out[at]
      if (!bucket) return
      const cents = priced(tld(suffix))
      bucket.renewals += count
      if (cents === null) bucket.unpriced += count
      else {
        bucket.cents += cents * count
        if (autoRenew) bucket.autoRenewCents += cents * count
      }
    }
    for (const g of renewalGroups(db, accountId, bounds))
      add(g.month, g.suffix, g.autoRenew, g.count)
    // Past their expiry yet not expired (a grace period): the forecast renews them at the next
    // anniversary. Few domains, so each is placed by date.
    const end = bounds[bounds.length - 1]!
    for (const d of pastExpiryNotExpired(db, accountId, now)) {
      for (const at of anniversaries(d.expiresAt, now, end)) {
        const month = bounds.findIndex((b, i) => at >= b && at < (bounds[i + 1] ?? -Infinity))
        add(month, d.name.slice(d.name.indexOf('.') + 1), d.autoRenew, 1)
      }
    }
    return out
  }
}
