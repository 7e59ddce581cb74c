/**
 * The cache reads behind the renewal calendar and the forecast: the account's domains by expiry,
 * in the few columns those views use.
 */
import type { CalendarEntry } from '../../../shared/ipc/models'
import type { ForecastDomain } from '../../../shared/pricing/forecast'
import { rows, type Db } from './sqlite'

/** A domain as the calendar lists it. */
export interface ExpiringDomain {
  id: number
  name: string
  unicodeName: string
  status: CalendarEntry['status']
  expiresAt: number
  autoRenew: boolean
}

/** Domains expiring in [from, to) (epoch ms), soonest first, then by name. */
export function domainsExpiringBetween(
  db: Db,
  accountId: string,
  from: number,
  to: number,
): ExpiringDomain[] {
  return rows<{
    id: number
    name: string
    unicode_name: string
    status: CalendarEntry['status']
    expires_at: number
    auto_renew: number
  }>(
    db,
    `SELECT id, name, unicode_name, status, expires_at, auto_renew FROM domains
     WHERE account_id = ? AND removed_at IS NULL AND expires_at >= ? AND expires_at < ?
     ORDER BY expires_at, name`,
    accountId,
    from,
    to,
  ).map((r) => ({
    id: r.id,
    name: r.name,
    unicodeName: r.unicode_name,
    status: r.status,
    expiresAt: r.expires_at,
    autoRenew: r.auto_renew === 1,
  }))
}

/** Every domain of the account, as the forecast needs it. */
export function forecastDomains(db: Db, accountId: string): ForecastDomain[] {
  return rows<{
    name: string
    expires_at: number
    auto_renew: number
    status: ForecastDomain['status']
  }>(
    db,
    'SELECT name, expires_at, auto_renew, status FROM domains WHERE account_id = ? AND removed_at IS NULL',
    accountId,
  ).map((d) => ({
    name: d.name,
    expiresAt: d.expires_at,
    autoRenew: d.auto_renew === 1,
    status: d.status,
  }))
}
