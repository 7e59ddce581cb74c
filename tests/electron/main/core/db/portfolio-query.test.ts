import { describe, expect, it } from 'vitest'
import { Cache } from '../../../../../electron/main/core/db/cache'
import { migrate } from '../../../../../electron/main/core/db/migrations'
import {
  daysLeft,
  queryPortfolio,
  whereClause,
} from '../../../../../electron/main/core/db/portfolio-query'
import { openDatabase } from '../../../../../electron/main/core/db/sqlite'

const NOW = Date.UTC(2026, 10, 29, 12)
const DAY = 86_400_000

/** Runs `fn` with the process in time zone `zone` (Node reads TZ again when it changes). */
function inTimeZone(zone: string, fn: () => void): void {
  const before = process.env.TZ
  process.env.TZ = zone
  try {
    fn()
  } finally {
    if (before === undefined) delete process.env.TZ
    else process.env.TZ = before
  }
}

function cacheWith(
  names: Array<[string, number, Partial<{ status: 'active' | 'expired'; autoRenew: boolean }>?]>,
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
      expirationDate: new Date(NOW + days * DAY).toISOString(),
      expiresAt: NOW + days * DAY,
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
      expect(daysLeft(NOW + 10 * DAY, NOW)).toBe(10)
      expect(daysLeft(NOW - 1, NOW)).toBe(0)
      expect(daysLeft(NOW - DAY, NOW)).toBe(-1)
    })
  })

  it('counts calendar days where the user is, as the dates beside them are shown', () => {
    for (const zone of ['UTC', 'America/Los_Angeles', 'Asia/Yerevan', 'Pacific/Chatham']) {
      inTimeZone(zone, () => {
        const at = (day: number, hour: number, minute = 0) =>
          new Date(2026, 11, day, hour, minute).getTime()
        // An hour before midnight, an expiry at 00:30 is tomorrow, not "today".
        expect(daysLeft(at(8, 0, 30), at(7, 23)), zone).toBe(1)
        expect(daysLeft(at(7, 23, 59), at(7, 0, 1)), zone).toBe(0)
        // Earlier today, even past: today. Yesterday late: one day ago.
        expect(daysLeft(at(7, 8), at(7, 12)), zone).toBe(0)
        expect(daysLeft(at(6, 23, 59), at(7, 0, 1)), zone).toBe(-1)
        expect(daysLeft(at(7 + 365, 1), at(7, 23)), zone).toBe(365)
      })
    }
    // The same two instants are a day apart in London's winter and the same day in Yerevan.
    const late = Date.UTC(2026, 11, 7, 23)
    const expiry = Date.UTC(2026, 11, 8, 0, 30)
    inTimeZone('Europe/London', () => expect(daysLeft(expiry, late)).toBe(1))
    inTimeZone('Asia/Yerevan', () => expect(daysLeft(expiry, late)).toBe(0))
    // A day of 23 hours (clocks forward on 8 March 2026 in Los Angeles) is still one day.
    inTimeZone('America/Los_Angeles', () => {
      const march = (day: number, hour: number) => new Date(2026, 2, day, hour).getTime()
      expect(daysLeft(march(9, 0), march(7, 23))).toBe(2)
      expect(daysLeft(march(8, 23), march(8, 0))).toBe(0)
    })
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
