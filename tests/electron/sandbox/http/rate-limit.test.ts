import { describe, expect, it } from 'vitest'
import { RateLimiter } from '../../../../electron/sandbox/http/rate-limit'

describe('RateLimiter', () => {
  it('lets N requests through per second, then asks to wait for the window to end', () => {
    let now = 10_000
    const limiter = new RateLimiter(3, () => now)
    expect([limiter.take(), limiter.take(), limiter.take()]).toEqual([0, 0, 0])
    expect(limiter.take()).toBe(1)
    now += 1_000
    expect(limiter.take()).toBe(0)
  })

  it('never throttles when switched off', () => {
    const limiter = new RateLimiter(null)
    for (let i = 0; i < 1_000; i++) expect(limiter.take()).toBe(0)
  })
})
