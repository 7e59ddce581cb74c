import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { Cache } from '../../../../../electron/main/core/db/cache'
import { migrate } from '../../../../../electron/main/core/db/migrations'
import {
  queryPortfolio,
  queryPortfolioSql,
  type ResolvedQuery,
} from '../../../../../electron/main/core/db/portfolio-query'
import { openDatabase } from '../../../../../electron/main/core/db/sqlite'
import {
  QUICK_FILTERS,
  SORT_FIELDS,
  type PortfolioQuery,
} from '../../../../../electron/shared/ipc/models'
import { DOMAIN_STATUSES } from '../../../../../electron/shared/vps-api/types'
import { saveRegistrar } from '../../../../support/cached-domain'

const NOW = Date.UTC(2026, 10, 29, 12)
const DAY = 86_400_000

/** A small deterministic generator (mulberry32), so that a failure can be replayed. */
function random(seed: number) {
  let a = seed
  const next = () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
  const int = (n: number) => Math.floor(next() * n)
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!
  return { next, int, pick }
}

// Letters whose case folds the same way in JavaScript, FTS5 and LIKE, and some where they
// differ (non-ASCII capitals, which LIKE keeps and FTS5 folds; İ, whose lower case is two
// characters; the Kelvin sign, whose lower case is ASCII).
const ALPHABET = [...'abcdefghijklmnopqrstuvwxyzABCDEZ0123456789-._%"\\']
const UNICODE = [...'äöüéèÉÄßẞçñøåıİKΣσςαβγабвгдАБВԱԲԳաբգձեռքՁԵՌՔ中文字😀']
const WORDS = ['pine', 'apple', 'book', 'cloud', 'data', 'north', 'shop', 'ձեռք', 'bücher', 'кот']

function word(r: ReturnType<typeof random>): string {
  if (r.next() < 0.6) return r.pick(WORDS) + (r.next() < 0.5 ? String(r.int(100)) : '')
  const length = 1 + r.int(7)
  return Array.from({ length }, () => r.pick(r.next() < 0.8 ? ALPHABET : UNICODE)).join('')
}

function domain(r: ReturnType<typeof random>, id: number) {
  const unicodeName = `${word(r).toLowerCase()}${r.int(10_000)}.${r.pick(['com', 'am', 'հայ', 'io'])}`
  // The ASCII name stands in for the punycode one: the search treats both as plain text.
  const name = /^[\x20-\x7e]*$/.test(unicodeName) ? unicodeName : `xn--${id}-${r.int(999)}.com`
  return {
    id,
    name,
    unicodeName,
    status: r.pick(DOMAIN_STATUSES),
    registrationDate: new Date(NOW - r.int(2_000) * DAY).toISOString(),
    expirationDate: new Date(NOW + (r.int(400) - 100) * DAY).toISOString(),
    expiresAt: NOW + (r.int(400) - 100) * DAY,
    autoRenew: r.next() < 0.5,
    locked: r.next() < 0.5,
    privacy: r.next() < 0.5,
    dnsManagedBy: r.pick(['vps.org', 'external'] as const),
    nameservers: ['ns1.vps.org'],
    firstSeenAt: 'x',
    updatedAt: 'x',
    removedAt: r.next() < 0.1 ? 'x' : null,
  }
}

const REGISTRARS = ['VPS.org', 'Namecheap, Inc.', 'GoDaddy', 'ՀԱՅ Ռեգիստր', 'Ёлка Ltd']
const TAGS = [
  'Clients',
  'parked',
  'Ձեռք',
  'ÉTÉ',
  'İstanbul',
  'STRASSE',
  'Straße',
  'ΣΊΣΥΦΟΣ',
  'Kelvin',
]

/** A cache with `count` generated domains, some tagged, some with a registrar. */
function generated(count: number, seed: number): { cache: Cache; names: string[] } {
  const r = random(seed)
  const db = openDatabase(':memory:')
  migrate(db)
  const cache = new Cache(db)
  const names: string[] = []
  cache.transaction(() => {
    for (let id = 1; id <= count; id++) {
      const d = domain(r, id)
      names.push(d.name)
      cache.domains.upsert('a', d)
      if (r.next() < 0.15) cache.annotations.setTags('a', d.name, [r.pick(TAGS), r.pick(TAGS)])
      if (r.next() < 0.1) saveRegistrar(cache, id, r.pick(REGISTRARS))
    }
  })
  cache.domains.upsert('b', domain(r, 1))
  return { cache, names }
}

