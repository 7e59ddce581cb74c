/**
 * The renewal forecast: every yearly renewal of every domain in a window, priced from the price
 * table (the same engine as registration and transfer estimates), summed by month (in the user's
 * time zone) and by TLD. Two totals: what auto-renew will charge (domains with auto-renew on) and
 * what keeping everything would cost (every domain, expired ones renewed at once). A TLD without
 * a price is listed as unpriced and never counted as zero.
 */
import { anniversaries, localMonth, monthKeys } from '../calendar/dates'
import { pricingTld, renewalEstimateCents, type TldPriceCents } from './estimate'

/** What the forecast needs of a domain. */
export interface ForecastDomain {
  name: string
  expiresAt: number
  autoRenew: boolean
  status: 'active' | 'pending' | 'expired' | 'locked'
}

/** One renewal in the window. */
export interface Renewal {
  name: string
  tld: string
  at: number
  autoRenew: boolean
  /** Null when the TLD has no price. */
  cents: number | null
}

/** A sum, and how many renewals could not be priced. */
export interface Amount {
  cents: number
  renewals: number
  unpriced: number
}

export interface Forecast {
  from: number
  /** The months covered, `YYYY-MM` in the user's time zone; the first one from `from` on. */
  months: string[]
  /** Auto-renew charges. */
  autoRenew: Amount
  /** Keeping every domain. */
  keepAll: Amount
  /**
   * By month. `expiring` counts the domains whose expiry date falls in the month (whatever their
   * state), exactly what the calendar's agenda of that month counts; the amounts are renewals.
   */
  byMonth: Array<{ month: string; expiring: number; autoRenew: Amount; keepAll: Amount }>
  byTld: Array<{ tld: string; autoRenew: Amount; keepAll: Amount; priced: boolean }>
  unpricedTlds: string[]
}

const empty = (): Amount => ({ cents: 0, renewals: 0, unpriced: 0 })

function add(amount: Amount, cents: number | null): void {
  amount.renewals++
  if (cents === null) amount.unpriced++
  else amount.cents += cents
}

/**
 * Every renewal of `domains` in [from, to), soonest first. Expired domains renew at `from`, then
 * yearly.
 */
export function renewalsInWindow(
  domains: readonly ForecastDomain[],
  prices: readonly TldPriceCents[],
  from: number,
  to: number,
): Renewal[] {
  const out: Renewal[] = []
  forEachRenewal(domains, prices, from, to, (r) => out.push(r))
  return out.sort((a, b) => a.at - b.at)
}

/** Visits every renewal of `domains` in [from, to), in no particular order. */
function forEachRenewal(
  domains: readonly ForecastDomain[],
  prices: readonly TldPriceCents[],
  from: number,
  to: number,
  visit: (renewal: Renewal) => void,
): void {
  // A name's pricing TLD depends only on what follows its first label, and a portfolio has few
  // of those: looking each up once keeps 100,000 domains from scanning the price table each.
  const byRest = new Map<string, { tld: string; cents: number | null }>()
  for (const d of domains) {
    const rest = d.name.slice(d.name.indexOf('.') + 1).toLowerCase()
    let priced = byRest.get(rest)
    if (!priced) {
      const tld = pricingTld(prices, d.name)
      priced = { tld, cents: renewalEstimateCents(prices, tld) }
      byRest.set(rest, priced)
    }
    const { tld, cents } = priced
    const dates =
      d.status === 'expired' ? anniversaries(from, from, to) : anniversaries(d.expiresAt, from, to)
    for (const at of dates)
      visit({ name: d.name, tld, at, autoRenew: d.autoRenew && d.status !== 'expired', cents })
  }
}

/** The forecast for `months` months from `from`, bucketed in `timeZone`. */
export function forecast(
  domains: readonly ForecastDomain[],
  prices: readonly TldPriceCents[],
  options: { from: number; months: number; timeZone: string },
): Forecast {
  const months = monthKeys(options.from, options.months, options.timeZone)
  // Generous on purpose: the window is the month buckets themselves (this month, from now, and
  // the next months - 1 whole months, in the user's time zone); renewals outside are skipped.
  const windowEnd = options.from + (options.months + 1) * 31 * 86_400_000
  const result: Forecast = {
    from: options.from,
    months,
    autoRenew: empty(),
    keepAll: empty(),
    byMonth: [],
    byTld: [],
    unpricedTlds: [],
  }
  const monthMap = new Map(
    months.map((m) => [m, { month: m, expiring: 0, autoRenew: empty(), keepAll: empty() }]),
  )
  for (const d of domains) {
    const bucket = monthMap.get(localMonth(d.expiresAt, options.timeZone))
    if (bucket) bucket.expiring++
  }
  const tldMap = new Map<
    string,
    { tld: string; autoRenew: Amount; keepAll: Amount; priced: boolean }
  >()
  // Sums do not depend on the order: the renewals are not sorted (or kept) here.
  forEachRenewal(domains, prices, options.from, windowEnd, (r) => {
    const bucket = monthMap.get(localMonth(r.at, options.timeZone))
    if (!bucket) return
    const tld = tldMap.get(r.tld) ?? {
      tld: r.tld,
      autoRenew: empty(),
      keepAll: empty(),
      priced: r.cents !== null,
    }
    tldMap.set(r.tld, tld)
    add(result.keepAll, r.cents)
    add(bucket.keepAll, r.cents)
    add(tld.keepAll, r.cents)
    if (r.autoRenew) {
      add(result.autoRenew, r.cents)
      add(bucket.autoRenew, r.cents)
      add(tld.autoRenew, r.cents)
    }
  })
  result.byMonth = [...monthMap.values()]
  result.byTld = [...tldMap.values()].sort(
    (a, b) => b.keepAll.cents - a.keepAll.cents || a.tld.localeCompare(b.tld),
  )
  result.unpricedTlds = result.byTld.filter((t) => !t.priced).map((t) => t.tld)
  return result
}
