/**
 * The sandbox's simulated clock. Simulated time runs at `speed` × real time (0 freezes it, which
 * tests use) and can be pushed forward by `/__sandbox/clock`. Registrations, transfers and
 * expirations all happen on this clock.
 */
export interface SimClockOptions {
  /** Simulated time at start, epoch ms. Default: the real time now. */
  startAt?: number
  /** Simulated seconds per real second. Default 1; 0 freezes the clock. */
  speed?: number
  /** Real-time source, injectable for tests. */
  realNow?: () => number
}

/** A clock whose time is simulated. */
export class SimClock {
  readonly speed: number
  private readonly realNow: () => number
  private readonly realStart: number
  private simStart: number

  constructor(options: SimClockOptions = {}) {
    this.realNow = options.realNow ?? Date.now
    this.speed = options.speed ?? 1
    if (!(this.speed >= 0) || !Number.isFinite(this.speed)) {
      throw new RangeError(`Clock speed must be a finite number ≥ 0, got ${options.speed}.`)
    }
    this.realStart = this.realNow()
    this.simStart = options.startAt ?? this.realStart
  }

  /** Simulated now, epoch ms (whole milliseconds). */
  now(): number {
    return Math.floor(this.simStart + (this.realNow() - this.realStart) * this.speed)
  }

  /** Moves simulated time forward; negative values are refused (time never runs back). */
  advance(ms: number): number {
    if (!(ms >= 0) || !Number.isFinite(ms)) {
      throw new RangeError(`The clock only moves forward: got ${ms} ms.`)
    }
    this.simStart += ms
    return this.now()
  }
}

export const MINUTE = 60_000
export const HOUR = 60 * MINUTE
export const DAY = 24 * HOUR

/** Adds calendar years in UTC (Feb 29 + 1 year → Mar 1, as Date does). */
export function addYears(epochMs: number, years: number): number {
  const d = new Date(epochMs)
  d.setUTCFullYear(d.getUTCFullYear() + years)
  return d.getTime()
}

/** `2023-01-15T10:30:00Z`: ISO-8601 UTC to the second, as the API writes times. */
export function isoSeconds(epochMs: number): string {
  return new Date(epochMs).toISOString().replace(/\.\d{3}Z$/, 'Z')
}

/** `2023-01-15`: the UTC date part. */
export function isoDate(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(0, 10)
}