/** A random query: 1–2 terms of 1–6 characters, maybe filters, a sort and a page. */
function query(r: ReturnType<typeof random>, names: string[]): ResolvedQuery {
  const term = () => {
    const length = 1 + r.int(6)
    if (r.next() < 0.6) {
      // A piece of a name, a tag or a registrar, in a random case: most of these match.
      const source = r.pick([...names, ...TAGS, ...REGISTRARS])
      const start = r.int(Math.max(1, source.length - length))
      const piece = [...source].slice(start, start + length).join('')
      return r.next() < 0.3 ? piece.toUpperCase() : piece
    }
    return Array.from({ length }, () => r.pick(r.next() < 0.7 ? ALPHABET : UNICODE)).join('')
  }
  const q: PortfolioQuery = {
    search: r.next() < 0.2 ? `${term()} ${term()}` : term(),
    sort: { by: r.pick(SORT_FIELDS), dir: r.pick(['asc', 'desc'] as const) },
  }
  if (r.next() < 0.3) q.quick = [r.pick(QUICK_FILTERS)]
  if (r.next() < 0.1) q.status = r.pick(DOMAIN_STATUSES)
  if (r.next() < 0.1) q.tag = r.pick(TAGS)
  if (r.next() < 0.1) q.registrar = r.pick(REGISTRARS)
  if (r.next() < 0.05) q.name = r.pick(names)
  if (r.next() < 0.2) q.includeRemoved = true
  return { ...q, offset: r.pick([0, 0, 0, 7, 100, 1_500]), limit: r.pick([50, 200]) }
}

function expectSame(cache: Cache, q: ResolvedQuery, account = 'a') {
  const expected = queryPortfolioSql(cache.db, account, q, NOW)
  expect(queryPortfolio(cache.db, account, q, NOW), JSON.stringify(q)).toEqual(expected)
}

