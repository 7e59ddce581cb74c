/**
 * Month-grid arithmetic on local calendar days. Days are `YYYY-MM-DD` and months `YYYY-MM` keys in
 * the user's time zone, and the arithmetic on them runs in UTC, where every day is 24 hours long:
 * daylight-saving changes can never skip or repeat a cell. An expiry instant becomes a day only
 * through the shared `localDay`, the same function main uses for the forecast and the .ics file.
 */
import { daysInMonth, localDay } from '@shared/calendar/dates'
import type { CalendarEntry } from '@shared/ipc/models'

export const DAY_MS = 86_400_000

function ymd(day: string): [number, number, number] {
  return day.split('-').map(Number) as [number, number, number]
}

function utcDay(day: string): number {
  const [y, m, d] = ymd(day)
  return Date.UTC(y, m - 1, d)
}

/** The day `n` days after `day` (before it when `n` is negative). */
export function addDays(day: string, n: number): string {
  return new Date(utcDay(day) + n * DAY_MS).toISOString().slice(0, 10)
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcDay(to) - utcDay(from)) / DAY_MS)
}

/**
 * A day's place in its week, 0 … 6, for weeks starting on `weekStart` (an ISO weekday, Monday = 1
 * … Sunday = 7; Monday by default).
 */
export function weekdayIndex(day: string, weekStart = 1): number {
  return (new Date(utcDay(day)).getUTCDay() - (weekStart % 7) + 7) % 7
}

/** The month `delta` months after `month`, across year ends. */
export function shiftMonth(month: string, delta: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number]
  const index = y * 12 + (m - 1) + delta
  const year = Math.floor(index / 12)
  return `${year}-${String(index - year * 12 + 1).padStart(2, '0')}`
}

export { daysInMonth } from '@shared/calendar/dates'

/** The month a day belongs to. */
export function monthOf(day: string): string {
  return day.slice(0, 7)
}

/**
 * The rows of a month's grid: weeks of seven days starting on `weekStart` (ISO, Monday = 1 by
 * default), from the week holding the 1st to
 * the week holding the last day (four to six weeks), with the neighbouring months' days filling
 * the first and last weeks.
 */
export function monthWeeks(month: string, weekStart = 1): string[][] {
  const first = `${month}-01`
  const last = `${month}-${String(daysInMonth(month)).padStart(2, '0')}`
  const start = addDays(first, -weekdayIndex(first, weekStart))
  const count = daysBetween(start, addDays(last, 6 - weekdayIndex(last, weekStart))) + 1
  return Array.from({ length: count / 7 }, (_, w) =>
    Array.from({ length: 7 }, (_, d) => addDays(start, w * 7 + d)),
  )
}

/**
 * The instants to ask main for so that every expiry on the local days `first`..`last` is in the
 * answer whatever the time zone: one day of margin on each side covers every UTC offset (−12 to
 * +14 hours). What falls outside the days is dropped by bucketing, so the margin shows nothing.
 */
export function rangeFor(first: string, last: string): { from: string; to: string } {
  return {
    from: new Date(utcDay(addDays(first, -1))).toISOString(),
    to: new Date(utcDay(addDays(last, 2))).toISOString(),
  }
}

/** The local day an entry expires on, in `timeZone`. */
export function expiryDay(entry: Pick<CalendarEntry, 'expiresAt'>, timeZone: string): string {
  return localDay(Date.parse(entry.expiresAt), timeZone)
}

/** Entries by the local day they expire on, each day's soonest first (then by name). */
export function bucketByDay<E extends Pick<CalendarEntry, 'expiresAt' | 'name'>>(
  entries: readonly E[],
  timeZone: string,
): Map<string, E[]> {
  const sorted = [...entries].sort(
    (a, b) => Date.parse(a.expiresAt) - Date.parse(b.expiresAt) || a.name.localeCompare(b.name),
  )
  const days = new Map<string, E[]>()
  for (const entry of sorted) {
    const day = expiryDay(entry, timeZone)
    const list = days.get(day)
    if (list) list.push(entry)
    else days.set(day, [entry])
  }
  return days
}

/** The time zone the OS is set to (what the user reads dates in). */
export function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'
}
