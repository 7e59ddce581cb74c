import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { Cache } from '../../../../../electron/main/core/db/cache'
import { openCache } from '../../../../../electron/main/core/db/open-cache'
import { domainGroups, renewalGroups } from '../../../../../electron/main/core/db/overview-query'
import { ensureSortIndex } from '../../../../../electron/main/core/db/sort-index'
import { rows, type Db } from '../../../../../electron/main/core/db/sqlite'
import { cachedDomainsAt } from '../../../../support/cached-domain'
import { domainIndexes, domainIndexNames } from '../../../../support/domain-indexes'

const NOW = Date.UTC(2026, 11, 7, 12)
const DAY = 86_400_000
const make = cachedDomainsAt(NOW)
const tempPath = () => join(mkdtempSync(join(tmpdir(), 'dd-deferred-')), 'cache.db')

/** How SQLite would read the first page sorted by name. */
const planByName = (db: Db) =>
  rows<{ detail: string }>(
    db,
    "EXPLAIN QUERY PLAN SELECT id FROM domains WHERE account_id = 'a' ORDER BY name LIMIT 64",
  )
    .map((r) => r.detail)
    .join('; ')

describe('DomainIndexes', () => {
  it('drops the secondary indexes of an empty domains table and builds the same ones back', () => {
    const cache = Cache.open(':memory:')
    const before = domainIndexes(cache.db)
    expect(before.map((i) => i.name)).toContain('domains_by_name')
    expect(cache.domainIndexes.deferWhileEmpty()).toBe(before.length)
    expect(domainIndexes(cache.db)).toEqual([])
    expect(cache.domainIndexes.pending()).toBe(before.length)
    expect(planByName(cache.db)).toMatch(/TEMP B-TREE/)
    for (let id = 1; id <= 50; id++) cache.domains.upsert('a', make(id, `name-${id}.com`))
    let steps = 0
    while (cache.domainIndexes.restoreOne()) steps++
    expect(steps).toBe(before.length - 1)
    expect(domainIndexes(cache.db)).toEqual(before)
    expect(cache.domainIndexes.pending()).toBe(0)
    expect(planByName(cache.db)).toMatch(/domains_by_name/)
    expect(rows(cache.db, 'PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }])
  })

  it('leaves the indexes alone once the table holds a row, whatever the account', () => {
    const cache = Cache.open(':memory:')
    cache.domains.upsert('other', make(1, 'kept.com'))
    const before = domainIndexes(cache.db)
    expect(cache.domainIndexes.deferWhileEmpty()).toBe(0)
    expect(domainIndexes(cache.db)).toEqual(before)
    expect(cache.domainIndexes.pending()).toBe(0)
  })

  it('builds back around an index a sort made meanwhile, and the sort keeps it', () => {
    const cache = Cache.open(':memory:')
    ensureSortIndex(cache.db, 'd.locked')
    cache.domainIndexes.deferWhileEmpty()
    expect(domainIndexNames(cache.db)).toEqual([])
    // Another connection's sort (this one remembers its index as built) makes it again.
    cache.db.exec(
      'CREATE INDEX IF NOT EXISTS domains_sort_locked ON domains (account_id, locked, name)',
    )
    cache.domains.upsert('a', make(1, 'one.com'))
    expect(cache.domainIndexes.restoreAll()).toBeGreaterThan(1)
    expect(domainIndexNames(cache.db)).toContain('domains_sort_locked')
    expect(domainIndexNames(cache.db)).toContain('domains_by_name')
  })

  it('builds back at the next open what a run that died mid-fill left dropped', () => {
    const path = tempPath()
    const first = openCache(path).db
    const before = domainIndexes(first)
    const cache = new Cache(first)
    cache.domainIndexes.deferWhileEmpty()
    cache.domains.upsert('a', make(1, 'one.com'))
    // The run ends here: closed without building anything back.
    first.close()
    const reopened = openCache(path).db
    expect(domainIndexes(reopened)).toEqual(before)
    expect(new Cache(reopened).domainIndexes.pending()).toBe(0)
    expect(rows(reopened, 'SELECT id FROM domains')).toEqual([{ id: 1 }])
  })

  it('opens a cache whose recorded index cannot be built, and builds the others', () => {
    const path = tempPath()
    const first = openCache(path).db
    const before = domainIndexes(first)
    // Recorded first, so that it is the first one tried.
    first
      .prepare('INSERT INTO deferred_indexes (name, sql) VALUES (?, ?)')
      .run('aa_broken', 'CREATE INDEX aa_broken ON domains (no_such_column)')
    new Cache(first).domainIndexes.deferWhileEmpty()
    first.close()
    const reopened = openCache(path)
    expect(reopened.notice).toBeNull()
    expect(domainIndexes(reopened.db)).toEqual(before)
    expect(rows(reopened.db, 'SELECT name FROM deferred_indexes')).toEqual([{ name: 'aa_broken' }])
  })

  it("answers the Overview's queries, which name their indexes, while the indexes are dropped", () => {
    const cache = Cache.open(':memory:')
    cache.domainIndexes.deferWhileEmpty()
    cache.domains.upsert('a', make(1, 'one.com', { expiresAt: NOW + 10 * DAY }))
    cache.domains.upsert('a', make(2, 'two.net', { status: 'expired', expiresAt: NOW - DAY }))
    const groups = () =>
      domainGroups(cache.db, 'a').map((g) => `${g.status} ${g.suffix} ${g.count}`)
    const renewals = () =>
      renewalGroups(cache.db, 'a', [NOW, NOW + 30 * DAY, NOW + 60 * DAY]).map(
        (g) => `${g.month} ${g.suffix} ${g.count}`,
      )
    expect(groups()).toEqual(['active com 1', 'expired net 1'])
    expect(renewals()).toEqual(['0 com 1', '0 net 1'])
    cache.domainIndexes.restoreAll()
    expect(groups()).toEqual(['active com 1', 'expired net 1'])
    expect(renewals()).toEqual(['0 com 1', '0 net 1'])
  })

  it('builds one index per turn when asked to build in steps', async () => {
    const cache = Cache.open(':memory:')
    const count = cache.domainIndexes.deferWhileEmpty()
    const seen: number[] = []
    await cache.domainIndexes.restoreInSteps(async () => {
      seen.push(domainIndexes(cache.db).length)
    })
    expect(seen).toEqual(Array.from({ length: count - 1 }, (_, i) => i + 1))
    expect(domainIndexes(cache.db)).toHaveLength(count)
  })
})
