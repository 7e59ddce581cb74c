/**
 * How many list requests may be in flight at once, and how fast they may start: additive
 * increase, multiplicative decrease (as TCP does), driven by what the server answers.
 *
 * - Starts at `initial` in flight and adds one per good answer up to `max` (8 by default: enough
 *   to hide a 150 ms round trip, polite to a server).
 * - A 5xx halves the window; so does a 429, which also closes the gate until its Retry-After has
 *   passed and from then on allows only as many starts per second as the server was seen to
 *   accept (the answers counted in the second before the 429), as a burst at the start of each
 *   second plus a margin: a fixed-window throttle like DRF's then never meets a request over its
 *   budget again, and the listing runs at the rate the limit allows.
 * - Rising latency (the recent average over twice the best seen, plus a slack) takes one off the
 *   window, at most once per window's worth of answers: the server or the path is queueing.
 */

/** Tuning, with defaults. */
export interface LimiterOptions {
  initial?: number
  max?: number
  now?: () => number
}

/** What the limiter learned, for the log and the tests. */
export interface LimiterState {
  window: number
  /** Requests per second the server accepts, once a 429 told us; null before. */
  ratePerSecond: number | null
}

const LATENCY_SLACK_MS = 20
/** A budget second lasts this much longer than a second, against clock skew and jitter. */
const BUDGET_WINDOW_MS = 1050

/** The in-flight window and start pacing of one listing. */
export class AdaptiveLimiter {
  private window: number
  private readonly max: number
  private readonly now: () => number
  private inFlight = 0
  private gateUntil = 0
  /** When the last 429 that set the gate arrived. */
  private lastThrottleAt = -Infinity
  private budgetFrom = -Infinity
  private budgetUsed = 0
  private ratePerSecond: number | null = null
  private bestRtt = Infinity
  private avgRtt = 0
  private sinceCut = 0
  private readonly answeredAt: number[] = []

  constructor(options: LimiterOptions = {}) {
    this.max = Math.max(1, options.max ?? 8)
    this.window = Math.min(this.max, Math.max(1, options.initial ?? 4))
    this.now = options.now ?? (() => performance.now())
  }

  /** The current figures. */
  get state(): LimiterState {
    return { window: this.window, ratePerSecond: this.ratePerSecond }
  }

  /** Milliseconds until another request may start (0: now), or Infinity while the window is full. */
  waitMs(): number {
    if (this.inFlight >= this.window) return Infinity
    const now = this.now()
    if (now < this.gateUntil) return this.gateUntil - now
    const rate = this.ratePerSecond
    if (rate === null || now >= this.budgetFrom + BUDGET_WINDOW_MS || this.budgetUsed < rate) {
      return 0
    }
    return this.budgetFrom + BUDGET_WINDOW_MS - now
  }

  /** Records a start; call only when `waitMs()` is 0. */
  started(): void {
    this.inFlight++
    if (this.ratePerSecond === null) return
    const now = this.now()
    if (now >= this.budgetFrom + BUDGET_WINDOW_MS) {
      this.budgetFrom = now
      this.budgetUsed = 0
    }
    this.budgetUsed++
  }

  /**
   * An answer to a request made outside the limiter (the listing's first page, which tells the
   * count): it used the server's budget all the same, so it counts towards the rate a 429 learns.
   */
  answeredOutside(): void {
    this.noteAnswer(this.now())
  }

  private noteAnswer(at: number): void {
    this.answeredAt.push(at)
    while (this.answeredAt.length > 0 && this.answeredAt[0]! < at - 1000) this.answeredAt.shift()
  }

  /** A good answer after `rttMs`. */
  succeeded(rttMs: number): void {
    this.inFlight--
    this.noteAnswer(this.now())
    this.bestRtt = Math.min(this.bestRtt, rttMs)
    this.avgRtt = this.avgRtt === 0 ? rttMs : this.avgRtt * 0.8 + rttMs * 0.2
    this.sinceCut++
    if (this.avgRtt > 2 * this.bestRtt + LATENCY_SLACK_MS && this.sinceCut >= this.window) {
      this.cut(this.window - 1)
      return
    }
    if (this.window < this.max) this.window++
  }

  /** A failed attempt that will not be counted as an answer (the caller requeues or gives up). */
  failed(): void {
    this.inFlight--
  }

  /** A 5xx (or a broken answer) on the way: the server is struggling. */
  serverTrouble(): void {
    this.cut(Math.floor(this.window / 2))
  }

  /**
   * A 429: wait `retryAfterMs`, then start no faster than the rate that passed. `startedAt` is
   * when the refused request was sent: one sent before an earlier 429 came back belongs to the
   * same burst, and that first 429 already said how long to wait (its Retry-After, counted from
   * a moment later, would only push the gate past the server's new window) and halved the
   * window once. Without `startedAt` a 429 counts as a new one.
   */
  throttled(retryAfterMs: number | undefined, startedAt = Infinity): void {
    const at = this.now()
    // Same burst: the first 429 already set the wait, the pace and the window.
    if (startedAt < this.lastThrottleAt) return
    this.lastThrottleAt = at
    this.gateUntil = Math.max(this.gateUntil, at + (retryAfterMs ?? 1000))
    // The first 429 sets the pace; a later one (sent before we knew) must not lower it further.
    if (this.ratePerSecond === null) {
      const passed = this.answeredAt.filter((t) => t >= at - 1000).length
      this.ratePerSecond = Math.max(1, passed)
    }
    // The next budget second starts when the gate opens.
    this.budgetFrom = -Infinity
    this.cut(Math.floor(this.window / 2))
  }

  private cut(to: number): void {
    this.window = Math.max(1, to)
    this.sinceCut = 0
  }
}
