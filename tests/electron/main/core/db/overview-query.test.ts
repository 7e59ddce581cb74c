import { describe, expect, it } from 'vitest'
import { Cache } from '../../../../../electron/main/core/db/cache'
import {
  chargedSince,
  domainGroups,
  overdueTransferCount,
  pastExpiryNotExpired,
  quickFilterCount,
  renewalGroups,
} from '../../../../../electron/main/core/db/overview-query'
import { queryPortfolio } from '../../../../../electron/main/core/db/portfolio-query'
import type { QuickFilter } from '../../../../../electron/shared/ipc/models'
import { cachedDomainsAt } from '../../../../support/cached-domain'

const NOW = Date.UTC(2026, 11, 6, 12)
const DAY = 86_400_000
const MINUTE = 60_000

const domain = cachedDomainsAt(NOW)

const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')

function portfolio(): Cache {
  const cache = Cache.open(':memory:')
  const list = [
    domain(1, 'fine.com'),
    domain(2, 'lapsing.com', { autoRenew: false, expiresAt: NOW + 10 * DAY }),
    domain(3, 'renewing.net', { expiresAt: NOW + 10 * DAY }),
    domain(4, 'late.org', { autoRenew: false, expiresAt: NOW + 40 * DAY }),
    domain(5, 'gone.com', { status: 'expired', expiresAt: NOW - 5 * DAY, autoRenew: false }),
    domain(6, 'grace.io', { expiresAt: NOW - 3 * DAY }),
    domain(7, 'open.com', { locked: false }),
    domain(8, 'moving.com', { locked: false }),
    domain(9, 'stuck.co.uk', {
      status: 'pending',
      registrationDate: iso(NOW - 30 * MINUTE),
    }),
    domain(10, 'fresh.co.uk', { status: 'pending', registrationDate: iso(NOW - 2 * MINUTE) }),
    domain(11, 'away.com', {
      autoRenew: false,
      expiresAt: NOW + 5 * DAY,
      removedAt: '2026-11-01T00:00:00Z',
    }),
    domain(12, 'ext.dev', { dnsManagedBy: 'external', expiresAt: NOW + 400 * DAY }),
  ]
  for (const d of list) cache.domains.upsert('a1', d)
  cache.domains.upsert('a2', domain(1, 'other-account.com', { locked: false }))
  const transfer = cache.db.prepare(
    `INSERT INTO transfers (account_id, domain_id, domain_name, state, estimated_completion, created_at)
     VALUES ('a1', ?, ?, ?, ?, '2026-12-01T00:00:00Z')`,
  )
  transfer.run(8, 'moving.com', 'pending', new Date(NOW + 2 * DAY).toISOString())
  transfer.run(1, 'fine.com', 'pending', new Date(NOW - 2 * DAY).toISOString())
  transfer.run(3, 'renewing.net', 'completed', new Date(NOW - 9 * DAY).toISOString())
  return cache
}

/** What the portfolio page lists with these quick filters: the count must say the same. */
const listed = (cache: Cache, quick: QuickFilter[]) =>
  queryPortfolio(cache.db, 'a1', { quick, offset: 0, limit: 1000 }, NOW)
    .rows.map((r) => r.name)
    .sort()

