/**
 * A min-heap of timed events, so that advancing the simulated clock only touches what is due
 * (activations, transfer completions, expirations) even with 100,000 domains.
 */
export interface TimedEvent<K extends string = string> {
  at: number
  kind: K
  domainId: number
}

/** Events ordered by time, then by insertion (stable for equal times). */
export class EventQueue<K extends string = string> {
  private heap: Array<TimedEvent<K> & { seq: number }> = []
  private seq = 0

  get size(): number {
    return this.heap.length
  }

  push(event: TimedEvent<K>): void {
    this.heap.push({ ...event, seq: this.seq++ })
    this.up(this.heap.length - 1)
  }

  /** Removes and returns the earliest event if it is due at or before `now`. */
  popDue(now: number): TimedEvent<K> | undefined {
    const top = this.heap[0]
    if (!top || top.at > now) return undefined
    const last = this.heap.pop()!
    if (this.heap.length > 0) {
      this.heap[0] = last
      this.down(0)
    }
    return { at: top.at, kind: top.kind, domainId: top.domainId }
  }

  private less(a: number, b: number): boolean {
    const x = this.heap[a]!
    const y = this.heap[b]!
    return x.at < y.at || (x.at === y.at && x.seq < y.seq)
  }

  private swap(a: number, b: number): void {
    const t = this.heap[a]!
    this.heap[a] = this.heap[b]!
    this.heap[b] = t
  }

  private up(i: number): void {
    while (i > 0) {
      const parent = (i - 1) >> 1
      if (!this.less(i, parent)) return
      this.swap(i, parent)
      i = parent
    }
  }

  private down(i: number): void {
    for (;;) {
      const l = 2 * i + 1
      const r = l + 1
      let m = i
      if (l < this.heap.length && this.less(l, m)) m = l
      if (r < this.heap.length && this.less(r, m)) m = r
      if (m === i) return
      this.swap(i, m)
      i = m
    }
  }
}
