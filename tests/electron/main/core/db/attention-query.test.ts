import { describe, expect, it } from 'vitest'
import { attentionCount } from '../../../../../electron/main/core/db/attention-query'
import { Cache } from '../../../../../electron/main/core/db/cache'
import { migrate } from '../../../../../electron/main/core/db/migrations'
import { openDatabase } from '../../../../../electron/main/core/db/sqlite'
import { inTimeZone } from '../../../../support/time-zone'

const NOW = Date.UTC(2026, 11, 6, 12)
const DAY = 86_400_000
const iso = (ms: number) => new Date(ms).toISOString()

function emptyCache(): Cache {
  const db = openDatabase(':memory:')
  migrate(db)
  return new Cache(db)
}

function addDomain(
  cache: Cache,
  id: number,
  days: number,
  extra: Partial<{ status: 'active' | 'expired'; autoRenew: boolean; removed: boolean }> = {},
  account = 'a',
) {
  cache.domains.upsert(account, {
    id,
    name: `d${id}.com`,
    unicodeName: `d${id}.com`,
    status: extra.status ?? 'active',
    registrationDate: '2024-01-01T00:00:00Z',
    expirationDate: iso(NOW + days * DAY),
    expiresAt: NOW + days * DAY,
    autoRenew: extra.autoRenew ?? true,
    locked: true,
    privacy: true,
    dnsManagedBy: 'vps.org',
    nameservers: ['ns1.vps.org', 'ns2.vps.org'],
    firstSeenAt: 'x',
    updatedAt: 'x',
    removedAt: extra.removed ? 'x' : null,
  })
}

function addTransfer(
  cache: Cache,
  domainId: number,
  state: string,
  createdDaysAgo: number,
  estimatedCompletion: number | null = null,
) {
  cache.db
    .prepare(
      `INSERT INTO transfers (account_id, domain_id, domain_name, state, estimated_completion, created_at)
       VALUES ('a', ?, ?, ?, ?, ?)`,
    )
    .run(
      domainId,
      `t${domainId}.com`,
      state,
      estimatedCompletion === null ? null : iso(estimatedCompletion),
      iso(NOW - createdDaysAgo * DAY),
    )
}

function addIntent(cache: Cache, id: string, state: string) {
  cache.db
    .prepare(
      `INSERT INTO registration_intents (id, account_id, domain_name, unicode_name, years, auto_renew,
         privacy, state, created_at) VALUES (?, 'a', ?, ?, 1, 1, 1, ?, ?)`,
    )
    .run(id, `${id}.com`, `${id}.com`, state, iso(NOW))
}

describe('attentionCount', () => {
  it('counts expired domains and those expiring soon without auto-renew', () => {
    const cache = emptyCache()
    addDomain(cache, 1, -2, { status: 'expired' })
    addDomain(cache, 2, -1) // past its date, status not yet updated
    addDomain(cache, 3, 10, { autoRenew: false })
    addDomain(cache, 4, 10) // renews by itself
    addDomain(cache, 5, 45, { autoRenew: false }) // outside the 30 days
    addDomain(cache, 6, -5, { status: 'expired', removed: true })
    addDomain(cache, 7, -5, { status: 'expired' }, 'other-account')
    expect(attentionCount(cache.db, 'a', NOW, 30).domains).toBe(3)
    expect(attentionCount(cache.db, 'a', NOW, 60).domains).toBe(4)
  })

  it('counts the whole last day of the window, as the domain’s "in 30 days" says', () => {
    inTimeZone('UTC', () => {
      const cache = emptyCache()
      // NOW is 12:00: 30 days and 11 hours ahead is still the 30th day; 30 days and 12 hours is
      // the 31st.
      addDomain(cache, 1, 30 + 11 / 24, { autoRenew: false })
      addDomain(cache, 2, 30.5, { autoRenew: false })
      expect(attentionCount(cache.db, 'a', NOW, 30).domains).toBe(1)
    })
  })

  it('counts unknown, overdue and recently failed transfers, not ones replaced or done', () => {
    const cache = emptyCache()
    addTransfer(cache, 1, 'unknown', 1)
    addTransfer(cache, 2, 'pending', 10, NOW - DAY) // overdue
    addTransfer(cache, 3, 'pending', 1, NOW + 5 * DAY)
    addTransfer(cache, 4, 'failed', 3)
    addTransfer(cache, 5, 'failed', 40) // long ago
    addTransfer(cache, 6, 'failed', 5)
    addTransfer(cache, 6, 'pending', 1, NOW + 5 * DAY) // tried again
    addTransfer(cache, 7, 'completed', 2)
    expect(attentionCount(cache.db, 'a', NOW, 30).transfers).toBe(3)
  })

  it('counts registrations whose outcome is unknown', () => {
    const cache = emptyCache()
    addIntent(cache, 'i1', 'unknown')
    addIntent(cache, 'i2', 'succeeded')
    addIntent(cache, 'i3', 'failed')
    expect(attentionCount(cache.db, 'a', NOW, 30)).toEqual({
      domains: 0,
      transfers: 0,
      registrations: 1,
    })
  })
})