describe('overview queries', () => {
  it('counts each attention filter exactly as the filtered portfolio lists it', () => {
    const cache = portfolio()
    const cases: Array<[QuickFilter[], string[]]> = [
      [['expiring30', 'autoRenewOff'], ['lapsing.com']],
      [['expired'], ['gone.com', 'grace.io']],
      [['unlockedNoTransfer'], ['open.com']],
      [['pendingTooLong'], ['stuck.co.uk']],
    ]
    for (const [quick, names] of cases) {
      expect(listed(cache, quick)).toEqual(names)
      expect(quickFilterCount(cache.db, 'a1', quick, NOW)).toBe(names.length)
    }
  })

  it('counts open transfers past their estimated completion only', () => {
    expect(overdueTransferCount(portfolio().db, 'a1', NOW)).toBe(1)
    expect(overdueTransferCount(portfolio().db, 'a2', NOW)).toBe(0)
  })

  it('groups live domains by status, suffix, registrar and DNS host in one pass', () => {
    const groups = domainGroups(portfolio().db, 'a1')
    const sum = (pick: (g: (typeof groups)[number]) => boolean) =>
      groups.filter(pick).reduce((n, g) => n + g.count, 0)
    expect(sum(() => true)).toBe(11)
    expect(sum((g) => g.status === 'pending')).toBe(2)
    expect(sum((g) => g.suffix === 'co.uk')).toBe(2)
    expect(sum((g) => g.suffix === 'com')).toBe(5)
    expect(sum((g) => g.dns === 'external')).toBe(1)
    expect(sum((g) => g.registrar === null)).toBe(11)
  })

  it('buckets renewals by month: expired ones now, others at their expiry within the window', () => {
    const bounds = [NOW, ...Array.from({ length: 12 }, (_, i) => Date.UTC(2027, i, 1))]
    const groups = renewalGroups(portfolio().db, 'a1', bounds)
    const at = (month: number) => {
      const sums = new Map<string, number>()
      for (const g of groups.filter((x) => x.month === month)) {
        const key = `${g.suffix}:${g.autoRenew ? 'on' : 'off'}`
        sums.set(key, (sums.get(key) ?? 0) + g.count)
      }
      return [...sums].map(([key, count]) => `${key}:${count}`).sort()
    }
    // December: expired gone.com (off), lapsing.com (off), renewing.net (on).
    expect(at(0)).toEqual(['com:off:2', 'net:on:1'])
    // January: late.org.
    expect(at(1)).toEqual(['org:off:1'])
    // June 2027: the five domains expiring in 200 days; ext.dev (400 days) is outside.
    expect(at(6)).toEqual(['co.uk:on:2', 'com:on:3'])
    expect(groups.reduce((n, g) => n + g.count, 0)).toBe(9)
    expect(pastExpiryNotExpired(portfolio().db, 'a1', NOW).map((d) => d.name)).toEqual(['grace.io'])
  })

  it('sums the charges of the account from a date on', () => {
    const cache = portfolio()
    const charge = (account: string, cents: number, at: string) =>
      cache.charges.record({
        accountId: account,
        kind: 'registration',
        tld: 'com',
        years: 1,
        cents,
        domainName: 'x.com',
        at,
      })
    charge('a1', 1000, '2025-12-31T23:00:00.000Z')
    charge('a1', 1200, '2026-01-02T10:00:00.000Z')
    charge('a1', 800, '2026-06-02T10:00:00.000Z')
    charge('a2', 5000, '2026-06-02T10:00:00.000Z')
    expect(chargedSince(cache.db, 'a1', '2026-01-01T00:00:00.000Z')).toEqual({
      cents: 2000,
      charges: 2,
    })
    expect(chargedSince(cache.db, 'a3', '2026-01-01T00:00:00.000Z')).toEqual({
      cents: 0,
      charges: 0,
    })
  })
})

describe('overview queries at scale', () => {
  const plan = (cache: Cache, sql: string, ...params: unknown[]) =>
    (cache.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as Array<{ detail: string }>).map(
      (r) => r.detail,
    )

  it('reads the breakdown and the renewal window from the covering index, not table rows', () => {
    const cache = portfolio()
    const spy = cache.db.prepare.bind(cache.db)
    const seen: string[] = []
    cache.db.prepare = ((sql: string) => {
      // The look-ups of whether a named index exists (deferred-indexes.ts) are not the reads.
      if (!sql.includes('sqlite_master')) seen.push(sql)
      return spy(sql)
    }) as typeof cache.db.prepare
    domainGroups(cache.db, 'a1')
    renewalGroups(cache.db, 'a1', [NOW, NOW + 30 * DAY, NOW + 60 * DAY])
    pastExpiryNotExpired(cache.db, 'a1', NOW)
    cache.db.prepare = spy
    const params = [['a1'], [NOW + 30 * DAY, 'a1', NOW, NOW + 60 * DAY], ['a1'], ['a1', NOW]]
    const plans = seen.map((sql, i) => plan(cache, sql, ...params[i]!).join('\n'))
    const covering = /USING COVERING INDEX domains_overview \(account_id=\? AND removed_at=\?/
    expect(plans[0]).toMatch(covering)
    expect(plans[1]).toMatch(covering)
    expect(plans[1]).toMatch(/expires_at>\? AND expires_at<\?/)
    // The expired domains: a look-up by status (few), not a scan.
    expect(plans[2]).toMatch(/USING INDEX domains_by_status \(account_id=\? AND status=\?\)/)
    expect(plans[3]).toMatch(covering)
  })
})
