import { describe, expect, it } from 'vitest'
import { localDay } from '@shared/calendar/dates'
import {
  addDays,
  bucketByDay,
  daysBetween,
  daysInMonth,
  monthWeeks,
  rangeFor,
  shiftMonth,
  weekdayIndex,
} from '@/lib/calendar/calendar-dates'
import { dayForKey } from '@/lib/calendar/grid-keys'
import { entry } from './fixtures'

const YEREVAN = 'Asia/Yerevan'
const LOS_ANGELES = 'America/Los_Angeles'
const UTC = 'UTC'

const days = (map: Map<string, { name: string }[]>) =>
  Object.fromEntries([...map].map(([day, list]) => [day, list.map((e) => e.name)]))

describe('bucketing expiries into local days', () => {
  it('puts an expiry on the local day of its time zone, not the UTC day', () => {
    const e = [entry('2025-01-01T02:00:00Z', { name: 'new-year.com' })]
    expect(days(bucketByDay(e, UTC))).toEqual({ '2025-01-01': ['new-year.com'] })
    expect(days(bucketByDay(e, YEREVAN))).toEqual({ '2025-01-01': ['new-year.com'] })
    // 18:00 on New Year's Eve in California: still the old year.
    expect(days(bucketByDay(e, LOS_ANGELES))).toEqual({ '2024-12-31': ['new-year.com'] })
  })

  it('lands on Feb 29 in a leap year from either side of UTC', () => {
    const e = [
      // Feb 28 21:30 UTC is Feb 29 01:30 in Yerevan (UTC+4).
      entry('2024-02-28T21:30:00Z', { name: 'east.com' }),
      // Mar 1 05:00 UTC is Feb 29 21:00 in Los Angeles (UTC−8).
      entry('2024-03-01T05:00:00Z', { name: 'west.com' }),
      entry('2024-02-29T12:00:00Z', { name: 'noon.com' }),
    ]
    expect(days(bucketByDay(e, YEREVAN))).toEqual({
      '2024-02-29': ['east.com', 'noon.com'],
      '2024-03-01': ['west.com'],
    })
    expect(days(bucketByDay(e, LOS_ANGELES))).toEqual({
      '2024-02-28': ['east.com'],
      '2024-02-29': ['noon.com', 'west.com'],
    })
    expect(days(bucketByDay(e, UTC))).toEqual({
      '2024-02-28': ['east.com'],
      '2024-02-29': ['noon.com'],
      '2024-03-01': ['west.com'],
    })
  })

  it('moves a month-end expiry into the next month east of UTC and keeps it west', () => {
    const e = [entry('2026-03-31T22:00:00Z', { name: 'month-end.com' })]
    expect([...bucketByDay(e, YEREVAN).keys()]).toEqual(['2026-04-01'])
    expect([...bucketByDay(e, LOS_ANGELES).keys()]).toEqual(['2026-03-31'])
    expect([...bucketByDay(e, UTC).keys()]).toEqual(['2026-03-31'])
  })

  it('lists each day soonest first, then by name', () => {
    const e = [
      entry('2026-05-04T15:00:00Z', { name: 'late.com' }),
      entry('2026-05-04T09:00:00Z', { name: 'b.com' }),
      entry('2026-05-04T09:00:00Z', { name: 'a.com' }),
    ]
    expect(days(bucketByDay(e, UTC))).toEqual({ '2026-05-04': ['a.com', 'b.com', 'late.com'] })
  })
})

