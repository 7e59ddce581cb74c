/** Test helper: domains as the cache keeps them, for tests that fill a cache directly. */
import type { Cache } from '../../electron/main/core/db/cache'
import type { CachedDomain } from '../../electron/main/core/db/domains-repo'

const DAY = 86_400_000

/** A maker of cached domains for a clock standing at `now`. */
export type CachedDomainMaker = (
  id: number,
  name: string,
  over?: Partial<CachedDomain>,
) => CachedDomain

/**
 * Makes cached domains as of `now`: active, auto-renewing, locked, private, on VPS.org's DNS,
 * expiring 200 days after `now` (its expiration date follows `over.expiresAt`), with overrides.
 */
export function cachedDomainsAt(now: number): CachedDomainMaker {
  return (id, name, over = {}) => {
    const expiresAt = over.expiresAt ?? now + 200 * DAY
    return {
      id,
      name,
      unicodeName: name,
      status: 'active',
      registrationDate: '2024-01-01T00:00:00Z',
      expirationDate: new Date(expiresAt).toISOString(),
      expiresAt,
      autoRenew: true,
      locked: true,
      privacy: true,
      dnsManagedBy: 'vps.org',
      nameservers: ['ns1.vps.org', 'ns2.vps.org'],
      firstSeenAt: '2026-01-01T00:00:00Z',
      updatedAt: '2026-01-01T00:00:00Z',
      removedAt: null,
      ...over,
    }
  }
}

/** Stores details for a cached domain of account 'a' that say only who its registrar is. */
export function saveRegistrar(cache: Cache, id: number, registrar: string): void {
  cache.details.save(
    'a',
    {
      id,
      registrar,
      whois_info: {
        registrant: 'r',
        admin_contact: 'a',
        tech_contact: 't',
        created_date: '2024-01-01',
        updated_date: '2024-01-01',
      },
      dns_records_count: 0,
    } as never,
    'x',
  )
}
