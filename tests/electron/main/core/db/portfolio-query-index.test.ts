import { describe, expect, it, vi } from 'vitest'
import { Cache } from '../../../../../electron/main/core/db/cache'
import { migrate } from '../../../../../electron/main/core/db/migrations'
import {
  portfolioSql,
  queryPortfolio,
  SORT_MATCHES_UP_TO,
  type ResolvedQuery,
} from '../../../../../electron/main/core/db/portfolio-query'
import { SearchIndex } from '../../../../../electron/main/core/db/search-index'
import { openDatabase, rows } from '../../../../../electron/main/core/db/sqlite'
import { cachedDomainsAt, saveRegistrar } from '../../../../support/cached-domain'

const NOW = Date.UTC(2026, 10, 29, 12)
const DAY = 86_400_000

const make = cachedDomainsAt(NOW)
const domain = (id: number, name: string, unicodeName = name) =>
  make(id, name, { unicodeName, expiresAt: NOW + id * DAY, autoRenew: id % 2 === 0 })

function cacheWith(...names: Array<[string, string?]>): Cache {
  const db = openDatabase(':memory:')
  migrate(db)
  const cache = new Cache(db)
  names.forEach(([name, unicode], i) => cache.domains.upsert('a', domain(i + 1, name, unicode)))
  return cache
}

const q = (extra: Partial<ResolvedQuery> = {}): ResolvedQuery => ({
  offset: 0,
  limit: 100,
  ...extra,
})
const found = (cache: Cache, search: string) =>
  queryPortfolio(cache.db, 'a', q({ search }), NOW).rows.map((r) => r.name)

describe('portfolio search by trigram index', () => {
  const idn = ['xn--bcher-kva.com', 'bücher.com'] as [string, string]

  it('finds substrings of ASCII and Unicode names, case-insensitively, Unicode case too', () => {
    const cache = cacheWith(['pineapple.io'], ['alpine.dev'], idn, ['book.com'])
    expect(found(cache, 'pine')).toEqual(['alpine.dev', 'pineapple.io'])
    expect(found(cache, 'BÜCH')).toEqual(['xn--bcher-kva.com'])
    expect(found(cache, 'bcher-k')).toEqual(['xn--bcher-kva.com'])
    expect(found(cache, 'pine .io')).toEqual(['pineapple.io'])
    expect(found(cache, '"pine')).toEqual([])
  })

  it('answers terms shorter than a trigram, literally', () => {
    const cache = cacheWith(['pineapple.io'], idn, ['a_b.com'], ['axb.com'])
    expect(found(cache, 'ü')).toEqual(['xn--bcher-kva.com'])
    expect(found(cache, '_')).toEqual(['a_b.com'])
    expect(found(cache, '%')).toEqual([])
    expect(found(cache, 'io')).toEqual(['pineapple.io'])
  })

  it('finds tags and registrars, and follows them as they change', () => {
    const cache = cacheWith(['alpha.com'], ['beta.com'], ['gamma.com'])
    cache.annotations.setTags('a', 'beta.com', ['Clients', 'parked'])
    saveRegistrar(cache, 3, 'GoDaddy')
    expect(found(cache, 'client')).toEqual(['beta.com'])
    expect(found(cache, 'daddy')).toEqual(['gamma.com'])
    expect(found(cache, 'pa')).toEqual(['beta.com'])
    cache.annotations.setTags('a', 'beta.com', [])
    cache.annotations.setTags('a', 'alpha.com', ['client-x'])
    saveRegistrar(cache, 3, 'Namecheap')
    expect(found(cache, 'client')).toEqual(['alpha.com'])
    expect(found(cache, 'daddy')).toEqual([])
    expect(found(cache, 'cheap')).toEqual(['gamma.com'])
    saveRegistrar(cache, 1, 'Amazon')
    const byRegistrar = (dir: 'asc' | 'desc') =>
      queryPortfolio(cache.db, 'a', q({ sort: { by: 'registrar', dir } }), NOW).rows.map(
        (r) => `${r.name}:${r.registrar}`,
      )
    expect(byRegistrar('desc')).toEqual([
      'gamma.com:Namecheap',
      'alpha.com:Amazon',
      'beta.com:null',
    ])
  })

  it('indexes tags that exist before their domain does (an import, a re-added name)', () => {
    const cache = cacheWith(['alpha.com'])
    cache.annotations.setTags('a', 'later.com', ['renewals'])
    cache.domains.upsert('a', domain(2, 'later.com'))
    expect(found(cache, 'renewal')).toEqual(['later.com'])
    const sorted = queryPortfolio(cache.db, 'a', q({ sort: { by: 'tags', dir: 'desc' } }), NOW)
    expect(sorted.rows.map((r) => r.name)).toEqual(['later.com', 'alpha.com'])
  })

  it('follows every write: added, renamed and forgotten domains, and other accounts kept out', () => {
    const cache = cacheWith(['pineapple.io'])
    cache.domains.upsert('a', domain(2, 'pinecone.dev'))
    cache.domains.upsert('b', domain(2, 'pinetree.org'))
    expect(found(cache, 'pine')).toEqual(['pineapple.io', 'pinecone.dev'])
    cache.domains.upsert('a', domain(1, 'apple.io'))
    expect(found(cache, 'pine')).toEqual(['pinecone.dev'])
    expect(found(cache, 'apple')).toEqual(['apple.io'])
    cache.forgetAccount('a')
    expect(found(cache, 'pine')).toEqual([])
    expect(queryPortfolio(cache.db, 'b', q({ search: 'pine' }), NOW).total).toBe(1)
  })

  it('indexes at the first search the domains an earlier run wrote but never indexed', () => {
    // As if an earlier process had written the row and stopped before indexing it.
    const fresh = openDatabase(':memory:')
    migrate(fresh)
    fresh
      .prepare(
        "INSERT INTO domains VALUES ('a', 1, 'kiwi.io', 'kiwi.io', 'active', '', '', 0, 1, 1, 1, 'vps.org', '[]', 'x', 'x', NULL, NULL, NULL)",
      )
      .run()
    expect(found(new Cache(fresh), 'kiwi')).toEqual(['kiwi.io'])
  })
})

