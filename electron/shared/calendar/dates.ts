/**
 * Calendar arithmetic that is easy to get wrong: yearly anniversaries (a Feb 29 expiry falls on
 * Feb 28 in other years, as registries bill it) and the local calendar day or month of an instant
 * in a given IANA time zone (an expiry at 02:00 UTC on Jan 1 is Dec 31 in New York). No Node APIs.
 */

const formatters = new Map<string, Intl.DateTimeFormat>()

/** `YYYY-MM-DD` of an instant in a time zone. */
export function localDay(epochMs: number, timeZone: string): string {
  let format = formatters.get(timeZone)
  if (!format) {
    // Building a formatter is costly; forecasts call this for every renewal.
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    })
    formatters.set(timeZone, format)
  }
  const parts = format.formatToParts(epochMs)
  const get = (type: string) => parts.find((p) => p.type === type)!.value
  return `${get('year')}-${get('month')}-${get('day')}`
}

/** `YYYY-MM` of an instant in a time zone. */
export function localMonth(epochMs: number, timeZone: string): string {
  return localDay(epochMs, timeZone).slice(0, 7)
}

/** How many days `month` (`YYYY-MM`) has: 29 for February in a leap year. */
export function daysInMonth(month: string): number {
  const [y, m] = month.split('-').map(Number) as [number, number]
  // Day 0 of the next month is the last day of this one.
  return new Date(Date.UTC(y, m, 0)).getUTCDate()
}

/** The same instant `years` later (UTC), clamping Feb 29 to Feb 28 in years without it. */
export function addYearsClamped(epochMs: number, years: number): number {
  const d = new Date(epochMs)
  const year = d.getUTCFullYear() + years
  const month = d.getUTCMonth()
  const key = `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}`
  const day = Math.min(d.getUTCDate(), daysInMonth(key))
  return Date.UTC(
    year,
    month,
    day,
    d.getUTCHours(),
    d.getUTCMinutes(),
    d.getUTCSeconds(),
    d.getUTCMilliseconds(),
  )
}

/**
 * Every yearly anniversary of `first` (itself included) in [from, to). An `first` before `from`
 * is rolled forward; the anniversaries are counted from `first`, so Feb 29 stays Feb 29 in leap
 * years.
 */
export function anniversaries(first: number, from: number, to: number): number[] {
  const out: number[] = []
  let k = 0
  if (first < from) {
    k = Math.max(0, new Date(from).getUTCFullYear() - new Date(first).getUTCFullYear() - 1)
    while (addYearsClamped(first, k) < from) k++
  }
  for (let at = addYearsClamped(first, k); at < to; at = addYearsClamped(first, ++k)) out.push(at)
  return out
}

/** `YYYY-MM` keys of the `count` months starting with the month of `from` in `timeZone`. */
export function monthKeys(from: number, count: number, timeZone: string): string[] {
  const [y, m] = localMonth(from, timeZone).split('-').map(Number) as [number, number]
  return Array.from({ length: count }, (_, i) => {
    const month = (m - 1 + i) % 12
    const year = y + Math.floor((m - 1 + i) / 12)
    return `${year}-${String(month + 1).padStart(2, '0')}`
  })
}

/**
 * The first instant of a local calendar day (`YYYY-MM-DD`) in a time zone, as epoch ms: the UTC
 * midnight shifted by the zone's offset, checked again in case the shift crossed a DST change.
 */
export function localMidnight(day: string, timeZone: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number]
  const utc = Date.UTC(y, m - 1, d)
  let at = utc
  for (let i = 0; i < 2; i++) {
    const wall = localWallClock(at, timeZone)
    at -= wall - utc
  }
  return at
}

/** The wall-clock time of an instant in a time zone, read as if it were UTC. */
function localWallClock(epochMs: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(epochMs)
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value)
  return Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  )
}
