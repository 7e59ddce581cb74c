import { describe, expect, it, vi } from 'vitest'
import { Cache } from '../../../../../electron/main/core/db/cache'
import { migrate } from '../../../../../electron/main/core/db/migrations'
import {
  queryPortfolio,
  queryPortfolioSql,
  type ResolvedQuery,
} from '../../../../../electron/main/core/db/portfolio-query'
import {
  warmOrder,
  warmSearchIndexInSteps,
} from '../../../../../electron/main/core/db/portfolio-search'
import { openDatabase } from '../../../../../electron/main/core/db/sqlite'
import { cachedDomainsAt, saveRegistrar } from '../../../../support/cached-domain'

const NOW = Date.UTC(2026, 11, 7, 12)
const DAY = 86_400_000
const domain = cachedDomainsAt(NOW)

/**
 * 1,500 domains whose names all hold "shop" (more matches than SQL sorts), out of id order,
 * expiring on 400 different days (ties broken by name), a third with a registrar known.
 */
function filled(): Cache {
  const db = openDatabase(':memory:')
  migrate(db)
  const cache = new Cache(db)
  cache.transaction(() => {
    for (let id = 1; id <= 1500; id++) {
      const expiresAt = NOW + ((id * 31) % 400) * DAY
      cache.domains.upsert('a', domain(id, `shop-${(id * 7919) % 1500}-${id}.com`, { expiresAt }))
      if (id % 3 === 0) saveRegistrar(cache, id, `registrar-${id % 7}`)
    }
  })
  return cache
}

type Sort = NonNullable<ResolvedQuery['sort']>

const page = (dir: 'asc' | 'desc', offset = 0, by: Sort['by'] = 'name'): ResolvedQuery => ({
  search: 'shop',
  offset,
  limit: 50,
  sort: { by, dir },
})

/** The statements prepared while `fn` ran that read the whole account's order at once. */
function wholeOrderReads(cache: Cache, fn: () => void): string[] {
  const spy = vi.spyOn(cache.db, 'prepare')
  try {
    fn()
    return spy.mock.calls
      .map(([sql]) => String(sql))
      .filter((sql) => /^SELECT d\.id FROM domains d WHERE d\.account_id = \? ORDER BY/.test(sql))
  } finally {
    spy.mockRestore()
  }
}

/**
 * Asks for `q` from the cache, checks the answer against SQL's, and returns the statements that
 * read the whole account's order at once meanwhile.
 */
function orderReadsOfAnswer(cache: Cache, q: ResolvedQuery): string[] {
  let answer: unknown
  const reads = wholeOrderReads(cache, () => (answer = queryPortfolio(cache.db, 'a', q, NOW)))
  expect(answer).toEqual(queryPortfolioSql(cache.db, 'a', q, NOW))
  return reads
}

function pause(between: Array<() => void> = []) {
  const seen = { count: 0 }
  return {
    seen,
    pause: async () => {
      between[seen.count]?.()
      seen.count++
      await new Promise((resolve) => setImmediate(resolve))
    },
  }
}

describe('the order by name, read in steps after the search index', () => {
  it('is read with the index, so the first search with many matches reads no order itself', async () => {
    const cache = filled()
    await expect(warmSearchIndexInSteps(cache.db, 'a')).resolves.toBe(true)
    for (const q of [page('asc'), page('desc'), page('asc', 700)]) {
      expect(orderReadsOfAnswer(cache, q)).toEqual([])
    }
  })

  it('needs the index read first, and reads nothing while its order is kept', async () => {
    const cache = filled()
    await expect(warmOrder(cache.db, 'a')).resolves.toBe(false)
    await expect(warmSearchIndexInSteps(cache.db, 'a')).resolves.toBe(true)
    const steps = pause()
    await expect(
      warmOrder(cache.db, 'a', undefined, { step: 100, pause: steps.pause }),
    ).resolves.toBe(true)
    expect(steps.seen.count).toBe(0)
  })

  it('gives up when a domain changes between its steps, and the next search reads the order itself', async () => {
    const cache = filled()
    await expect(warmSearchIndexInSteps(cache.db, 'a')).resolves.toBe(true)
    // A change makes the kept order stale; the next read goes in steps and meets another change.
    cache.domains.upsert('a', domain(1, 'shop-aaa-first.com'))
    const steps = pause([() => cache.domains.upsert('a', domain(2, 'shop-zzz-last.com'))])
    await expect(
      warmOrder(cache.db, 'a', undefined, { step: 100, pause: steps.pause }),
    ).resolves.toBe(false)
    expect(steps.seen.count).toBe(1)
    expect(orderReadsOfAnswer(cache, page('asc'))).toHaveLength(1)
    // Then read whole in steps of 100: fifteen steps, and the order is kept.
    cache.domains.upsert('a', domain(3, 'shop-mmm-middle.com'))
    const again = pause()
    await expect(
      warmOrder(cache.db, 'a', undefined, { step: 100, pause: again.pause }),
    ).resolves.toBe(true)
    expect(again.seen.count).toBe(15)
    expect(orderReadsOfAnswer(cache, page('desc'))).toEqual([])
  })
})

describe('the order of another sort, read in steps when the user sorts by it', () => {
  it('reads the expiry order with the index when asked, so a search under it reads no order itself', async () => {
    const cache = filled()
    await expect(
      warmSearchIndexInSteps(cache.db, 'a', { sort: { by: 'expires', dir: 'desc' } }),
    ).resolves.toBe(true)
    for (const q of [
      page('asc', 0, 'expires'),
      page('desc', 0, 'expires'),
      page('asc', 700, 'expires'),
    ]) {
      expect(orderReadsOfAnswer(cache, q)).toEqual([])
    }
  })

  it('steps through a column with empty values (the registrar) and keeps the same order as SQL', async () => {
    const cache = filled()
    await expect(warmSearchIndexInSteps(cache.db, 'a')).resolves.toBe(true)
    const steps = pause()
    const byRegistrar = { by: 'registrar', dir: 'asc' } as const
    await expect(
      warmOrder(cache.db, 'a', byRegistrar, { step: 100, pause: steps.pause }),
    ).resolves.toBe(true)
    expect(steps.seen.count).toBe(15)
    for (const q of [page('asc', 0, 'registrar'), page('desc', 1400, 'registrar')]) {
      expect(orderReadsOfAnswer(cache, q)).toEqual([])
    }
  })

  it('gives up when a domain changes between its steps', async () => {
    const cache = filled()
    await expect(warmSearchIndexInSteps(cache.db, 'a')).resolves.toBe(true)
    const steps = pause([
      () => cache.domains.upsert('a', domain(5, 'shop-moved.com', { expiresAt: NOW })),
    ])
    await expect(
      warmOrder(cache.db, 'a', { by: 'expires', dir: 'asc' }, { step: 100, pause: steps.pause }),
    ).resolves.toBe(false)
    expect(orderReadsOfAnswer(cache, page('asc', 0, 'expires'))).toHaveLength(1)
  })
})
