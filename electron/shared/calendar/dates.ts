/**
 * Calendar arithmetic that is easy to get wrong: yearly anniversaries (a Feb 29 expiry falls on
 * Feb 28 in other years, as registries bill it) and the local calendar day or month of an instant
 * in a given IANA time zone (an expiry at 02:00 UTC on Jan 1 is Dec 31 in New York). No Node APIs.
 */

const DAY_MS = 86_400_000
const formatters = new Map<string, Intl.DateTimeFormat>()
const clocks = new Map<string, Intl.DateTimeFormat>()
/**
 * Per time zone, per UTC day (days since the epoch): the zone's offset from UTC in ms when it is
 * the same at the day's first and last millisecond, null when it changes that day.
 */
const dayOffsets = new Map<string, Map<number, number | null>>()
/** Days kept per time zone: decades of expiry dates, far fewer than any portfolio's domains. */
const DAYS_KEPT = 50_000

function formatter(
  cache: Map<string, Intl.DateTimeFormat>,
  timeZone: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  let format = cache.get(timeZone)
  if (!format) {
    // Building a formatter is costly: one per time zone.
    format = new Intl.DateTimeFormat('en-CA', { timeZone, ...options })
    cache.set(timeZone, format)
  }
  return format
}

/** `YYYY-MM-DD` of an instant in a time zone, from the zone's rules (Intl) alone. */
export function exactLocalDay(epochMs: number, timeZone: string): string {
  const parts = formatter(formatters, timeZone, {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(epochMs)
  const get = (type: string) => parts.find((p) => p.type === type)!.value
  return `${get('year')}-${get('month')}-${get('day')}`
}

/** The zone's offset from UTC (ms) at an instant: its wall clock read as UTC, minus the instant. */
function offsetAt(epochMs: number, timeZone: string): number {
  const parts = formatter(clocks, timeZone, {
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
    hourCycle: 'h23',
  }).formatToParts(epochMs)
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value)
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'))
  return wall + get('second') * 1000 - (epochMs - (((epochMs % 1000) + 1000) % 1000))
}

/**
 * `YYYY-MM-DD` of an instant in a time zone. Forecasts, the calendar and exports ask this of
 * every domain: Intl's formatToParts costs microseconds a call (most of a 100,000-domain
 * forecast), so the zone's offset is read twice per UTC day (at its first and last millisecond)
 * and the day is arithmetic. A day whose offset changes (a DST or other transition) is answered
 * by Intl, instant by instant. This assumes no zone changes its offset and back within one
 * UTC day, which no rule in the time zone database does.
 */
export function localDay(epochMs: number, timeZone: string): string {
  const day = Math.floor(epochMs / DAY_MS)
  let offsets = dayOffsets.get(timeZone)
  if (!offsets || offsets.size >= DAYS_KEPT) dayOffsets.set(timeZone, (offsets = new Map()))
  let offset = offsets.get(day)
  if (offset === undefined) {
    const first = offsetAt(day * DAY_MS, timeZone)
    offset = first === offsetAt((day + 1) * DAY_MS - 1, timeZone) ? first : null
    offsets.set(day, offset)
  }
  if (offset === null) return exactLocalDay(epochMs, timeZone)
  const local = new Date(epochMs + offset)
  const year = local.getUTCFullYear()
  if (year < 1000 || year > 9999) return exactLocalDay(epochMs, timeZone)
  const month = local.getUTCMonth() + 1
  const date = local.getUTCDate()
  return `${year}-${month < 10 ? '0' : ''}${month}-${date < 10 ? '0' : ''}${date}`
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

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/** Days in a month (0-based) of a Gregorian year, by arithmetic: forecasts ask it per renewal. */
function monthLength(year: number, month: number): number {
  if (month !== 1) return MONTH_DAYS[month]!
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28
}

/** The same instant `years` later (UTC), clamping Feb 29 to Feb 28 in years without it. */
export function addYearsClamped(epochMs: number, years: number): number {
  const d = new Date(epochMs)
  const year = d.getUTCFullYear() + years
  const month = d.getUTCMonth()
  const day = Math.min(d.getUTCDate(), monthLength(year, month))
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
