/**
 * Days as the user counts them: calendar days in the computer's time zone (the one the window
 * shows dates in), not 24-hour periods from now. "Expires in 30 days" beside a date, the
 * "expiring within 30 days" filter, the tray's count and the expiring notification all count
 * this way, so a domain the label puts inside a window is inside it everywhere.
 *
 * `shared/calendar/dates.ts` does the same for a time zone the window names (the calendar, the
 * Overview, exports), through Intl. The portfolio's queries are not told one, so these use the
 * computer's own zone, which is the window's: Date's local getters, cheap enough for every row
 * of every page.
 */

const DAY = 86_400_000

/** The local calendar day of `at` as a whole number (days since 1970-01-01); DST has no say. */
function localDay(at: number): number {
  const date = new Date(at)
  return Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) / DAY
}

/**
 * Calendar days from today to the day `expiresAt` falls on, negative once that day is past.
 * Whole 24-hour periods would call an expiry at 00:30 tomorrow "today" an hour before midnight,
 * under a date that says tomorrow.
 */
export function daysLeft(expiresAt: number, now: number): number {
  return localDay(expiresAt) - localDay(now)
}

/**
 * The instant the local day `days` after today ends (its next midnight, however long DST makes
 * the days between): an expiry before it is at most `days` calendar days away.
 */
export function endOfDayAfter(now: number, days: number): number {
  const date = new Date(now)
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + days + 1).getTime()
}
