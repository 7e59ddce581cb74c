import { describe, expect, it, vi } from 'vitest'
import { Cache } from '../../../../../electron/main/core/db/cache'
import { migrate } from '../../../../../electron/main/core/db/migrations'
import {
  queryPortfolio,
  queryPortfolioSql,
  type ResolvedQuery,
} from '../../../../../electron/main/core/db/portfolio-query'
import { openDatabase } from '../../../../../electron/main/core/db/sqlite'
import { cachedDomainsAt } from '../../../../support/cached-domain'

const NOW = Date.UTC(2026, 10, 29, 12)
const DAY = 86_400_000

const make = cachedDomainsAt(NOW)
const domain = (id: number, removed = false) => {
  const name = `site${String(id).padStart(4, '0')}.com`
  return make(id, name, {
    expiresAt: NOW + ((id * 37) % 400) * DAY,
    autoRenew: id % 2 === 0,
    removedAt: removed ? 'x' : null,
  })
}

/** A cache of `count` domains (every tenth removed) in account `a`, one in account `b`. */
function cacheOf(count: number): Cache {
  const db = openDatabase(':memory:')
  migrate(db)
  const cache = new Cache(db)
  cache.transaction(() => {
    for (let id = 1; id <= count; id++) cache.domains.upsert('a', domain(id, id % 10 === 0))
  })
  cache.domains.upsert('b', domain(1))
  return cache
}

const page = (extra: Partial<ResolvedQuery> = {}) =>
  ({ offset: 0, limit: 50, sort: { by: 'name', dir: 'asc' }, ...extra }) as ResolvedQuery

function expectAsSql(cache: Cache, q: ResolvedQuery) {
  expect(queryPortfolio(cache.db, 'a', q, NOW), JSON.stringify(q)).toEqual(
    queryPortfolioSql(cache.db, 'a', q, NOW),
  )
}

/** The statements SQLite prepared while `fn` ran. */
function prepared(cache: Cache, fn: () => void): string[] {
  const spy = vi.spyOn(cache.db, 'prepare')
  try {
    fn()
    return spy.mock.calls.map(([sql]) => String(sql))
  } finally {
    spy.mockRestore()
  }
}

describe('an unfiltered portfolio page', () => {
  it('is counted by SQL until the search index is read, and from the index after', () => {
    const cache = cacheOf(500)
    const counts = (q: ResolvedQuery) =>
      prepared(cache, () => queryPortfolio(cache.db, 'a', q, NOW, false)).filter((sql) =>
        sql.includes('count(*)'),
      )
    expect(counts(page())).toHaveLength(1)
    // A search reads the account's index.
    queryPortfolio(cache.db, 'a', page({ search: 'site' }), NOW)
    expect(counts(page())).toEqual([])
    expect(counts(page({ sort: { by: 'expires', dir: 'desc' }, offset: 100 }))).toEqual([])
    // Anything filtered is still counted by SQL.
    expect(counts(page({ quick: ['autoRenewOff'] }))).toHaveLength(1)
    expect(counts(page({ includeRemoved: true }))).toHaveLength(1)
  })

  it('answers as SQL does, every sort both ways, across adds, removals and updates', () => {
    const cache = cacheOf(500)
    queryPortfolio(cache.db, 'a', page({ search: 'site' }), NOW)
    const check = () => {
      for (const by of ['name', 'expires', 'autoRenew'] as const)
        for (const dir of ['asc', 'desc'] as const)
          for (const offset of [0, 440, 450, 600])
            expectAsSql(cache, page({ sort: { by, dir }, offset }))
    }
    check()
    cache.domains.upsert('a', domain(501))
    cache.domains.markRemoved('a', 7, 'x')
    cache.domains.upsert('a', { ...domain(8), autoRenew: true })
    cache.domains.upsert('a', domain(10))
    check()
    expect(queryPortfolio(cache.db, 'a', page(), NOW).total).toBe(451)
  })
})
