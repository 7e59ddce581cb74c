/**
 * Per-account connectivity, learned from every API call: a network failure or timeout means
 * offline, a 401 means the token is no longer accepted, any answer from VPS.org means online.
 * Writes check it first, so that offline they are refused at once with a clear reason.
 */
import type { Connectivity } from '../../shared/ipc/models'
import { isApiError } from '../core/vps-api/index'
import { AppError } from './app-error'
import type { EventBus } from './event-bus'

interface State {
  state: Connectivity
  reason?: string
  since: string
}

/** Tracks and announces each account's connectivity. */
export class ConnectivityTracker {
  private readonly states = new Map<string, State>()

  constructor(private readonly bus: EventBus) {}

  get(accountId: string): State {
    return this.states.get(accountId) ?? { state: 'unknown', since: new Date(0).toISOString() }
  }

  private set(accountId: string, state: Connectivity, reason?: string): void {
    const before = this.states.get(accountId)
    this.states.set(accountId, { state, reason, since: new Date().toISOString() })
    if (before?.state !== state || before?.reason !== reason) {
      this.bus.emit('connectivity', { accountId, state, ...(reason ? { reason } : {}) })
    }
  }

  /** VPS.org answered. */
  reached(accountId: string): void {
    this.set(accountId, 'online')
  }

  /** A call failed: learn what it says about connectivity. */
  failed(accountId: string, error: unknown): void {
    if (!isApiError(error)) return
    if (error.code === 'Network' || error.code === 'Timeout')
      this.set(accountId, 'offline', error.message)
    else if (error.code === 'Unauthorized') this.set(accountId, 'unauthorized', error.message)
    else if (error.status !== undefined) this.set(accountId, 'online')
  }

  forget(accountId: string): void {
    this.states.delete(accountId)
  }

  /** Refuses a write while offline or unauthorized, saying why and what still works. */
  requireOnline(accountId: string, what: string): void {
    const { state, since } = this.get(accountId)
    if (state === 'offline') {
      throw new AppError(
        'Offline',
        `Can't ${what} while VPS.org is unreachable (since ${since}). Your cached portfolio still works; try again when the connection is back (Sync now checks it).`,
      )
    }
    if (state === 'unauthorized') {
      throw new AppError(
        'Unauthorized',
        `Can't ${what}: VPS.org no longer accepts this account's API token. Enter a new token in Settings → Accounts.`,
      )
    }
  }
}
