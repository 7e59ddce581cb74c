import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { Cache } from '../../../../../electron/main/core/db/cache'
import { migrate } from '../../../../../electron/main/core/db/migrations'
import { nameIndexOf } from '../../../../../electron/main/core/db/name-index'
import {
  queryPortfolio,
  queryPortfolioSql,
} from '../../../../../electron/main/core/db/portfolio-query'
import {
  searchIndexReady,
  warmSearchIndexInSteps,
} from '../../../../../electron/main/core/db/portfolio-search'
import { openDatabase } from '../../../../../electron/main/core/db/sqlite'
import { cachedDomainsAt } from '../../../../support/cached-domain'

const NOW = Date.UTC(2026, 11, 6, 12)
const domain = cachedDomainsAt(NOW)
const WORDS = ['pine', 'cedar', 'maple', 'birch', 'alder']

function filled(path = ':memory:', count = 25): Cache {
  const db = openDatabase(path)
  migrate(db)
  const cache = new Cache(db)
  for (let id = 1; id <= count; id++)
    cache.domains.upsert('a', domain(id, `${WORDS[id % WORDS.length]}-${id}.com`))
  return cache
}

const search = (cache: Cache, term: string, readIndex = false) =>
  queryPortfolio(cache.db, 'a', { search: term, offset: 0, limit: 100 }, NOW, readIndex).rows.map(
    (r) => r.name,
  )
const bySql = (cache: Cache, term: string) =>
  queryPortfolioSql(cache.db, 'a', { search: term, offset: 0, limit: 100 }, NOW).rows.map(
    (r) => r.name,
  )

/** A pause between steps that runs `between[i]` at the i-th step, and counts the steps. */
function steps(between: Array<() => void> = []) {
  const seen = { count: 0 }
  const pause = async () => {
    between[seen.count]?.()
    seen.count++
    await new Promise((resolve) => setImmediate(resolve))
  }
  return { seen, pause }
}

describe('the search index read in steps', () => {
  it('reads the account a few domains at a time, then answers every search as SQL does', async () => {
    const cache = filled()
    const { seen, pause } = steps()
    expect(searchIndexReady(cache.db, 'a')).toBe(false)
    await expect(warmSearchIndexInSteps(cache.db, 'a', { step: 4, pause })).resolves.toBe(true)
    // 25 domains in steps of 4: six pauses while reading, then the postings and the install.
    expect(seen.count).toBeGreaterThanOrEqual(7)
    expect(searchIndexReady(cache.db, 'a')).toBe(true)
    for (const term of ['pine', 'e', 'r-1', '-2', 'CEDAR', 'zz'])
      expect(search(cache, term)).toEqual(bySql(cache, term))
  })

  it('finds what was written to the account between its steps', async () => {
    const cache = filled()
    const { pause } = steps([
      () => cache.domains.upsert('a', domain(1, 'renamed-early.com')),
      () => cache.domains.upsert('a', domain(99, 'added-midway.com')),
      () => cache.annotations.setTags('a', 'maple-2.com', ['tagged-midway']),
    ])
    await expect(warmSearchIndexInSteps(cache.db, 'a', { step: 4, pause })).resolves.toBe(true)
    expect(search(cache, 'renamed')).toEqual(['renamed-early.com'])
    expect(search(cache, 'added')).toEqual(['added-midway.com'])
    expect(search(cache, 'tagged-midway')).toEqual(['maple-2.com'])
    expect(search(cache, 'alder-5')).toEqual(bySql(cache, 'alder-5'))
    for (const term of ['pine-1', 'e', 'midway'])
      expect(search(cache, term)).toEqual(bySql(cache, term))
  })

  it('gives up when told to, leaving searches to SQL and nothing noted', async () => {
    const cache = filled()
    let syncing = false
    const { pause } = steps([() => (syncing = true)])
    await expect(
      warmSearchIndexInSteps(cache.db, 'a', { step: 4, pause, stop: () => syncing }),
    ).resolves.toBe(false)
    expect(searchIndexReady(cache.db, 'a')).toBe(false)
    expect(search(cache, 'pine')).toEqual(bySql(cache, 'pine'))
  })

  it('gives up when another connection writes meanwhile, whose writes it cannot see noted', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'name-index-')), 'cache.db')
    const cache = filled(path)
    const other = new Cache(openDatabase(path))
    const { pause } = steps([() => other.domains.upsert('a', domain(77, 'elsewhere.com'))])
    await expect(warmSearchIndexInSteps(cache.db, 'a', { step: 4, pause })).resolves.toBe(false)
    expect(searchIndexReady(cache.db, 'a')).toBe(false)
    // The next read starts over and sees the other connection's domain.
    await expect(warmSearchIndexInSteps(cache.db, 'a', { step: 4 })).resolves.toBe(true)
    expect(search(cache, 'elsewhere')).toEqual(['elsewhere.com'])
    other.db.close()
    cache.db.close()
  })

  it('steps aside when a search reads the whole account meanwhile', async () => {
    const cache = filled()
    const { pause } = steps([() => nameIndexOf(cache.db).account('a')])
    await expect(warmSearchIndexInSteps(cache.db, 'a', { step: 4, pause })).resolves.toBe(false)
    expect(searchIndexReady(cache.db, 'a')).toBe(true)
    expect(search(cache, 'maple')).toEqual(bySql(cache, 'maple'))
  })

  it('gives up, touching nothing, when a quit closes the cache between its steps', async () => {
    // Told nothing by `stop`: the closed connection alone must end it. Reading libsql's
    // transaction state on a closed connection aborts the process.
    for (const closeAt of [0, 1, 6]) {
      const cache = filled()
      const between: Array<() => void> = []
      between[closeAt] = () => cache.db.close()
      const { pause } = steps(between)
      await expect(nameIndexOf(cache.db).warm('a', { step: 4, pause })).resolves.toBe(false)
      expect(nameIndexOf(cache.db).ready('a')).toBe(false)
    }
  })

  it('reads an account once when asked twice, and not at all once it is ready', async () => {
    const cache = filled()
    const first = steps()
    const second = steps()
    const [a, b] = await Promise.all([
      warmSearchIndexInSteps(cache.db, 'a', { step: 4, pause: first.pause }),
      warmSearchIndexInSteps(cache.db, 'a', { step: 4, pause: second.pause }),
    ])
    expect([a, b]).toEqual([true, false])
    expect(second.seen.count).toBe(0)
    const third = steps()
    await expect(
      warmSearchIndexInSteps(cache.db, 'a', { step: 4, pause: third.pause }),
    ).resolves.toBe(true)
    expect(third.seen.count).toBe(0)
  })
})
