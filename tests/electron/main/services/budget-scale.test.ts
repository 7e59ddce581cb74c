/**
 * Budgets at 100,000 domains: the lapse list is computed once from one set-based read and reused
 * for every page while the domains stay the same, and a page carries only its own rows.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { Cache } from '../../../../electron/main/core/db/cache'
import { BudgetService } from '../../../../electron/main/services/budget-service'

const NOW = Date.UTC(2026, 10, 29, 12)
const DAY = 86_400_000
const TLDS = ['com', 'net', 'org', 'io', 'app']

function bigCache(count: number): Cache {
  const cache = Cache.open(join(mkdtempSync(join(tmpdir(), 'dd-budget-')), 'cache.db'))
  const at = new Date(NOW).toISOString()
  cache.transaction(() => {
    for (let i = 1; i <= count; i++) {
      const expiresAt = NOW + (i % 400) * DAY
      cache.domains.upsert('big', {
        id: i,
        name: `d${i}.${TLDS[i % TLDS.length]}`,
        unicodeName: `d${i}.${TLDS[i % TLDS.length]}`,
        status: 'active',
        registrationDate: '2020-01-01T00:00:00.000Z',
        expirationDate: new Date(expiresAt).toISOString(),
        expiresAt,
        autoRenew: i % 3 !== 0,
        locked: true,
        privacy: true,
        dnsManagedBy: 'vps.org',
        nameservers: ['ns1.vps.org', 'ns2.vps.org'],
        firstSeenAt: at,
        updatedAt: at,
        removedAt: null,
      })
    }
  })
  return cache
}

describe('BudgetService at 100,000 domains', () => {
  it('pages the lapse list without recomputing it', () => {
    const cache = bigCache(100_000)
    const budgets = new BudgetService({
      cache,
      notifications: { notify: () => true },
      accountLabel: () => 'Big',
      clock: { now: () => new Date(NOW) },
    })
    budgets.set('big', { period: 'yearly', cents: 100_000 })
    let started = performance.now()
    const first = budgets.plan('big', { windowDays: 365, offset: 0, limit: 25 })
    const firstMs = performance.now() - started
    expect(first.count).toBeGreaterThan(50_000)
    expect(first.rows).toHaveLength(25)
    expect(first.cutCount).toBeGreaterThan(0)
    started = performance.now()
    const later = budgets.plan('big', { windowDays: 365, offset: 60_000, limit: 25 })
    const laterMs = performance.now() - started
    expect(later.rows).toHaveLength(25)
    expect(later.rows[0]!.savedCents).toBeGreaterThan(first.rows[24]!.savedCents)
    expect(firstMs).toBeLessThan(5_000)
    expect(laterMs).toBeLessThan(firstMs)
    console.log(
      `lapse list at 100,000: first page ${firstMs.toFixed(0)} ms, later ${laterMs.toFixed(0)} ms`,
    )
    cache.close()
  }, 120_000)
})
