/**
 * Per-account connectivity, learned from every API call and probe: a network failure or timeout
 * means offline, a 401 means the token is no longer accepted, any answer from VPS.org means
 * online. "Online" holds only for {@link FRESH_MS} after the last contact; after that the state
 * is "unknown" with the time VPS.org was last reached, so the app never claims a connection it
 * has not seen lately. Writes check it first, so that offline they are refused with a reason.
 */
import { CONNECTIVITY_FRESH_MS, type Connectivity } from '../../shared/ipc/models'
import { isApiError } from '../core/vps-api/index'
import { AppError } from './app-error'
import type { EventBus } from './event-bus'
import type { Clock } from '../core/clock'

/** How long a contact with VPS.org counts as "online". */
export const FRESH_MS = CONNECTIVITY_FRESH_MS

interface State {
  state: Connectivity
  reason?: string
  since: string
  /** The last successful contact with VPS.org, or null if none in this run. */
  lastReachedAt: string | null
}

/** Tracks and announces each account's connectivity. */
export class ConnectivityTracker {
  private readonly states = new Map<string, Omit<State, 'lastReachedAt'>>()
  private readonly reachedAt = new Map<string, number>()
  private readonly announcedAt = new Map<string, number>()

  constructor(
    private readonly bus: EventBus,
    private readonly clock: Clock,
  ) {}

  get(accountId: string): State {
    const reached = this.reachedAt.get(accountId)
    const lastReachedAt = reached === undefined ? null : new Date(reached).toISOString()
    const s = this.states.get(accountId) ?? { state: 'unknown', since: new Date(0).toISOString() }
    if (
      s.state === 'online' &&
      (reached === undefined || this.clock.now().getTime() - reached > FRESH_MS)
    )
      return { state: 'unknown', since: s.since, lastReachedAt }
    return { ...s, lastReachedAt }
  }

  private set(accountId: string, state: Connectivity, reason?: string): void {
    const before = this.states.get(accountId)
    this.states.set(accountId, { state, reason, since: this.clock.now().toISOString() })
    if (state === 'online') this.reachedAt.set(accountId, this.clock.now().getTime())
    // A repeated "online" is announced at most once a minute, so that windows learn the new
    // last-reached time without an event for every page of a sync.
    const now = this.clock.now().getTime()
    const refresh = state === 'online' && now - (this.announcedAt.get(accountId) ?? 0) >= 60_000
    if (refresh || before?.state !== state || before?.reason !== reason) {
      this.announcedAt.set(accountId, now)
      const lastReachedAt = this.get(accountId).lastReachedAt
      this.bus.emit('connectivity', {
        accountId,
        state,
        ...(reason ? { reason } : {}),
        lastReachedAt,
      })
    }
  }

  /** VPS.org answered. */
  reached(accountId: string): void {
    this.set(accountId, 'online')
  }

  /** VPS.org could not be reached (a probe timed out or the network failed). */
  unreachable(accountId: string, reason: string): void {
    this.set(accountId, 'offline', reason)
  }

  /** A call failed: learn what it says about connectivity. */
  failed(accountId: string, error: unknown): void {
    // A token the keychain no longer holds is as good as a refused one: it must be entered again.
    if (error instanceof AppError && error.code === 'Unauthorized') {
      this.set(accountId, 'unauthorized', error.message)
      return
    }
    if (!isApiError(error)) return
    if (error.code === 'Network' || error.code === 'Timeout')
      this.set(accountId, 'offline', error.message)
    else if (error.code === 'Unauthorized') this.set(accountId, 'unauthorized', error.message)
    else if (error.status !== undefined) this.set(accountId, 'online')
  }

  forget(accountId: string): void {
    this.states.delete(accountId)
    this.reachedAt.delete(accountId)
    this.announcedAt.delete(accountId)
  }

  /** Refuses a write while offline or unauthorized, saying why and what still works. */
  requireOnline(accountId: string, what: string): void {
    const { state, since } = this.get(accountId)
    if (state === 'offline') {
      throw new AppError(
        'Offline',
        `Can't ${what} while VPS.org is unreachable (since ${since}). Your cached portfolio still works; the app keeps checking and will allow it again as soon as VPS.org answers.`,
        { reason: 'offline', params: { since } },
      )
    }
    if (state === 'unauthorized') {
      throw new AppError(
        'Unauthorized',
        `Can't ${what}: VPS.org no longer accepts this account's API token. Enter a new token in Settings → Accounts.`,
        { reason: 'tokenRejected' },
      )
    }
  }
}
