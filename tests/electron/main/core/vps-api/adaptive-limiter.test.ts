import { describe, expect, it } from 'vitest'
import { AdaptiveLimiter } from '../../../../../electron/main/core/vps-api/adaptive-limiter'

function clock() {
  const c = { t: 0, now: () => c.t }
  return c
}

describe('AdaptiveLimiter', () => {
  it('opens from 4 to at most 8 in flight as answers come back well', () => {
    const c = clock()
    const limiter = new AdaptiveLimiter({ now: c.now })
    for (let i = 0; i < 4; i++) limiter.started()
    expect(limiter.waitMs()).toBe(Infinity)
    for (let i = 0; i < 20; i++) {
      limiter.succeeded(150)
      limiter.started()
    }
    expect(limiter.state.window).toBe(8)
  })

  it('halves on a 5xx and takes one off when latency climbs', () => {
    const c = clock()
    const limiter = new AdaptiveLimiter({ initial: 8, now: c.now })
    for (let i = 0; i < 8; i++) limiter.started()
    limiter.serverTrouble()
    expect(limiter.state.window).toBe(4)
    for (let i = 0; i < 4; i++) limiter.succeeded(100)
    expect(limiter.state.window).toBe(8)
    for (let i = 0; i < 4; i++) limiter.succeeded(2_000)
    expect(limiter.state.window).toBeLessThan(8)
  })

  it('after a 429 waits out Retry-After, then allows the rate that passed per second', () => {
    const c = clock()
    const limiter = new AdaptiveLimiter({ initial: 8, now: c.now })
    for (let i = 0; i < 10; i++) {
      limiter.started()
      c.t += 50
      limiter.succeeded(10)
    }
    limiter.started()
    limiter.failed()
    limiter.throttled(1_000)
    expect(limiter.state.ratePerSecond).toBe(10)
    expect(limiter.waitMs()).toBe(1_000)
    c.t += 1_000
    for (let i = 0; i < 10; i++) {
      expect(limiter.waitMs()).toBe(0)
      limiter.started()
      limiter.succeeded(5)
      c.t += 5
    }
    // 10 a second: the eleventh waits for the next second (and a margin).
    expect(limiter.waitMs()).toBe(1_050 - 50)
    c.t += 1_000
    expect(limiter.waitMs()).toBe(0)
  })

  it('counts an answer given outside it (the first page) towards the rate a 429 learns', () => {
    const c = clock()
    const limiter = new AdaptiveLimiter({ initial: 8, now: c.now })
    limiter.answeredOutside()
    for (let i = 0; i < 9; i++) {
      c.t += 50
      limiter.started()
      limiter.succeeded(10)
    }
    limiter.started()
    limiter.failed()
    limiter.throttled(1_000, c.t)
    expect(limiter.state.ratePerSecond).toBe(10)
  })

  it('waits out the first 429 of a burst; later ones sent before it came back add nothing', () => {
    const c = clock()
    const limiter = new AdaptiveLimiter({ initial: 8, now: c.now })
    for (let i = 0; i < 4; i++) limiter.started()
    limiter.failed()
    limiter.throttled(1_000, 0)
    c.t += 100
    // Sent at 0, before the first 429 came back at 0 + its round trip: same burst.
    limiter.failed()
    limiter.throttled(1_000, -1)
    expect(limiter.waitMs()).toBe(900)
    // One sent after the gate opened and refused again: a new wait, from its answer.
    c.t += 900
    limiter.failed()
    limiter.throttled(1_000, c.t - 5)
    expect(limiter.waitMs()).toBe(1_000)
  })
})
