import { describe, expect, it } from 'vitest'
import { Cache } from '../../../../electron/main/core/db/cache'
import { OverviewService } from '../../../../electron/main/services/overview-service'
import type { Forecast } from '../../../../electron/shared/pricing/forecast'
import type { Overview } from '../../../../electron/shared/overview/overview'
import { startTestApp } from '../../../support/app'
import { cachedDomainsAt } from '../../../support/cached-domain'

const NOW = Date.UTC(2026, 11, 6, 12)

const domain = cachedDomainsAt(NOW)

describe('OverviewService', () => {
  it('names the top TLDs and sums the rest as other; a TLD without a price needs attention', () => {
    const cache = Cache.open(':memory:')
    const tlds = ['com', 'net', 'org', 'io', 'dev', 'app', 'co', 'me', 'tv', 'zz']
    let id = 0
    tlds.forEach((tld, i) => {
      for (let k = 0; k <= tlds.length - i; k++)
        cache.domains.upsert('a1', domain(++id, `d${id}.${tld}`, { autoRenew: k % 2 === 0 }))
    })
    cache.policies.save(
      {
        id: 'p1',
        name: 'auto-renew everywhere',
        when: { kind: 'all' },
        require: { autoRenew: true },
        enabled: true,
      },
      '2026-12-01T00:00:00Z',
    )
    const service = new OverviewService({ cache, clock: { now: () => new Date(NOW) } })
    const o = service.overview('a1', 'Asia/Yerevan')
    expect(o.total).toBe(id)
    expect(o.byTld.slice(0, 3)).toEqual([
      { key: 'com', count: 11 },
      { key: 'net', count: 10 },
      { key: 'org', count: 9 },
    ])
    expect(o.byTld).toHaveLength(9)
    expect(o.byTld.at(-1)).toEqual({ key: '*', count: 2 + 3 })
    expect(o.byTld.reduce((n, s) => n + s.count, 0)).toBe(id)
    expect(o.byStatus).toEqual([{ key: 'active', count: id }])
    expect(o.byRegistrar).toEqual([{ key: null, count: id }])
    expect(o.byDns).toEqual([{ key: 'vps.org', count: id }])
    const count = (kind: string) => o.attention.find((a) => a.kind === kind)!
    expect(count('unpricedTlds')).toEqual({
      kind: 'unpricedTlds',
      count: 3,
      link: { page: 'costs' },
    })
    expect(count('policyViolations').count).toBe(
      [...cache.domains.all('a1').values()].filter((d) => !d.autoRenew).length,
    )
    expect(count('expired')).toEqual({
      kind: 'expired',
      count: 0,
      link: { page: 'portfolio', quick: ['expired'] },
    })
    expect(o.renewals).toHaveLength(12)
    expect(o.renewals[0]!.month).toBe('2026-12')
    expect(o.renewals[6]!.renewals).toBe(id)
    expect(o.renewals[6]!.unpriced).toBe(4 + 3 + 2)
    expect(o.spend).toEqual({ year: 2026, cents: 0, charges: 0 })
    expect(o.syncedAt).toBeNull()
  })

  it('agrees with the costs page: the same renewals and amounts by month, and the sync time', async () => {
    const app = await startTestApp({ sandbox: { domains: 400 } })
    const timeZone = 'America/New_York'
    const overview = (await app.call('overview.get', app.accountId, { timeZone })) as Overview
    const forecast = (await app.call('planning.forecast', app.accountId, {
      months: 12,
      timeZone,
    })) as Forecast
    expect(overview.total).toBe(400)
    expect(overview.renewals.map((m) => m.month)).toEqual(forecast.months)
    expect(
      overview.renewals.map((m) => [m.renewals, m.cents, m.autoRenewCents, m.unpriced]),
    ).toEqual(
      forecast.byMonth.map((m) => [
        m.keepAll.renewals,
        m.keepAll.cents,
        m.autoRenew.cents,
        m.keepAll.unpriced,
      ]),
    )
    expect(overview.syncedAt).toBe(
      app.services.cache.syncRuns.lastSuccess(app.accountId)!.finishedAt,
    )
    await expect(
      app.call('overview.get', app.accountId, { timeZone: 'Mars/Olympus' }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' })
  })
})

describe('OverviewService between changes', () => {
  it('computes once while nothing changes, and again after a write or a minute', () => {
    const cache = Cache.open(':memory:')
    cache.domains.upsert('a1', domain(1, 'one.com'))
    let now = NOW
    const service = new OverviewService({ cache, clock: { now: () => new Date(now) } })
    const first = service.overview('a1', 'Asia/Yerevan')
    expect(service.overview('a1', 'Asia/Yerevan')).toBe(first)
    // Another time zone is another set of month boundaries.
    expect(service.overview('a1', 'UTC')).not.toBe(first)
    const utc = service.overview('a1', 'UTC')
    cache.domains.upsert('a1', domain(2, 'two.net'))
    const after = service.overview('a1', 'UTC')
    expect(after).not.toBe(utc)
    expect(after.total).toBe(2)
    expect(service.overview('a1', 'UTC')).toBe(after)
    now += 60_000
    expect(service.overview('a1', 'UTC')).not.toBe(after)
  })
})
