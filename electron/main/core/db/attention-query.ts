/**
 * How many things in the cache need the user: the number the tray shows while the window is
 * closed. The same notions the notifications and the transfers page use:
 *
 * - domains expired (by status or date), or expiring within the notification window with
 *   auto-renew off (those with auto-renew on renew by themselves);
 * - transfers whose outcome is unknown (the transfers page asks the user), overdue open ones, and
 *   failed ones in the last 30 days that no later transfer of the domain replaced;
 * - registrations whose outcome is unknown (a payment that may have gone through).
 */
import { endOfDayAfter } from '../calendar-days'
import type { Db } from './sqlite'
import { scalar } from './sqlite'

const DAY = 86_400_000
/** How long a failed transfer keeps asking for attention. */
export const FAILED_TRANSFER_DAYS = 30

/** What needs attention in one account, by kind. */
export interface AttentionCount {
  domains: number
  transfers: number
  registrations: number
}

/** Counts what needs attention in an account at `now` (ms). */
export function attentionCount(
  db: Db,
  accountId: string,
  now: number,
  expiringWithinDays: number,
): AttentionCount {
  const domains =
    scalar<number>(
      db,
      `SELECT count(*) FROM domains WHERE account_id = ? AND removed_at IS NULL
         AND (status = 'expired' OR expires_at < ? OR (auto_renew = 0 AND expires_at < ?))`,
      accountId,
      now,
      endOfDayAfter(now, expiringWithinDays),
    ) ?? 0
  const transfers =
    scalar<number>(
      db,
      `SELECT count(*) FROM transfers t WHERE t.account_id = ? AND (
         t.state = 'unknown'
         OR (t.state IN ('pending', 'sending') AND t.estimated_completion IS NOT NULL
             AND t.estimated_completion < ?)
         OR (t.state = 'failed' AND t.created_at >= ? AND NOT EXISTS (
               SELECT 1 FROM transfers later WHERE later.account_id = t.account_id
                 AND later.domain_id = t.domain_id AND later.id > t.id)))`,
      accountId,
      new Date(now).toISOString(),
      new Date(now - FAILED_TRANSFER_DAYS * DAY).toISOString(),
    ) ?? 0
  const registrations =
    scalar<number>(
      db,
      "SELECT count(*) FROM registration_intents WHERE account_id = ? AND state = 'unknown'",
      accountId,
    ) ?? 0
  return { domains, transfers, registrations }
}
