import { describe, expect, it } from 'vitest'
import { Cache } from '../../../../../electron/main/core/db/cache'
import { migrate } from '../../../../../electron/main/core/db/migrations'
import { inTimeZone, TEST_ZONES } from '../../../../support/time-zone'
import { queryPortfolio, whereClause } from '../../../../../electron/main/core/db/portfolio-query'
import { openDatabase } from '../../../../../electron/main/core/db/sqlite'

const NOW = Date.UTC(2026, 10, 29, 12)
const DAY = 86_400_000

/** Domains expiring `days` (fractions allowed) after `base`. */
function cacheWith(
  names: Array<[string, number, Partial<{ status: 'active' | 'expired'; autoRenew: boolean }>?]>,
  base = NOW,
): Cache {
  const db = openDatabase(':memory:')
  migrate(db)
  const cache = new Cache(db)
  names.forEach(([name, days, extra], i) =>
    cache.domains.upsert('a', {
      id: i + 1,
      name,
      unicodeName: name,
      status: extra?.status ?? 'active',
      registrationDate: '2024-01-01T00:00:00Z',
      expirationDate: new Date(base + Math.round(days * DAY)).toISOString(),
      expiresAt: base + Math.round(days * DAY),
      autoRenew: extra?.autoRenew ?? true,
      locked: true,
      privacy: true,
      dnsManagedBy: 'vps.org',
      nameservers: ['ns1.vps.org', 'ns2.vps.org'],
      firstSeenAt: 'x',
      updatedAt: 'x',
      removedAt: null,
    }),
  )
  return cache
}

const q = (extra: object = {}) => ({ offset: 0, limit: 100, ...extra })

