/**
 * Writes what VPS.org says about a domain into the cache, recording every difference in the
 * history and announcing a registration that became active. Used by sync (many domains in one
 * transaction), by detail refreshes and after the app's own writes.
 */
import { parseHostName } from '../../shared/validation/host-name'
import type { HistoryEntry } from '../../shared/ipc/models'
import type { Domain } from '../../shared/vps-api/types'
import type { Cache } from '../core/db/cache'
import { fromApi, type CachedDomain } from '../core/db/domains-repo'
import type { EventBus } from './event-bus'

/** The tracked fields, as history names them (the API's own field names). */
const TRACKED: Array<
  [string, (d: Omit<CachedDomain, 'firstSeenAt' | 'updatedAt' | 'removedAt'>) => string]
> = [
  ['status', (d) => d.status],
  ['expiration_date', (d) => d.expirationDate],
  ['registration_date', (d) => d.registrationDate],
  ['auto_renew', (d) => String(d.autoRenew)],
  ['locked', (d) => String(d.locked)],
  ['privacy_protection', (d) => String(d.privacy)],
  ['nameservers', (d) => d.nameservers.join(', ')],
  ['dns_managed_by', (d) => d.dnsManagedBy],
]
/** History's name for a domain joining or leaving the account. */
export const PRESENCE_FIELD = 'account'

/** Unicode form of an ASCII name (only xn-- names need the work). */
export function unicodeOf(ascii: string): string {
  if (!ascii.includes('xn--')) return ascii
  const parsed = parseHostName(ascii)
  return parsed.ok ? parsed.unicode : ascii
}

/** Where a write comes from and when. */
export interface WriteContext {
  accountId: string
  now: string
  source: HistoryEntry['source']
  syncRunId?: number
  /** First fill of an account's cache: no history for domains simply appearing. */
  quietAdds?: boolean
}

export type WriteOutcome = 'added' | 'changed' | 'same'

/** Applies API domain objects to the cache. */
export class DomainWriter {
  private activations: Array<{ accountId: string; domainId: number; domainName: string }> = []

  constructor(
    private readonly cache: Cache,
    private readonly bus: EventBus,
  ) {}

  /**
   * Announces registrations that became active since the last call. Called after the write's
   * transaction committed, so a rolled-back sync never announces anything.
   */
  announce(): void {
    const due = this.activations
    this.activations = []
    for (const a of due) this.bus.emit('registration.active', a)
  }

  /** Forgets unannounced activations (the transaction that found them rolled back). */
  discard(): void {
    this.activations = []
  }

  /**
   * Whether `apply` would write anything for `incoming` given what the cache holds: lets a sync
   * keep only the changed domains of a page and skip the unchanged rows altogether.
   */
  wouldChange(incoming: Domain, existing: CachedDomain | undefined): boolean {
    if (!existing || existing.removedAt) return true
    const next = fromApi(incoming, existing.unicodeName)
    return TRACKED.some(([, read]) => read(existing) !== read(next))
  }

  /**
   * Applies one domain. `known` is what the cache holds: null when the caller knows there is
   * nothing (a sync passes its preloaded map), undefined to look it up.
   */
  apply(incoming: Domain, ctx: WriteContext, known?: CachedDomain | null): WriteOutcome {
    const existing =
      known === undefined ? this.cache.domains.get(ctx.accountId, incoming.id) : known
    const next = fromApi(incoming, unicodeOf(incoming.domain_name))
    const history = (field: string, oldValue: string | null, newValue: string | null) =>
      this.cache.history.add(ctx.accountId, {
        domainId: next.id,
        domainName: next.name,
        field,
        oldValue,
        newValue,
        at: ctx.now,
        source: ctx.source,
        syncRunId: ctx.syncRunId,
      })
    if (!existing) {
      this.cache.domains.upsert(ctx.accountId, {
        ...next,
        firstSeenAt: ctx.now,
        updatedAt: ctx.now,
        removedAt: null,
      })
      if (!ctx.quietAdds) history(PRESENCE_FIELD, null, 'added')
      return 'added'
    }
    let changed = false
    if (existing.removedAt) {
      history(PRESENCE_FIELD, 'removed', 'added')
      changed = true
    }
    for (const [field, read] of TRACKED) {
      const before = read(existing)
      const after = read(next)
      if (before !== after) {
        history(field, before, after)
        changed = true
      }
    }
    if (!changed) return 'same'
    this.cache.domains.upsert(ctx.accountId, {
      ...next,
      firstSeenAt: existing.firstSeenAt,
      updatedAt: ctx.now,
      removedAt: null,
    })
    if (existing.status === 'pending' && next.status === 'active') {
      this.activations.push({ accountId: ctx.accountId, domainId: next.id, domainName: next.name })
    }
    return 'changed'
  }

  /** Marks a cached domain as gone from the account (kept, not dropped). */
  markRemoved(existing: CachedDomain, ctx: WriteContext): void {
    this.cache.domains.markRemoved(ctx.accountId, existing.id, ctx.now)
    this.cache.history.add(ctx.accountId, {
      domainId: existing.id,
      domainName: existing.name,
      field: PRESENCE_FIELD,
      oldValue: 'added',
      newValue: 'removed',
      at: ctx.now,
      source: ctx.source,
      syncRunId: ctx.syncRunId,
    })
  }
}
