/**
 * Planning views over the cache: the renewal calendar (expirations in a range, each with its
 * risk and renewal estimate), the renewal forecast (shared engine, electron/shared/pricing), and
 * the charges VPS.org reported beside their estimates.
 */
import type { CalendarEntry, ChargeRecord } from '../../shared/ipc/models'
import { forecast, type Forecast, type ForecastDomain } from '../../shared/pricing/forecast'
import { pricingTld, renewalEstimateCents } from '../../shared/pricing/estimate'
import type { Cache } from '../core/db/cache'
import { rows } from '../core/db/sqlite'

interface CalendarRecord {
  id: number
  name: string
  unicode_name: string
  status: CalendarEntry['status']
  expires_at: number
  auto_renew: number
}

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
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Domains expiring in [from, to), soonest first. */
  calendar(accountId: string, range: { from: string; to: string }): CalendarEntry[] {
    const prices = this.cache.prices.all()
    const now = this.now().getTime()
    return rows<CalendarRecord>(
      this.cache.db,
      `SELECT id, name, unicode_name, status, expires_at, auto_renew FROM domains
       WHERE account_id = ? AND removed_at IS NULL AND expires_at >= ? AND expires_at < ? ORDER BY expires_at, name`,
      accountId,
      Date.parse(range.from),
      Date.parse(range.to),
    ).map((r) => {
      const autoRenew = r.auto_renew === 1
      return {
        id: r.id,
        name: r.name,
        unicodeName: r.unicode_name,
        status: r.status,
        expiresAt: new Date(r.expires_at).toISOString(),
        autoRenew,
        risk: riskOf({ status: r.status, autoRenew, expiresAt: r.expires_at }, now),
        renewalCents: renewalEstimateCents(prices, pricingTld(prices, r.name)),
      }
    })
  }

  /** The renewal forecast for the next `months` months, by month in `timeZone` and by TLD. */
  forecast(accountId: string, months: number, timeZone: string): Forecast {
    const domains = rows<{
      name: string
      expires_at: number
      auto_renew: number
      status: ForecastDomain['status']
    }>(
      this.cache.db,
      'SELECT name, expires_at, auto_renew, status FROM domains WHERE account_id = ? AND removed_at IS NULL',
      accountId,
    ).map((d) => ({
      name: d.name,
      expiresAt: d.expires_at,
      autoRenew: d.auto_renew === 1,
      status: d.status,
    }))
    return forecast(domains, this.cache.prices.all(), {
      from: this.now().getTime(),
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