describe('portfolio queries use indexes where they pay', () => {
  const cache = cacheWith(['a.com'], ['b.com'], ['c.com'])
  /** The query plan of a page's count or page statement; `fewMatches` as portfolioSql takes it. */
  const plan = (query: ResolvedQuery, which: 'count' | 'page', fewMatches = true) => {
    const sql = portfolioSql(cache.db, 'a', query, NOW, fewMatches)
    const params = which === 'page' ? [...sql.params, 100, 0] : sql.params
    return rows<{ detail: string }>(cache.db, `EXPLAIN QUERY PLAN ${sql[which]}`, ...params)
      .map((r) => r.detail)
      .join(' | ')
  }

  it('searches names, tags and registrars through the trigram table, not a scan', () => {
    const search = plan(q({ search: 'pine' }), 'count')
    expect(search).toMatch(/VIRTUAL TABLE INDEX/)
    expect(search).toMatch(/SEARCH s USING INTEGER PRIMARY KEY \(rowid=\?\)/)
    expect(search).not.toMatch(/SCAN d\b/)
    expect(search).not.toMatch(/tags|domain_details/)
  })

  it('pages a search from its matches, not by walking the portfolio in sort order', () => {
    for (const by of ['name', 'expires'] as const) {
      const page = plan(q({ search: 'pine', sort: { by, dir: 'asc' } }), 'page')
      expect(page).toMatch(/SEARCH d USING (COVERING INDEX|PRIMARY KEY).*id=\?/)
      expect(page).not.toMatch(/domains_by_name|domains_sort_/)
    }
  })

  it('pages a search with many matches along the sort index, stopping at the page end', () => {
    const page = plan(q({ search: 'com' }), 'page', false)
    expect(page).toMatch(/domains_by_name/)
    expect(page).not.toMatch(/TEMP B-TREE/)
  })

  it('answers a search with more matches than it sorts exactly as one with few', () => {
    const many = cacheWith(
      ...Array.from({ length: SORT_MATCHES_UP_TO + 5 }, (_, i): [string] => [`w${i}-pine.com`]),
    )
    const query = q({ search: 'pine', sort: { by: 'expires', dir: 'desc' }, offset: 3, limit: 4 })
    // The WHERE clause is built once for the count and the page (one look at the search index).
    const flush = vi.spyOn(SearchIndex.prototype, 'flush')
    const page = queryPortfolio(many.db, 'a', query, NOW)
    expect(flush).toHaveBeenCalledTimes(1)
    flush.mockRestore()
    expect(page.total).toBe(SORT_MATCHES_UP_TO + 5)
    // Expiry grows with the id: descending, after skipping three, ids n-3 … n-6.
    const n = SORT_MATCHES_UP_TO + 5
    expect(page.rows.map((r) => r.id)).toEqual([n - 3, n - 4, n - 5, n - 6])
    expect(queryPortfolio(many.db, 'a', q({ search: 'zzz-none' }), NOW)).toEqual({
      rows: [],
      total: 0,
    })
  })

  it('counts the domains without reading table rows', () => {
    expect(plan(q(), 'count')).toMatch(/COVERING INDEX domains_(by_presence|overview)/)
  })

  it('sorts by tags on the precomputed first tag, with no subquery per row', () => {
    const detail = plan(q({ sort: { by: 'tags', dir: 'asc' } }), 'page')
    expect(detail).not.toMatch(/CORRELATED|SUBQUERY/)
  })

  it('filters by tag and by registrar from their own indexes', () => {
    expect(plan(q({ tag: 'work' }), 'count')).toMatch(/tags_by_tag/)
    expect(plan(q({ registrar: 'GoDaddy' }), 'count')).toMatch(/details_by_registrar/)
  })

  it.each(['expiring30', 'expired'] as const)('finds quick filter %s through an index', (quick) => {
    expect(plan(q({ quick: [quick] }), 'count')).toMatch(
      /USING (COVERING )?INDEX domains_(by_expiry|by_status|sort_expires_at|overview)/,
    )
  })
})

