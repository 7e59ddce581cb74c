/**
 * The agenda's shape: expirations grouped by local day in date order, and the totals of a period
 * (how many expire, how many lapse, what auto-renew will charge). A renewal without a price is
 * counted apart and never as zero.
 */
import type { CalendarEntry } from '@shared/ipc/models'
import { bucketByDay } from './calendar-dates'

/** One day of the agenda. */
export interface AgendaDay {
  day: string
  entries: CalendarEntry[]
}

/** What a period holds. */
export interface PeriodTotals {
  /** Every expiration in the period. */
  count: number
  /** Auto-renew is off: the domain lapses unless renewed by hand. */
  lapse: number
  /** Auto-renew is on. */
  renew: number
  /** What the renewing ones will cost, for those with a price. */
  renewCents: number
  /** Renewing ones whose TLD has no price (not in `renewCents`). */
  unpriced: number
}

/** Days with expirations, in date order, each day's soonest first. */
export function agendaDays(entries: readonly CalendarEntry[], timeZone: string): AgendaDay[] {
  return [...bucketByDay(entries, timeZone)]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([day, list]) => ({ day, entries: list }))
}

/** The totals of a period's expirations. */
export function totalsOf(entries: readonly CalendarEntry[]): PeriodTotals {
  const totals: PeriodTotals = { count: 0, lapse: 0, renew: 0, renewCents: 0, unpriced: 0 }
  for (const e of entries) {
    totals.count++
    if (e.risk === 'lapse') totals.lapse++
    if (e.risk !== 'renew') continue
    totals.renew++
    if (e.renewalCents === null) totals.unpriced++
    else totals.renewCents += e.renewalCents
  }
  return totals
}
