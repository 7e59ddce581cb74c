import { describe, expect, it } from 'vitest'
import { localDay, localMidnight } from '../../../../electron/shared/calendar/dates'

describe('localMidnight', () => {
  it('is the first instant of the day in the time zone', () => {
    expect(localMidnight('2027-01-01', 'UTC')).toBe(Date.UTC(2027, 0, 1))
    expect(localMidnight('2027-01-01', 'Asia/Yerevan')).toBe(Date.UTC(2026, 11, 31, 20))
    expect(localMidnight('2027-01-01', 'America/New_York')).toBe(Date.UTC(2027, 0, 1, 5))
  })

  it('follows daylight saving time', () => {
    // New York is on EDT (UTC-4) on 1 July.
    const at = localMidnight('2027-07-01', 'America/New_York')
    expect(at).toBe(Date.UTC(2027, 6, 1, 4))
    expect(localDay(at, 'America/New_York')).toBe('2027-07-01')
    expect(localDay(at - 1, 'America/New_York')).toBe('2027-06-30')
  })
})
