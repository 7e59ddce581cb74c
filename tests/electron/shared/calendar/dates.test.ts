import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  addYearsClamped,
  anniversaries,
  daysInMonth,
  localDay,
  localMonth,
  monthKeys,
} from '../../../../electron/shared/calendar/dates'

const utc = (s: string) => Date.parse(s)

describe('calendar dates', () => {
  it('puts an instant on its local day and month in a time zone', () => {
    const newYearUtc = utc('2027-01-01T02:00:00Z')
    expect(localDay(newYearUtc, 'UTC')).toBe('2027-01-01')
    expect(localDay(newYearUtc, 'America/New_York')).toBe('2026-12-31')
    expect(localMonth(newYearUtc, 'America/New_York')).toBe('2026-12')
    expect(localDay(utc('2026-12-31T21:30:00Z'), 'Asia/Yerevan')).toBe('2027-01-01')
  })

  it('moves Feb 29 to Feb 28 in years without it, and back in leap years', () => {
    expect(new Date(addYearsClamped(utc('2024-02-29T10:00:00Z'), 1)).toISOString()).toBe(
      '2025-02-28T10:00:00.000Z',
    )
    expect(
      anniversaries(
        utc('2024-02-29T10:00:00Z'),
        utc('2025-01-01T00:00:00Z'),
        utc('2029-01-01T00:00:00Z'),
      ).map((t) => new Date(t).toISOString().slice(0, 10)),
    ).toEqual(['2025-02-28', '2026-02-28', '2027-02-28', '2028-02-29'])
  })

  it('keeps month ends and includes the first day but not the last', () => {
    const jan31 = utc('2026-01-31T23:59:59Z')
    expect(anniversaries(jan31, jan31, utc('2028-01-31T23:59:59Z'))).toEqual([
      jan31,
      utc('2027-01-31T23:59:59Z'),
    ])
  })

  it('lists month keys across a year end', () => {
    expect(monthKeys(utc('2026-11-29T12:00:00Z'), 4, 'UTC')).toEqual([
      '2026-11',
      '2026-12',
      '2027-01',
      '2027-02',
    ])
    expect(monthKeys(utc('2026-12-01T03:00:00Z'), 2, 'America/Los_Angeles')).toEqual([
      '2026-11',
      '2026-12',
    ])
  })

  it('finds exactly one anniversary per year in any window of whole years', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2040-01-01'), noInvalidDate: true }),
        fc.date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }),
        fc.integer({ min: 1, max: 5 }),
        (first, start, years) => {
          const from = start.getTime()
          const to = addYearsClamped(from, years)
          const found = anniversaries(first.getTime(), from, to)
          expect(found.every((t) => t >= from && t < to)).toBe(true)
          expect(found.length).toBeGreaterThanOrEqual(first.getTime() < from ? years - 1 : 0)
          expect(found.length).toBeLessThanOrEqual(years + 1)
        },
      ),
    )
  })
})

describe('daysInMonth', () => {
  it('knows leap years, the century rule and every month length', () => {
    expect(daysInMonth('2024-02')).toBe(29)
    expect(daysInMonth('2023-02')).toBe(28)
    expect(daysInMonth('2000-02')).toBe(29)
    expect(daysInMonth('2100-02')).toBe(28)
    expect(['01', '04', '12'].map((m) => daysInMonth(`2026-${m}`))).toEqual([31, 30, 31])
  })
})
