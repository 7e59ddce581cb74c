/**
 * The time, as the main process reads it: one interface injected into every service and passed
 * to the core functions that need "now", so that tests (and the chaos runs) can set the clock.
 * `systemClock` is the one place that reads the real time; measuring how long something took
 * uses performance.now(), which no clock change can disturb.
 */

/** Where "now" comes from. */
export interface Clock {
  now(): Date
}

/** The computer's clock. */
export const systemClock: Clock = {
  // The only direct read of the wall clock in electron/main/core and services (see eslint.config.js).
  // eslint-disable-next-line no-restricted-syntax
  now: () => new Date(),
}
