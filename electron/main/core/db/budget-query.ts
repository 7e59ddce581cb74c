/**
 * The cache reads behind renewal budgets: the auto-renewing domains that can renew before a
 * date (the only ones a budget's lapse list and its notification weigh), and a cheap stamp that
 * changes whenever the account's domains do, so that a computed list can be reused between pages.
 */
import type { ForecastDomain } from '../../../shared/pricing/forecast'
import { row, rows, type Db } from './sqlite'

/** An auto-renewing domain, as the forecast needs it plus what a link to it needs. */
export interface BudgetDomain extends ForecastDomain {
  id: number
  unicodeName: string
}

/**
 * Domains with auto-renew on, not expired, whose expiry is before `to` (epoch ms): a renewal is
 * always on or after the expiry, so no other domain can renew before `to`.
 */
export function autoRenewingBefore(db: Db, accountId: string, to: number): BudgetDomain[] {
  return rows<{
    id: number
    name: string
    unicode_name: string
    expires_at: number
    status: ForecastDomain['status']
  }>(
    db,
    `SELECT id, name, unicode_name, expires_at, status FROM domains
     WHERE account_id = ? AND removed_at IS NULL AND auto_renew = 1 AND status <> 'expired'
       AND expires_at < ?`,
    accountId,
    to,
  ).map((d) => ({
    id: d.id,
    name: d.name,
    unicodeName: d.unicode_name,
    expiresAt: d.expires_at,
    autoRenew: true,
    status: d.status,
  }))
}

/** Changes when any of the account's domains is added, removed or changed. */
export function domainsStamp(db: Db, accountId: string): string {
  const r = row<{ n: number; updated: string | null; renewing: number | null }>(
    db,
    `SELECT count(*) AS n, max(updated_at) AS updated, sum(auto_renew) AS renewing FROM domains
     WHERE account_id = ? AND removed_at IS NULL`,
    accountId,
  )
  return `${r?.n ?? 0}|${r?.updated ?? ''}|${r?.renewing ?? 0}`
}
