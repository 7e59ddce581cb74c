/**
 * Planning views over the cache: the renewal calendar (expirations in a range, each with its
 * risk and renewal estimate), the renewal forecast (shared engine, electron/shared/pricing), and
 * the charges VPS.org reported beside their estimates.
 */
import type { CalendarEntry, ChargeRecord } from '../../shared/ipc/models'
import { forecast, type Forecast } from '../../shared/pricing/forecast'
import { pricingTld, renewalEstimateCents } from '../../shared/pricing/estimate'
import type { Cache } from '../core/db/cache'
import { domainsExpiringBetween, forecastDomains } from '../core/db/planning-query'
import type { Clock } from '../core/clock'

/** What a domain's expiry means: it renews, it lapses, it already expired, or it is pending. */
export function riskOf(
  d: { status: string; autoRenew: boolean; expiresAt: number },
  now: number,
): CalendarEntry['risk'] {
  if (d.status === 'pending') return 'pending'
  if (d.status === 'expired' || d.expiresAt < now) return 'expired'
  return d.autoRenew ? 'renew' : 'lapse'
}

/** Calendar, forecast and charges for an account. */
export class PlanningService {
  constructor(
    private readonly cache: Cache,
    private readonly clock: Clock,
  ) {}

  /** Domains expiring in [from, to), soonest first. */
  calendar(accountId: string, range: { from: string; to: string }): CalendarEntry[] {
    const prices = this.cache.prices.all()
    const now = this.clock.now().getTime()
    return domainsExpiringBetween(
      this.cache.db,
      accountId,
      Date.parse(range.from),
      Date.parse(range.to),
    ).map((d) => ({
      ...d,
      expiresAt: new Date(d.expiresAt).toISOString(),
      risk: riskOf(d, now),
      renewalCents: renewalEstimateCents(prices, pricingTld(prices, d.name)),
    }))
  }

  /** The renewal forecast for the next `months` months, by month in `timeZone` and by TLD. */
  forecast(accountId: string, months: number, timeZone: string): Forecast {
    const domains = forecastDomains(this.cache.db, accountId)
    return forecast(domains, this.cache.prices.all(), {
      from: this.clock.now().getTime(),
      months,
      timeZone,
    })
  }

  /** Every registration and transfer the app made, with the estimate and what was charged. */
  charges(accountId: string): ChargeRecord[] {
    const registrations = this.cache.intents
      .forAccount(accountId, 1000)
      .filter((i) => i.state === 'succeeded')
      .map((i) => ({
        kind: 'registration' as const,
        domainName: i.domainName,
        unicodeName: i.unicodeName,
        at: i.createdAt,
        years: i.years,
        estimateCents: i.estimateCents,
        chargedCents: i.totalCostCents,
      }))
    const transfers = this.cache.transfers
      .forAccount(accountId)
      .filter((t) => t.state === 'pending' || t.state === 'completed')
      .map((t) => ({
        kind: 'transfer' as const,
        domainName: t.domainName,
        unicodeName: t.domainName,
        at: t.initiatedAt ?? '',
        years: 1,
        estimateCents: t.feeEstimateCents,
        chargedCents: t.chargedCents,
      }))
    return [...registrations, ...transfers].sort((a, b) => b.at.localeCompare(a.at))
  }
}
