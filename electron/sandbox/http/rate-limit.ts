/**
 * A fixed-window throttle like DRF's: at most `perSecond` API requests per real second.
 * Over the limit: 429 with `Retry-After` in whole seconds.
 */
export class RateLimiter {
  private windowStart = 0
  private count = 0

  constructor(
    public perSecond: number | null,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts a request; returns the seconds to wait when it is over the limit, else 0. */
  take(): number {
    if (this.perSecond === null) return 0
    const now = this.now()
    if (now - this.windowStart >= 1000) {
      this.windowStart = now
      this.count = 0
    }
    this.count++
    if (this.count <= this.perSecond) return 0
    return Math.max(1, Math.ceil((this.windowStart + 1000 - now) / 1000))
  }
}
