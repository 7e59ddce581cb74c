/**
 * Armenian dates and times in the Armenian order, day.month.year with a 24-hour clock
 * ("29.11.2026, 15:07"), built from the parts of an en-US formatter rather than asked of Intl for
 * `hy`: Chromium builds without Armenian locale data (Debian's, for one) answer "11/29/2026,
 * 03:07 PM" for `hy-AM`, while en-US data is in every build.
 */

/** What to show: the app's date-time formats (see i18n/index.ts). */
export type DateKind = 'date' | 'dateTime' | 'time' | 'month'

const formatters = new Map<string, Intl.DateTimeFormat>()

function partsOf(at: Date, timeZone: string | undefined): Record<string, string> {
  const key = timeZone ?? ''
  let format = formatters.get(key)
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone,
    })
    formatters.set(key, format)
  }
  return Object.fromEntries(format.formatToParts(at).map((p) => [p.type, p.value]))
}

/** `at` as Armenian reads it, in `timeZone` (the user's own when not given). */
export function armenianDate(at: Date, kind: DateKind, timeZone?: string): string {
  const p = partsOf(at, timeZone)
  const date = `${p.day}.${p.month}.${p.year}`
  const time = `${p.hour}:${p.minute}`
  switch (kind) {
    case 'date':
      return date
    case 'time':
      return time
    case 'month':
      return `${p.month}.${p.year}`
    case 'dateTime':
      return `${date}, ${time}`
  }
}
