import { describe, expect, it } from 'vitest'
import { addYears, isoDate, isoSeconds, SimClock } from '../../../electron/sandbox/clock'

describe('SimClock', () => {
  it('runs at the given speed from the given start', () => {
    let real = 1_000
    const clock = new SimClock({ startAt: 50_000, speed: 30, realNow: () => real })
    expect(clock.now()).toBe(50_000)
    real += 2_000
    expect(clock.now()).toBe(50_000 + 60_000)
  })

  it('stands still at speed 0 until advanced', () => {
    let real = 0
    const clock = new SimClock({ startAt: 10, speed: 0, realNow: () => real })
    real += 1e9
    expect(clock.now()).toBe(10)
    expect(clock.advance(5_000)).toBe(5_010)
  })

  it('refuses to run backwards or at a nonsensical speed', () => {
    const clock = new SimClock({ speed: 0 })
    expect(() => clock.advance(-1)).toThrow(/only moves forward/)
    expect(() => clock.advance(Number.NaN)).toThrow(RangeError)
    expect(() => new SimClock({ speed: -2 })).toThrow(/speed/)
  })
})

describe('clock helpers', () => {
  it('adds calendar years in UTC, moving Feb 29 to Mar 1', () => {
    expect(isoSeconds(addYears(Date.UTC(2024, 1, 29, 8), 1))).toBe('2025-03-01T08:00:00Z')
    expect(isoSeconds(addYears(Date.UTC(2026, 0, 16, 16), 2))).toBe('2028-01-16T16:00:00Z')
  })

  it('writes times as the API does: seconds, Z suffix; dates as YYYY-MM-DD', () => {
    expect(isoSeconds(Date.UTC(2023, 0, 15, 10, 30, 0, 999))).toBe('2023-01-15T10:30:00Z')
    expect(isoDate(Date.UTC(2025, 11, 20, 23, 59))).toBe('2025-12-20')
  })
})
