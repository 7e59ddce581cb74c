/**
 * Finds out whether VPS.org can be reached, instead of waiting for the user to press "Sync now":
 * a cheap GET (one domain of the list) when a window starts, is focused or shown again, or the OS
 * reports the network gone or back; and, while an account is offline, again and again with
 * backoff (5 s doubling to 60 s) until it answers. When it answers after an outage, writes are
 * allowed again and a sync refreshes a cache that went stale meanwhile.
 */
import { isApiError, type ApiAccount, type VpsApiClient } from '../core/vps-api/index'
import type { ConnectivityTracker } from './connectivity'
import type { EventBus } from './event-bus'

/** The first wait before probing again while offline; it doubles up to {@link MAX_BACKOFF_MS}. */
export const FIRST_BACKOFF_MS = 5_000
export const MAX_BACKOFF_MS = 60_000
/** A probe gives up after this long, so that a window says "unreachable" within 5 seconds. */
export const PROBE_TIMEOUT_MS = 4_000

/** setTimeout and clearTimeout, injectable so that tests drive the clock. */
export interface Timers {
  setTimeout(run: () => void, ms: number): unknown
  clearTimeout(handle: unknown): void
}

const realTimers: Timers = {
  setTimeout: (run, ms) => {
    const handle = setTimeout(run, ms)
    handle.unref?.()
    return handle
  },
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
}

/** The wait before the `attempt`-th probe (1-based) of an outage. */
export function backoffMs(attempt: number): number {
  return Math.min(MAX_BACKOFF_MS, FIRST_BACKOFF_MS * 2 ** Math.max(0, attempt - 1))
}

export interface ConnectivityMonitorDeps {
  client: Pick<VpsApiClient, 'listDomainsPage'>
  connectivity: ConnectivityTracker
  bus: EventBus
  credentials: (accountId: string) => Promise<ApiAccount>
  /** Accounts to probe while offline (removed accounts stop being probed). */
  accountIds: () => string[]
  /** Called when an account answers again after being offline. */
  onBack?: (accountId: string) => void
  timers?: Timers
  probeTimeoutMs?: number
}

interface Outage {
  attempt: number
  handle: unknown
}

/** Probes VPS.org on request and keeps probing offline accounts until they answer. */
export class ConnectivityMonitor {
  private readonly outages = new Map<string, Outage>()
  private readonly inFlight = new Map<string, Promise<void>>()
  private readonly timers: Timers
  private readonly stopListening: () => void
  private stopped = false

  constructor(private readonly deps: ConnectivityMonitorDeps) {
    this.timers = deps.timers ?? realTimers
    // Any call that finds VPS.org unreachable (a sync, a write, a probe) starts the probing; any
    // answer ends it.
    this.stopListening = deps.bus.subscribe((event, payload) => {
      if (event !== 'connectivity') return
      const { accountId, state } = payload as { accountId: string; state: string }
      if (state === 'offline') this.schedule(accountId)
      else this.endOutage(accountId, state === 'online')
    })
  }

  /** Contacts VPS.org for one account now; concurrent requests share one probe. */
  check(accountId: string): Promise<void> {
    let probe = this.inFlight.get(accountId)
    if (!probe) {
      probe = this.probe(accountId).finally(() => this.inFlight.delete(accountId))
      this.inFlight.set(accountId, probe)
    }
    return probe
  }

  /** Whether probes are waiting for this account (it is offline). */
  probing(accountId: string): boolean {
    return this.outages.has(accountId)
  }

  stop(): void {
    this.stopped = true
    this.stopListening()
    for (const outage of this.outages.values()) this.timers.clearTimeout(outage.handle)
    this.outages.clear()
  }

  private async probe(accountId: string): Promise<void> {
    const { client, connectivity } = this.deps
    const timeoutMs = this.deps.probeTimeoutMs ?? PROBE_TIMEOUT_MS
    let account: ApiAccount
    try {
      account = await this.deps.credentials(accountId)
    } catch {
      return // No token (or no account): nothing to probe with; the account says so itself.
    }
    try {
      await client.listDomainsPage(
        account,
        { page_size: 1 },
        { signal: AbortSignal.timeout(timeoutMs) },
      )
      connectivity.reached(accountId)
    } catch (error) {
      if (isApiError(error) && error.code === 'Cancelled') {
        connectivity.unreachable(
          accountId,
          `VPS.org did not answer within ${Math.round(timeoutMs / 1000)} seconds.`,
        )
      } else {
        connectivity.failed(accountId, error)
      }
    }
  }

  private schedule(accountId: string): void {
    if (this.stopped || this.outages.has(accountId)) return
    const outage: Outage = { attempt: 0, handle: undefined }
    this.outages.set(accountId, outage)
    this.next(accountId, outage)
  }

  private next(accountId: string, outage: Outage): void {
    outage.attempt += 1
    outage.handle = this.timers.setTimeout(() => {
      if (this.outages.get(accountId) !== outage) return
      if (!this.deps.accountIds().includes(accountId)) {
        this.outages.delete(accountId)
        return
      }
      void this.check(accountId).finally(() => {
        // Still offline (no event ended the outage): wait longer and try again.
        if (this.outages.get(accountId) === outage && !this.stopped) this.next(accountId, outage)
      })
    }, backoffMs(outage.attempt))
  }

  private endOutage(accountId: string, back: boolean): void {
    const outage = this.outages.get(accountId)
    if (!outage) return
    this.timers.clearTimeout(outage.handle)
    this.outages.delete(accountId)
    if (back) this.deps.onBack?.(accountId)
  }
}
