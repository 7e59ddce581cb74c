/** Clocks for tests: time that stands still, or moves only when the test moves it. */
import type { Clock } from '../../electron/main/core/clock'

/** A clock that reads `at` (a Date or epoch ms) until `set` or `advance` moves it. */
export function fakeClock(at: Date | number | string): Clock & {
  set(to: Date | number | string): void
  advance(ms: number): void
} {
  let current = new Date(at).getTime()
  return {
    now: () => new Date(current),
    set: (to) => {
      current = new Date(to).getTime()
    },
    advance: (ms) => {
      current += ms
    },
  }
}
