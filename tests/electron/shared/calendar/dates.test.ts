import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  addYearsClamped,
  anniversaries,
  daysInMonth,
  exactLocalDay,
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

  // Zones with DST at 02:00 and at midnight (Santiago, Havana), half-hour DST (Lord Howe),
  // offsets of :30 and :45, a zone that skipped a whole day (Apia, 2011), and none at all.
  const ZONES = [
    'UTC',
    'Asia/Yerevan',
    'America/New_York',
    'Europe/Paris',
    'America/Santiago',
    'America/Havana',
    'Australia/Lord_Howe',
    'America/St_Johns',
    'Asia/Kathmandu',
    'Pacific/Chatham',
    'Pacific/Apia',
    'Asia/Gaza',
  ]

  it('gives the day the time zone rules give, every 15 minutes around every transition', () => {
    for (const zone of ZONES) {
      // Each quarter hour of 2011 (Apia's skipped day) and of 2026–2027, every transition in it.
      for (const year of [2011, 2026, 2027]) {
        const from = Date.UTC(year, 0, 1)
        const to = Date.UTC(year + 1, 0, 1)
        for (let t = from; t < to; t += 15 * 60_000) {
          if (localDay(t, zone) !== exactLocalDay(t, zone))
            expect(`${zone} ${new Date(t).toISOString()}: ${localDay(t, zone)}`).toBe(
              `${zone} ${new Date(t).toISOString()}: ${exactLocalDay(t, zone)}`,
            )
        }
      }
    }
  })

  it('gives the day the time zone rules give, at any millisecond from 1970 to 2200', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: Date.UTC(2200, 0, 1) }),
        fc.constantFrom(...ZONES),
        (t, zone) => localDay(t, zone) === exactLocalDay(t, zone),
      ),
      { numRuns: 20_000 },
    )
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