describe('sort indexes built on demand', () => {
  const indexes = (cache: Cache) =>
    rows<{ name: string }>(
      cache.db,
      "SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'domains_sort_%' ORDER BY name",
    ).map((r) => r.name)

  it.each([
    'expires',
    'registered',
    'autoRenew',
    'locked',
    'privacy',
    'dns',
    'nameservers',
    'tags',
  ] as const)(
    'sorts by %s along an index once it was first sorted by, and builds none before',
    (by) => {
      const cache = cacheWith(['c.com'], ['a.com'], ['b.com'])
      expect(indexes(cache)).toEqual([])
      for (const dir of ['asc', 'desc'] as const) {
        const query = q({ sort: { by, dir } })
        const sql = portfolioSql(cache.db, 'a', query, NOW)
        const plan = rows<{ detail: string }>(
          cache.db,
          `EXPLAIN QUERY PLAN ${sql.page}`,
          ...sql.params,
          100,
          0,
        )
          .map((r) => r.detail)
          .join(' | ')
        expect(plan).toMatch(/USING INDEX domains_sort_/)
        expect(plan).not.toMatch(/TEMP B-TREE/)
        expect(queryPortfolio(cache.db, 'a', query, NOW).total).toBe(3)
      }
      expect(indexes(cache)).toHaveLength(1)
    },
  )

  it.each(['name', 'status'] as const)('sorts by %s along a schema index', (by) => {
    const cache = cacheWith(['c.com'], ['a.com'])
    const sql = portfolioSql(cache.db, 'a', q({ sort: { by, dir: 'desc' } }), NOW)
    const plan = rows<{ detail: string }>(
      cache.db,
      `EXPLAIN QUERY PLAN ${sql.page}`,
      ...sql.params,
      100,
      0,
    )
      .map((r) => r.detail)
      .join(' | ')
    expect(plan).not.toMatch(/TEMP B-TREE/)
    expect(indexes(cache)).toEqual([])
  })
})
