/**
 * The cache reads behind the Overview page, each one set-based statement so that the whole page
 * stays within a few tens of milliseconds at 100,000 domains:
 *
 * - counts of what needs attention, through the portfolio's own quick-filter WHERE clause, so a
 *   count and the filtered portfolio its link opens can never disagree;
 * - the portfolio by status, TLD suffix, registrar and DNS host in one GROUP BY;
 * - renewals by month: domains grouped by month bucket (boundaries given by the caller, in the
 *   user's time zone), TLD suffix and auto-renew, for the caller to price;
 * - what was charged since a date.
 */
import type { QuickFilter } from '../../../shared/ipc/models'
import { indexedBy } from './deferred-indexes'
import { whereClause } from './portfolio-query'
import { rows, scalar, type Db } from './sqlite'

/** The part of a name after its first label (`co.uk` of `shop.co.uk`): all pricing needs. */
const SUFFIX = "substr(d.name, instr(d.name, '.') + 1)"

/** How many live domains of the account the portfolio shows with these quick filters on. */
export function quickFilterCount(
  db: Db,
  accountId: string,
  quick: QuickFilter[],
  now: number,
): number {
  const where = whereClause(db, accountId, { quick, offset: 0, limit: 1 }, now)
  return scalar<number>(db, `SELECT count(*) FROM domains d WHERE ${where.sql}`, ...where.params)!
}

/** Open transfers past their estimated completion (as the transfers page flags them overdue). */
export function overdueTransferCount(db: Db, accountId: string, now: number): number {
  return (
    scalar<number>(
      db,
      `SELECT count(*) FROM transfers WHERE account_id = ? AND state IN ('pending', 'sending')
         AND estimated_completion IS NOT NULL AND estimated_completion < ?`,
      accountId,
      new Date(now).toISOString(),
    ) ?? 0
  )
}

/** One group of live domains: the same status, suffix, registrar and DNS host. */
export interface DomainGroup {
  status: string
  suffix: string
  registrar: string | null
  dns: string
  count: number
}

/** The account's live domains counted by status, suffix, registrar and DNS host at once. */
export function domainGroups(db: Db, accountId: string): DomainGroup[] {
  return rows<DomainGroup>(
    db,
    `SELECT d.status AS status, ${SUFFIX} AS suffix, d.registrar AS registrar,
            d.dns_managed_by AS dns, count(*) AS count
       FROM domains d ${indexedBy(db, 'domains_overview')}
      WHERE d.account_id = ? AND d.removed_at IS NULL
      GROUP BY 1, 2, 3, 4`,
    accountId,
  )
}

/** Renewing domains of one month bucket, suffix and auto-renew setting. */
export interface RenewalGroup {
  /** Index into the caller's months. */
  month: number
  suffix: string
  autoRenew: boolean
  count: number
}

/**
 * Live domains grouped by the month their renewal falls in. `bounds` are the months' start
 * instants and, last, the window's end (epoch ms); the first month starts at `bounds[0]` (now).
 * As the costs page's forecast has it: an expired domain renews at once (month 0), any other
 * renews at its expiry. Domains whose expiry is already past without being expired are left
 * out here: `pastExpiryNotExpired` gives them, for their next anniversary.
 */
export function renewalGroups(db: Db, accountId: string, bounds: number[]): RenewalGroup[] {
  const end = bounds[bounds.length - 1]!
  const cases = bounds
    .slice(1, -1)
    .map((_, i) => `WHEN d.expires_at < ? THEN ${i}`)
    .join(' ')
  // Two statements rather than one with an OR, which only a scan of every domain can answer:
  // the window is a range of the overview index, the expired ones a look-up by status (which
  // the planner, without statistics, would otherwise answer by walking the overview index).
  const inWindow = rows<{ month: number; suffix: string; auto_renew: number; count: number }>(
    db,
    `SELECT CASE ${cases} ELSE ${bounds.length - 2} END AS month,
            ${SUFFIX} AS suffix, d.auto_renew AS auto_renew, count(*) AS count
       FROM domains d
      WHERE d.account_id = ? AND d.removed_at IS NULL
        AND d.expires_at >= ? AND d.expires_at < ? AND d.status <> 'expired'
      GROUP BY 1, 2, 3`,
    ...bounds.slice(1, -1),
    accountId,
    bounds[0],
    end,
  )
  const expired = rows<{ suffix: string; count: number }>(
    db,
    `SELECT ${SUFFIX} AS suffix, count(*) AS count
       FROM domains d ${indexedBy(db, 'domains_by_status')}
      WHERE d.account_id = ? AND d.status = 'expired' AND d.removed_at IS NULL
      GROUP BY 1`,
    accountId,
  )
  return [
    ...inWindow.map((r) => ({
      month: r.month,
      suffix: r.suffix,
      autoRenew: r.auto_renew === 1,
      count: r.count,
    })),
    ...expired.map((r) => ({ month: 0, suffix: r.suffix, autoRenew: false, count: r.count })),
  ]
}

/** Live domains not marked expired whose expiry is already before `from` (a grace period). */
export function pastExpiryNotExpired(
  db: Db,
  accountId: string,
  from: number,
): Array<{ name: string; expiresAt: number; autoRenew: boolean }> {
  return rows<{ name: string; expires_at: number; auto_renew: number }>(
    db,
    `SELECT name, expires_at, auto_renew FROM domains
      WHERE account_id = ? AND expires_at < ? AND removed_at IS NULL AND status <> 'expired'`,
    accountId,
    from,
  ).map((r) => ({ name: r.name, expiresAt: r.expires_at, autoRenew: r.auto_renew === 1 }))
}

/** What VPS.org charged the account from `since` (ISO-8601) on: the sum and how many charges. */
export function chargedSince(
  db: Db,
  accountId: string,
  since: string,
): { cents: number; charges: number } {
  const found = rows<{ cents: number; charges: number }>(
    db,
    `SELECT coalesce(sum(charged_cents), 0) AS cents, count(*) AS charges
       FROM charges WHERE account_id = ? AND at >= ?`,
    accountId,
    since,
  )[0]!
  return { cents: found.cents, charges: found.charges }
}
