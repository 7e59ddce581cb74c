import { describe, expect, it } from 'vitest'
import { orderKept, searchIndexReady } from '../../../../electron/main/core/db/portfolio-search'
import { startTestApp } from '../../../support/app'

describe('PortfolioService', () => {
  it('answers a search by SQL while the in-memory index is not read, and reads it soon after, even while pages keep being asked for', async () => {
    const app = await startTestApp({ sandbox: { domains: 60 } })
    const db = app.services.cache.db
    // Reading the index takes up to a second at 100,000 domains: never on a keystroke.
    expect(searchIndexReady(db, app.accountId)).toBe(false)
    const first = await app.call('portfolio.list', app.accountId, { search: 'MYAPP' })
    expect(first.rows.map((r: { name: string }) => r.name)).toEqual(['myapp.io'])
    expect(searchIndexReady(db, app.accountId)).toBe(false)
    // Someone typing from the first second: a page every 100 ms does not push the read back.
    const deadline = Date.now() + 3000
    while (!searchIndexReady(db, app.accountId) && Date.now() < deadline) {
      await app.call('portfolio.list', app.accountId, { search: 'MYAP' })
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    expect(searchIndexReady(db, app.accountId)).toBe(true)
    const again = await app.call('portfolio.list', app.accountId, { search: 'MYAPP' })
    expect(again).toEqual(first)
  })

  it('reads the search index after the first page too, so the first search is answered from memory; not while the account syncs', async () => {
    const app = await startTestApp({ sandbox: { domains: 60 } })
    const db = app.services.cache.db
    // Pages asked for while a sync writes (its rows shown as they land) leave it unread.
    const syncing = app.services.sync.syncNow(app.accountId)
    await app.call('portfolio.list', app.accountId, { limit: 50 })
    await app.call('portfolio.list', app.accountId, { search: 'example' })
    await syncing
    await new Promise((resolve) => setTimeout(resolve, 600))
    expect(searchIndexReady(db, app.accountId)).toBe(false)
    // The window's first page, no search yet: the index is read once the requests pause.
    await app.call('portfolio.list', app.accountId, { limit: 50 })
    await expect.poll(() => searchIndexReady(db, app.accountId), { timeout: 3000 }).toBe(true)
    const searched = await app.call('portfolio.list', app.accountId, { search: 'example' })
    expect(searched.rows.length).toBeGreaterThan(0)
  })

  it('reads the order of the sort the user chose soon after their page, not only the order by name', async () => {
    const app = await startTestApp({ sandbox: { domains: 60 } })
    const db = app.services.cache.db
    const byExpiry = { by: 'expires', dir: 'desc' } as const
    await app.call('portfolio.list', app.accountId, { limit: 50 })
    await expect.poll(() => orderKept(db, app.accountId), { timeout: 3000 }).toBe(true)
    expect(orderKept(db, app.accountId, byExpiry)).toBe(false)
    // The first search under that sort with many matches would otherwise read it whole.
    await app.call('portfolio.list', app.accountId, { limit: 50, sort: byExpiry })
    await expect.poll(() => orderKept(db, app.accountId, byExpiry), { timeout: 3000 }).toBe(true)
    // Both directions share it.
    expect(orderKept(db, app.accountId, { by: 'expires', dir: 'asc' })).toBe(true)
  })

  it('answers pages from the cache with filters, search, sort and paging', async () => {
    const app = await startTestApp({ sandbox: { domains: 60 } })
    const expired = await app.call('portfolio.list', app.accountId, {
      status: 'expired',
      limit: 100,
    })
    expect(expired.rows.length).toBeGreaterThan(0)
    expect(expired.rows.every((r: { status: string }) => r.status === 'expired')).toBe(true)
    const byExpiry = await app.call('portfolio.list', app.accountId, {
      sort: { by: 'expires', dir: 'asc' },
      limit: 100,
    })
    const dates = byExpiry.rows.map((r: { expirationDate: string }) => Date.parse(r.expirationDate))
    expect(dates).toEqual([...dates].sort((a, b) => a - b))
    const second = await app.call('portfolio.list', app.accountId, { offset: 10, limit: 10 })
    expect(second.rows.map((r: { name: string }) => r.name)).toEqual(
      byExpiry.rows
        .map((r: { name: string }) => r.name)
        .sort()
        .slice(10, 20),
    )
    expect(
      (await app.call('portfolio.list', app.accountId, { search: 'MYAPP' })).rows.map(
        (r: { name: string }) => r.name,
      ),
    ).toEqual(['myapp.io'])
    const soon = await app.call('portfolio.list', app.accountId, {
      quick: ['expiring30'],
      limit: 100,
    })
    expect(soon.rows.every((r: { daysLeft: number }) => r.daysLeft >= 0 && r.daysLeft < 30)).toBe(
      true,
    )
    const off = await app.call('portfolio.list', app.accountId, {
      quick: ['autoRenewOff', 'unlocked'],
      limit: 100,
    })
    expect(
      off.rows.every((r: { autoRenew: boolean; locked: boolean }) => !r.autoRenew && !r.locked),
    ).toBe(true)
  })

  it('changes settings with PUT, verifies by re-reading and records the change as the app’s', async () => {
    const app = await startTestApp()
    const { domain, message } = await app.call('domain.update', app.accountId, 101, {
      autoRenew: false,
      nameservers: ['NS1.Cloudflare.com', 'ns2.cloudflare.com'],
    })
    expect(message).toMatch(/24 hours to propagate/)
    expect(domain).toMatchObject({
      autoRenew: false,
      nameservers: ['ns1.cloudflare.com', 'ns2.cloudflare.com'],
      dnsManagedBy: 'external',
    })
    expect(domain.details).toMatchObject({ registrar: 'VPS.org' })
    expect(
      domain.history
        .filter((h: { source: string }) => h.source === 'app')
        .map((h: { field: string }) => h.field)
        .sort(),
    ).toEqual(['auto_renew', 'dns_managed_by', 'nameservers'])
    const requests = app.sandbox.log.since().filter((e) => e.path === '/api/v1/domains/101/')
    expect(requests.map((e) => e.method)).toEqual(['PUT', 'GET'])
  })

  it('sends one PUT when two windows run the same bulk change at once; a different change meanwhile is a Conflict', async () => {
    const app = await startTestApp()
    const puts = () =>
      app.sandbox.log.since().filter((e) => e.method === 'PUT' && e.path === '/api/v1/domains/101/')
    const [a, b] = await Promise.all([
      app.call('domain.update', app.accountId, 101, { autoRenew: false }),
      app.call('domain.update', app.accountId, 101, { autoRenew: false }),
    ])
    expect(puts()).toHaveLength(1)
    expect(a.domain.autoRenew).toBe(false)
    expect(b).toEqual(a)
    const racing = app.call('domain.update', app.accountId, 101, { autoRenew: true })
    await expect(
      app.call('domain.update', app.accountId, 101, { privacy: false }),
    ).rejects.toMatchObject({ code: 'Conflict', message: expect.stringMatching(/being changed/) })
    expect((await racing).domain.autoRenew).toBe(true)
    expect(puts()).toHaveLength(2)
  })

  it('refuses invalid nameservers with a specific message before calling VPS.org', async () => {
    const app = await startTestApp()
    await expect(
      app.call('domain.update', app.accountId, 101, { nameservers: ['ns1.a.com', 'ns1.a.com'] }),
    ).rejects.toMatchObject({
      code: 'InvalidArgument',
      fields: { nameservers: [expect.stringMatching(/repeats/)] },
    })
    await expect(
      app.call('domain.update', app.accountId, 101, { nameservers: ['ns1.a.com'] }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' })
    expect(app.sandbox.log.since().filter((e) => e.method === 'PUT')).toHaveLength(0)
  })

  it('refuses reserved nameservers and names every bad entry, before calling VPS.org', async () => {
    const app = await startTestApp()
    await expect(
      app.call('domain.update', app.accountId, 101, {
        nameservers: ['ns1.example.com', 'ns.lab.test', 'bad_host.org'],
      }),
    ).rejects.toMatchObject({
      code: 'InvalidArgument',
      fields: {
        nameservers: [
          expect.stringMatching(/^Nameserver 1: .*example\.com/),
          expect.stringMatching(/^Nameserver 2: .*\.test/),
          expect.stringMatching(/^Nameserver 3: /),
        ],
      },
    })
    expect(app.sandbox.log.since().filter((e) => e.method === 'PUT')).toHaveLength(0)
  })

  it('refreshes details on demand and removes a domain, keeping it marked in the cache', async () => {
    const app = await startTestApp()
    const refreshed = await app.call('domain.refresh', app.accountId, 102)
    expect(refreshed.details).toMatchObject({
      registrar: 'Namecheap, Inc.',
      whois: { registrant: 'Example Holdings LLC' },
    })
    await app.call('domain.remove', app.accountId, 102)
    const gone = await app.call('domain.get', app.accountId, 102)
    expect(gone.removedAt).not.toBeNull()
    expect(gone.history[0]).toMatchObject({ field: 'account', newValue: 'removed', source: 'app' })
  })

  it('keeps tags and notes locally, offline too, and filters by tag', async () => {
    const app = await startTestApp()
    await app.sandbox.close()
    const tagged = await app.call('domain.setTags', app.accountId, 101, [
      'client-a',
      ' client-a ',
      'prod',
    ])
    expect(tagged.tags).toEqual(['client-a', 'prod'])
    const noted = await app.call('domain.setNote', app.accountId, 101, 'Renew before the launch.')
    expect(noted).toMatchObject({ note: 'Renew before the launch.', hasNote: true })
    expect(
      (await app.call('portfolio.list', app.accountId, { tag: 'prod' })).rows.map(
        (r: { id: number }) => r.id,
      ),
    ).toEqual([101])
  })

  it('says clearly when a domain is not in the cache', async () => {
    const app = await startTestApp()
    await expect(app.call('domain.get', app.accountId, 99999)).rejects.toMatchObject({
      code: 'NotFound',
      message: expect.stringMatching(/Sync/),
    })
  })
})
