import { describe, expect, it } from 'vitest'
import { Cache } from '../../../../../electron/main/core/db/cache'
import type { CachedDomain } from '../../../../../electron/main/core/db/domains-repo'
import { cachedDomainsAt } from '../../../../support/cached-domain'

const NOW = Date.UTC(2026, 11, 6, 12)
const DAY = 86_400_000

const make = cachedDomainsAt(NOW)

/** A domain expiring `days` from now, auto-renew off unless `extra` says otherwise. */
function domain(id: number, name: string, days: number, extra: Partial<CachedDomain> = {}) {
  return make(id, name, { expiresAt: NOW + days * DAY, autoRenew: false, ...extra })
}

describe('DomainsRepo', () => {
  it('reads one stored row, removed or not, and nothing of another account', () => {
    const cache = Cache.open(':memory:')
    cache.domains.upsert('a', domain(1, 'one.com', 10, { removedAt: '2026-12-01T00:00:00Z' }))
    expect(cache.domains.record('a', 1)).toMatchObject({
      account_id: 'a',
      id: 1,
      name: 'one.com',
      auto_renew: 0,
      removed_at: '2026-12-01T00:00:00Z',
    })
    expect(cache.domains.record('b', 1)).toBeUndefined()
    expect(cache.domains.record('a', 2)).toBeUndefined()
  })

  it("lists the account's domains now, by name, leaving out removed ones and other accounts", () => {
    const cache = Cache.open(':memory:')
    cache.domains.upsert('a', domain(1, 'zeta.com', 10))
    cache.domains.upsert('a', domain(2, 'alpha.com', 10))
    cache.domains.upsert('a', domain(3, 'gone.com', 10, { removedAt: 'x' }))
    cache.domains.upsert('b', domain(4, 'beta.com', 10))
    expect(cache.domains.activeRecords('a').map((r) => r.name)).toEqual(['alpha.com', 'zeta.com'])
  })

  it('counts the domains that will lapse in [from, to): auto-renew off, not expired, not removed', () => {
    const cache = Cache.open(':memory:')
    cache.domains.upsert('a', domain(1, 'in.com', 5))
    cache.domains.upsert('a', domain(2, 'renews.com', 5, { autoRenew: true }))
    cache.domains.upsert('a', domain(3, 'expired.com', 5, { status: 'expired' }))
    cache.domains.upsert('a', domain(4, 'removed.com', 5, { removedAt: 'x' }))
    cache.domains.upsert('a', domain(5, 'later.com', 30))
    cache.domains.upsert('a', domain(6, 'from.com', 0))
    cache.domains.upsert('a', domain(7, 'past.com', -1))
    cache.domains.upsert('b', domain(8, 'other.com', 5))
    // 'later.com' expires exactly at `to`: the window is half-open.
    expect(cache.domains.countLapsing('a', NOW, NOW + 30 * DAY)).toBe(2)
    expect(cache.domains.countLapsing('a', NOW, NOW + 31 * DAY)).toBe(3)
    expect(cache.domains.countLapsing('c', NOW, NOW + 31 * DAY)).toBe(0)
  })
})