describe('portfolio search from the in-memory name index', () => {
  it('answers exactly as the SQL search for random terms, filters, sorts and pages', () => {
    const { cache, names } = generated(3_000, 1)
    const r = random(2)
    for (let i = 0; i < 400; i++) expectSame(cache, query(r, names))
  }, 120_000)

  it('answers dense terms (thousands of matches) exactly as SQL, every sort both ways', () => {
    const { cache } = generated(3_000, 3)
    for (const search of ['o', '.', 'co', 'com', '.c', 'o .'])
      for (const by of SORT_FIELDS)
        for (const dir of ['asc', 'desc'] as const)
          expectSame(cache, { search, sort: { by, dir }, offset: 1_000, limit: 50 })
  }, 120_000)

  it('keeps a dense search with a filter exact across writes that change what the filter keeps', () => {
    const { cache } = generated(3_000, 10)
    const dense = (extra: Partial<ResolvedQuery>) =>
      ({ search: '.', offset: 0, limit: 50, ...extra }) as ResolvedQuery
    const filters: Array<Partial<ResolvedQuery>> = [
      { quick: ['autoRenewOff'] },
      { tag: 'parked' },
      { registrar: 'GoDaddy', sort: { by: 'registrar', dir: 'asc' } },
    ]
    const first = queryPortfolio(cache.db, 'a', dense({}), NOW).rows
    for (const [i, extra] of filters.entries()) {
      expectSame(cache, dense(extra))
      const row = first[i]!
      cache.domains.upsert('a', { ...cache.domains.get('a', row.id)!, autoRenew: !row.autoRenew })
      cache.annotations.setTags('a', row.name, ['parked'])
      saveRegistrar(cache, row.id, 'GoDaddy')
      expectSame(cache, dense(extra))
    }
  }, 60_000)

  const search = (extra: Partial<ResolvedQuery> = {}) =>
    ({ search: 'pine', offset: 0, limit: 200, ...extra }) as ResolvedQuery
  const names = (cache: Cache, extra: Partial<ResolvedQuery> = {}) =>
    queryPortfolio(cache.db, 'a', search(extra), NOW).rows.map((row) => row.name)

  /** A cache searched once (so that its index exists) before each write under test. */
  function searched() {
    const { cache } = generated(1_500, 4)
    names(cache)
    names(cache, { search: 'o', sort: { by: 'expires', dir: 'asc' } })
    return cache
  }

  it('follows a sync that adds, renames and updates domains', () => {
    const cache = searched()
    const r = random(5)
    cache.domains.upsert('a', {
      ...domain(r, 9_001),
      name: 'pinewood.dev',
      unicodeName: 'pinewood.dev',
    })
    cache.domains.upsert('a', {
      ...domain(r, 1),
      name: 'renamed-pine.io',
      unicodeName: 'renamed-pine.io',
    })
    cache.domains.upsert('a', { ...domain(r, 2), expiresAt: NOW - DAY })
    expect(names(cache)).toContain('pinewood.dev')
    expect(names(cache)).toContain('renamed-pine.io')
    expectSame(cache, search())
    expectSame(cache, search({ search: 'o', sort: { by: 'expires', dir: 'asc' } }))
  })

  it('follows removals, by a sync or by the app', () => {
    const cache = searched()
    cache.domains.upsert('a', { ...domain(random(6), 9_002), name: 'pine-gone.io' })
    expect(names(cache)).toContain('pine-gone.io')
    cache.domains.markRemoved('a', 9_002, 'x')
    expect(names(cache)).not.toContain('pine-gone.io')
    expect(names(cache, { includeRemoved: true })).toContain('pine-gone.io')
    expectSame(cache, search({ search: 'o', sort: { by: 'expires', dir: 'asc' } }))
  })

  it('follows a bulk change of settings (the sort orders it keeps)', () => {
    const cache = searched()
    const before = queryPortfolio(
      cache.db,
      'a',
      search({ search: 'o', sort: { by: 'autoRenew', dir: 'asc' } }),
      NOW,
    )
    cache.transaction(() => {
      for (const row of before.rows.slice(0, 20))
        cache.domains.upsert('a', { ...cache.domains.get('a', row.id)!, autoRenew: !row.autoRenew })
    })
    expectSame(cache, search({ search: 'o', sort: { by: 'autoRenew', dir: 'asc' } }))
    expectSame(cache, search({ search: 'o', quick: ['autoRenewOff'] }))
  })

  it('follows tags set one by one or imported, and registrars fetched with details', () => {
    const cache = searched()
    const [first, second] = queryPortfolio(cache.db, 'a', search({ search: 'o' }), NOW).rows
    cache.annotations.setTags('a', first!.name, ['Pinecone'])
    saveRegistrar(cache, second!.id, 'Pine Registry')
    expect(names(cache)).toEqual(expect.arrayContaining([first!.name, second!.name]))
    expectSame(cache, search({ sort: { by: 'tags', dir: 'desc' } }))
    expectSame(cache, search({ sort: { by: 'registrar', dir: 'asc' } }))
    cache.annotations.setTags('a', first!.name, [])
    expect(names(cache)).not.toContain(first!.name)
  })

  it('forgets an account removed from the app', () => {
    const cache = searched()
    cache.forgetAccount('a')
    expect(queryPortfolio(cache.db, 'a', search({ search: 'o' }), NOW).total).toBe(0)
    cache.domains.upsert('a', { ...domain(random(7), 5), name: 'pine.io' })
    expect(names(cache)).toEqual(['pine.io'])
  })

  it('is not misled by a write that was rolled back', () => {
    const cache = searched()
    expect(() =>
      cache.transaction(() => {
        cache.domains.upsert('a', { ...domain(random(8), 9_003), name: 'pine-rolled.io' })
        cache.domains.markRemoved('a', 1, 'x')
        throw new Error('stop')
      }),
    ).toThrow('stop')
    expect(names(cache)).not.toContain('pine-rolled.io')
    expectSame(cache, search())
    expectSame(cache, search({ search: 'o', sort: { by: 'expires', dir: 'asc' } }))
  })

  it('reads everything again after another connection wrote to the cache', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'portfolio-search-')), 'cache.db')
    const cache = Cache.open(path)
    cache.domains.upsert('a', { ...domain(random(9), 1), name: 'pine.io' })
    expect(names(cache)).toEqual(['pine.io'])
    const other = Cache.open(path)
    other.domains.upsert('a', { ...domain(random(9), 2), name: 'pinecone.io' })
    other.close()
    expect(names(cache)).toEqual(['pine.io', 'pinecone.io'])
    cache.close()
  })
})