describe('queryPortfolio', () => {
  it('treats % and _ in a search literally', () => {
    const cache = cacheWith([
      ['a_b.com', 10],
      ['axb.com', 10],
      ['100percent.com', 10],
    ])
    expect(
      queryPortfolio(cache.db, 'a', q({ search: 'a_b' }), NOW).rows.map((r) => r.name),
    ).toEqual(['a_b.com'])
    expect(queryPortfolio(cache.db, 'a', q({ search: '%' }), NOW).total).toBe(0)
  })

  it('keeps expiring windows to the future and expired to the past', () => {
    const cache = cacheWith([
      ['past.com', -3, { status: 'expired' }],
      ['soon.com', 5],
      ['later.com', 45],
      ['far.com', 200],
    ])
    const names = (quick: string) =>
      queryPortfolio(cache.db, 'a', q({ quick: [quick] }), NOW).rows.map((r) => r.name)
    expect(names('expiring30')).toEqual(['soon.com'])
    expect(names('expiring60')).toEqual(['later.com', 'soon.com'])
    expect(names('expired')).toEqual(['past.com'])
  })

  it('sorts descending with a stable tie-break and pages', () => {
    const cache = cacheWith([
      ['b.com', 1, { autoRenew: false }],
      ['a.com', 1],
      ['c.com', 1, { autoRenew: false }],
    ])
    const page = queryPortfolio(
      cache.db,
      'a',
      q({ sort: { by: 'autoRenew', dir: 'desc' }, limit: 2 }),
      NOW,
    )
    expect(page.total).toBe(3)
    expect(page.rows.map((r) => r.name)).toEqual(['a.com', 'c.com'])
  })

  it('computes days left from the expiration date and the clock, not from the API', () => {
    inTimeZone('UTC', () => {
      const cache = cacheWith([['soon.com', 10]])
      expect(queryPortfolio(cache.db, 'a', q(), NOW).rows[0]!.daysLeft).toBe(10)
      expect(queryPortfolio(cache.db, 'a', q(), NOW + 10 * DAY - 1).rows[0]!.daysLeft).toBe(0)
    })
  })

  it('filters "expiring within N days" by the same calendar days as the labels', () => {
    for (const zone of TEST_ZONES) {
      inTimeZone(zone, () => {
        // 23:00 local: expiries from just after now to two days past the 30th day.
        const now = new Date(2026, 11, 7, 23).getTime()
        const minutes = [30, 29 * 1440 + 60, 30 * 1440 - 30, 30 * 1440 + 30, 30 * 1440 + 59]
        minutes.push(31 * 1440 - 61, 31 * 1440 + 90)
        const cache = cacheWith(
          minutes.map((m, i) => [`d${i + 1}.com`, m / 1440] as [string, number]),
          now,
        )
        const all = queryPortfolio(cache.db, 'a', q(), now).rows
        const labelled = all.filter((r) => r.daysLeft <= 30).map((r) => r.name)
        const filtered = queryPortfolio(cache.db, 'a', q({ quick: ['expiring30'] }), now).rows
        expect(filtered.map((r) => r.name).sort(), zone).toEqual(labelled.sort())
        expect(labelled.length, zone).toBeGreaterThan(0)
        expect(labelled.length, zone).toBeLessThan(all.length)
      })
    }
  })

  it('keeps other accounts out', () => {
    const cache = cacheWith([['mine.com', 10]])
    expect(queryPortfolio(cache.db, 'someone-else', q(), NOW).total).toBe(0)
  })

  it('sorts by first tag (untagged first when ascending) and by nameservers', () => {
    const cache = cacheWith([
      ['a.com', 1],
      ['b.com', 1],
      ['c.com', 1],
    ])
    cache.annotations.setTags('a', 'b.com', ['zeta'])
    cache.annotations.setTags('a', 'c.com', ['alpha', 'omega'])
    const byTags = queryPortfolio(cache.db, 'a', q({ sort: { by: 'tags', dir: 'asc' } }), NOW)
    expect(byTags.rows.map((r) => r.name)).toEqual(['a.com', 'c.com', 'b.com'])
    const byTagsDesc = queryPortfolio(cache.db, 'a', q({ sort: { by: 'tags', dir: 'desc' } }), NOW)
    expect(byTagsDesc.rows.map((r) => r.name)).toEqual(['b.com', 'c.com', 'a.com'])
    expect(
      queryPortfolio(cache.db, 'a', q({ sort: { by: 'nameservers', dir: 'asc' } }), NOW).total,
    ).toBe(3)
  })

  it('finds one exact name through the name index, not a scan, and never a substring', () => {
    const cache = cacheWith([
      ['shop.com', 10],
      ['myshop.com', 10],
      ['removed.com', 10],
    ])
    cache.db.prepare("UPDATE domains SET removed_at = 'x' WHERE name = 'removed.com'").run()
    const names = (name: string) =>
      queryPortfolio(cache.db, 'a', q({ name }), NOW).rows.map((r) => r.name)
    expect(names('shop.com')).toEqual(['shop.com'])
    expect(names('SHOP.com ')).toEqual(['shop.com'])
    expect(names('hop.com')).toEqual([])
    expect(names('removed.com')).toEqual([])
    const where = whereClause(cache.db, 'a', q({ name: 'shop.com' }), NOW)
    const plan = cache.db
      .prepare(`EXPLAIN QUERY PLAN SELECT d.id FROM domains d WHERE ${where.sql}`)
      .all(...where.params) as Array<{ detail: string }>
    const steps = plan.map((p) => p.detail).join('\n')
    // Each matching id is then looked up by key (the primary key, or the narrow presence index).
    expect(steps).toMatch(
      /SEARCH d USING (PRIMARY KEY|COVERING INDEX domains_by_presence) \(account_id=\? AND (removed_at=\? AND )?id=\?\)/,
    )
    expect(steps).toMatch(
      /SEARCH n USING COVERING INDEX domains_by_name \(account_id=\? AND name=\?\)/,
    )
    expect(steps).not.toMatch(/SCAN|CORRELATED/)
  })
})
