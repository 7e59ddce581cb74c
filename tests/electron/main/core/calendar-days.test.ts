import { describe, expect, it } from 'vitest'
import { daysLeft, endOfDayAfter } from '../../../../electron/main/core/calendar-days'
import { inTimeZone, TEST_ZONES } from '../../../support/time-zone'

/** A local time on a day of December 2026 (or later, past the month's end). */
const at = (day: number, hour: number, minute = 0) =>
  new Date(2026, 11, day, hour, minute).getTime()

describe('calendar days', () => {
  it('counts days left as calendar days where the user is, as the dates beside them are shown', () => {
    for (const zone of TEST_ZONES) {
      inTimeZone(zone, () => {
        // An hour before midnight, an expiry at 00:30 is tomorrow, not "today".
        expect(daysLeft(at(8, 0, 30), at(7, 23)), zone).toBe(1)
        expect(daysLeft(at(7, 23, 59), at(7, 0, 1)), zone).toBe(0)
        // Earlier today, even past: today. Yesterday late: one day ago.
        expect(daysLeft(at(7, 8), at(7, 12)), zone).toBe(0)
        expect(daysLeft(at(6, 23, 59), at(7, 0, 1)), zone).toBe(-1)
        expect(daysLeft(at(7 + 365, 1), at(7, 23)), zone).toBe(365)
      })
    }
  })

  it('follows the time zone: the same two instants are a day apart in one, the same day in another', () => {
    const late = Date.UTC(2026, 11, 7, 23)
    const expiry = Date.UTC(2026, 11, 8, 0, 30)
    inTimeZone('Europe/London', () => expect(daysLeft(expiry, late)).toBe(1))
    inTimeZone('Asia/Yerevan', () => expect(daysLeft(expiry, late)).toBe(0))
  })

  it('ends a window at the midnight after its last day, so it holds every expiry the label puts in it', () => {
    for (const zone of TEST_ZONES) {
      inTimeZone(zone, () => {
        expect(endOfDayAfter(at(7, 23), 30), zone).toBe(at(38, 0))
        expect(endOfDayAfter(at(7, 0, 1), 0), zone).toBe(at(8, 0))
        for (const expiry of [at(37, 23, 59), at(37, 0, 0), at(8, 0, 30)])
          expect(daysLeft(expiry, at(7, 23)) <= 30 && expiry < endOfDayAfter(at(7, 23), 30)).toBe(
            true,
          )
        expect(daysLeft(at(38, 0), at(7, 23))).toBe(31)
      })
    }
  })

  it('counts a 23- or 25-hour DST day as one day', () => {
    inTimeZone('America/Los_Angeles', () => {
      // Clocks go forward on 8 March 2026 and back on 1 November 2026.
      const local = (month: number, day: number, hour: number) =>
        new Date(2026, month, day, hour).getTime()
      expect(daysLeft(local(2, 9, 0), local(2, 7, 23))).toBe(2)
      expect(daysLeft(local(2, 8, 23), local(2, 8, 0))).toBe(0)
      expect(daysLeft(local(10, 2, 0), local(9, 31, 23))).toBe(2)
      expect(endOfDayAfter(local(2, 7, 12), 1)).toBe(local(2, 9, 0))
      expect(endOfDayAfter(local(9, 31, 12), 1)).toBe(local(10, 2, 0))
    })
  })
})