describe('month grid', () => {
  const first = (weeks: string[][]) => weeks[0]![0]
  const last = (weeks: string[][]) => weeks[weeks.length - 1]![6]

  it('has Monday-first weeks covering a leap February, Feb 29 included', () => {
    const weeks = monthWeeks('2024-02')
    expect(weeks).toHaveLength(5)
    expect(first(weeks)).toBe('2024-01-29')
    expect(last(weeks)).toBe('2024-03-03')
    expect(weeks.flat()).toContain('2024-02-29')
    expect(weeks.every((w) => w.length === 7 && weekdayIndex(w[0]!) === 0)).toBe(true)
    expect(monthWeeks('2023-02').flat()).not.toContain('2023-02-29')
    expect(daysInMonth('2024-02')).toBe(29)
    expect(daysInMonth('2023-02')).toBe(28)
    expect(daysInMonth('2000-02')).toBe(29)
    expect(daysInMonth('1900-02')).toBe(28)
  })

  it('puts a month starting on a Sunday in the last column of a six-week grid', () => {
    const weeks = monthWeeks('2026-03')
    expect(weeks).toHaveLength(6)
    expect(weeks[0]).toEqual([
      '2026-02-23',
      '2026-02-24',
      '2026-02-25',
      '2026-02-26',
      '2026-02-27',
      '2026-02-28',
      '2026-03-01',
    ])
    expect(last(weeks)).toBe('2026-04-05')
  })

  it('needs only four weeks for a 28-day February starting on a Monday', () => {
    const weeks = monthWeeks('2021-02')
    expect(weeks).toHaveLength(4)
    expect([first(weeks), last(weeks)]).toEqual(['2021-02-01', '2021-02-28'])
  })

  it('starts the weeks on Sunday where the week starts on Sunday', () => {
    const weeks = monthWeeks('2024-02', 7)
    expect(weeks).toHaveLength(5)
    expect([first(weeks), last(weeks)]).toEqual(['2024-01-28', '2024-03-02'])
    expect(weekdayIndex('2024-01-28', 7)).toBe(0)
    expect(weekdayIndex('2024-02-03', 7)).toBe(6)
    // March 2026 starts on a Sunday: one week less than with Monday first.
    expect(monthWeeks('2026-03', 7)).toHaveLength(5)
    expect(first(monthWeeks('2026-03', 7))).toBe('2026-03-01')
  })

  it('runs December into January across the year change', () => {
    expect(shiftMonth('2025-12', 1)).toBe('2026-01')
    expect(shiftMonth('2026-01', -1)).toBe('2025-12')
    expect(shiftMonth('2026-03', -27)).toBe('2023-12')
    expect(last(monthWeeks('2025-12'))).toBe('2026-01-04')
    expect(first(monthWeeks('2026-01'))).toBe('2025-12-29')
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01')
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29')
    expect(daysBetween('2025-12-30', '2026-01-02')).toBe(3)
  })

  it('keeps 24-hour days across daylight-saving changes', () => {
    // Los Angeles springs forward on 2026-03-08 and falls back on 2026-11-01.
    expect(addDays('2026-03-07', 1)).toBe('2026-03-08')
    expect(addDays('2026-03-08', 1)).toBe('2026-03-09')
    expect(addDays('2026-11-01', 1)).toBe('2026-11-02')
  })
})

describe('the range asked of main', () => {
  it('has a day of margin on each side of the grid', () => {
    expect(rangeFor('2024-01-29', '2024-03-03')).toEqual({
      from: '2024-01-28T00:00:00.000Z',
      to: '2024-03-05T00:00:00.000Z',
    })
  })

  it('holds every instant of the grid days in the furthest time zones', () => {
    const range = rangeFor('2025-12-29', '2026-02-01')
    const [from, to] = [Date.parse(range.from), Date.parse(range.to)]
    for (const zone of ['Pacific/Kiritimati', 'Etc/GMT+12', YEREVAN, LOS_ANGELES, UTC]) {
      for (let at = from - 3 * 86_400_000; at < to + 3 * 86_400_000; at += 30 * 60_000) {
        const day = localDay(at, zone)
        if (day >= '2025-12-29' && day <= '2026-02-01') {
          expect(at >= from && at < to, `${zone} ${new Date(at).toISOString()}`).toBe(true)
        }
      }
    }
  })
})

describe('grid keys', () => {
  it('moves by a day, a week, to the week ends and by a month', () => {
    expect(dayForKey('ArrowRight', '2025-12-31')).toBe('2026-01-01')
    expect(dayForKey('ArrowLeft', '2024-03-01')).toBe('2024-02-29')
    expect(dayForKey('ArrowDown', '2024-02-26')).toBe('2024-03-04')
    expect(dayForKey('ArrowUp', '2026-01-03')).toBe('2025-12-27')
    expect(dayForKey('Home', '2026-03-01')).toBe('2026-02-23')
    expect(dayForKey('End', '2026-02-23')).toBe('2026-03-01')
    expect(dayForKey('PageDown', '2024-01-31')).toBe('2024-02-29')
    expect(dayForKey('PageUp', '2025-03-31')).toBe('2025-02-28')
    expect(dayForKey('PageDown', '2025-12-15')).toBe('2026-01-15')
    expect(dayForKey('a', '2025-12-15')).toBeNull()
  })

  it('takes Home and End to the ends of a Sunday-first week', () => {
    expect(dayForKey('Home', '2026-03-04', 7)).toBe('2026-03-01')
    expect(dayForKey('End', '2026-03-04', 7)).toBe('2026-03-07')
    expect(dayForKey('Home', '2026-03-01', 7)).toBe('2026-03-01')
    expect(dayForKey('End', '2026-03-07', 7)).toBe('2026-03-07')
  })
})
