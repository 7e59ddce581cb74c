/**
 * What the sandbox saw, for tests: every API request with its outcome, any injected fault and
 * any effect it had (a creation is what the money tests count). Bounded to the newest entries.
 */
export type RequestEffect =
  'domain.created' | 'domain.updated' | 'domain.removed' | 'transfer.initiated'

export interface LoggedRequest {
  seq: number
  /** Real time, ISO. */
  at: string
  method: string
  path: string
  query: string
  /** HTTP status sent, or null when the connection was closed without an answer. */
  status: number | null
  fault?: string
  effect?: RequestEffect
  domain_id?: number
  domain_name?: string
  /** The `domain_name` a request's body asked for (registrations), when the body was read. */
  requested_name?: string
}

/** A ring of the newest `capacity` requests. */
export class RequestLog {
  private entries: LoggedRequest[] = []
  private seq = 0

  constructor(private readonly capacity = 20_000) {}

  add(entry: Omit<LoggedRequest, 'seq' | 'at'>): LoggedRequest {
    const logged = { seq: ++this.seq, at: new Date().toISOString(), ...entry }
    this.entries.push(logged)
    if (this.entries.length > this.capacity)
      this.entries.splice(0, this.entries.length - this.capacity)
    return logged
  }

  /** Entries with seq greater than `since`. */
  since(since = 0): LoggedRequest[] {
    return this.entries.filter((e) => e.seq > since)
  }

  clear(): void {
    this.entries = []
  }
}
