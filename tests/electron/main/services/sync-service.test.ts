import { describe, expect, it } from 'vitest'
import { scalar } from '../../../../electron/main/core/db/sqlite'
import { startTestApp } from '../../../support/app'

describe('SyncService', () => {
  it('fills the cache from every page on the first sync after an account is added', async () => {
    const app = await startTestApp({ sandbox: { domains: 45 } })
    const page = await app.call('portfolio.list', app.accountId, { limit: 1000 })
    expect(page.total).toBe(45)
    expect(page.syncedAt).not.toBeNull()
    const status = await app.call('sync.status', app.accountId)
    expect(status).toMatchObject({
      connectivity: 'online',
      running: false,
      lastRun: { status: 'ok', seen: 45, added: 45 },
    })
  })

  it('records differences in the history and marks domains that left the account', async () => {
    const app = await startTestApp({ sandbox: { domains: 10 } })
    await app.sandbox.api('PUT', '/domains/101/', {
      auto_renew: false,
      nameservers: ['ns1.cloudflare.com', 'ns2.cloudflare.com'],
    })
    await app.sandbox.api('DELETE', '/domains/102/')
    const run = await app.call('sync.now', app.accountId)
    expect(run).toMatchObject({ status: 'ok', changed: 1, removed: 1, added: 0 })
    const domain = await app.call('domain.get', app.accountId, 101)
    const fields = domain.history.map(
      (h: { field: string; oldValue: string; newValue: string }) => [
        h.field,
        h.oldValue,
        h.newValue,
      ],
    )
    expect(fields).toEqual(
      expect.arrayContaining([
        ['auto_renew', 'true', 'false'],
        ['nameservers', 'ns1.vps.org, ns2.vps.org', 'ns1.cloudflare.com, ns2.cloudflare.com'],
        ['dns_managed_by', 'vps.org', 'external'],
      ]),
    )
    const removed = await app.call('domain.get', app.accountId, 102)
    expect(removed.removedAt).not.toBeNull()
    expect(removed.history[0]).toMatchObject({
      field: 'account',
      oldValue: 'added',
      newValue: 'removed',
      source: 'sync',
    })
    expect((await app.call('portfolio.list', app.accountId, {})).total).toBe(9)
    expect((await app.call('portfolio.list', app.accountId, { includeRemoved: true })).total).toBe(
      10,
    )
  })

  it('reports progress page by page', async () => {
    const app = await startTestApp({ sandbox: { domains: 450 } })
    const progress: number[] = []
    app.services.bus.subscribe((event, payload) => {
      if (event === 'sync.progress') progress.push((payload as { pagesDone: number }).pagesDone)
    })
    await app.call('sync.now', app.accountId)
    expect(progress).toEqual([1, 2, 3])
  })

  it('ends equal to a fault-free sync under 20% injected faults', async () => {
    const clean = await startTestApp({ sandbox: { domains: 600, seed: 5 } })
    const faulty = await startTestApp({
      sandbox: {
        domains: 600,
        seed: 5,
        faults: '5xx=0.05,html=0.03,drop=0.04,reset=0.04,malformed=0.04,slow_ms=20',
      },
      services: {
        client: { minRetryDelayMs: 1, maxRetryDelayMs: 5, timeoutMs: 3_000, retries: 10 },
      },
    })
    const all = async (app: typeof clean) =>
      (await app.call('portfolio.list', app.accountId, { limit: 1000, includeRemoved: true })).rows
    expect(await all(faulty)).toEqual(await all(clean))
    expect(faulty.sandbox.log.since().filter((e) => e.fault).length).toBeGreaterThan(0)
  })

  it('keeps answering from the cache when VPS.org is unreachable, and says it is offline', async () => {
    const app = await startTestApp({ sandbox: { domains: 12 } })
    await app.sandbox.close()
    await expect(app.call('sync.now', app.accountId)).rejects.toMatchObject({ code: 'Network' })
    const status = await app.call('sync.status', app.accountId)
    expect(status).toMatchObject({
      connectivity: 'offline',
      lastRun: { status: 'failed', errorCode: 'Network' },
    })
    const page = await app.call('portfolio.list', app.accountId, {})
    expect(page.total).toBe(12)
    await expect(
      app.call('domain.update', app.accountId, 101, { autoRenew: false }),
    ).rejects.toMatchObject({ code: 'Offline' })
    await expect(
      app.call('registration.prepare', app.accountId, {
        domainName: 'x-offline.com',
        years: 1,
        autoRenew: true,
        privacy: true,
      }),
    ).rejects.toMatchObject({
      code: 'Offline',
      message: expect.stringMatching(/cached portfolio still works/),
    })
  })

  it('marks the account unauthorized when the token stops working', async () => {
    const app = await startTestApp({ sandbox: { domains: 3 } })
    app.services.accounts.credentials = async () => ({
      baseUrl: app.sandbox.baseUrl,
      token: 'revoked',
    })
    await expect(app.call('sync.now', app.accountId)).rejects.toMatchObject({
      code: 'Unauthorized',
    })
    expect((await app.call('sync.status', app.accountId)).connectivity).toBe('unauthorized')
  })

  it('reports a full disk clearly and keeps the last committed sync', async () => {
    const app = await startTestApp({ sandbox: { domains: 40 } })
    const before = (await app.call('portfolio.list', app.accountId, { limit: 1000 })).rows
    for (const d of app.sandbox.registrar.list())
      d.nameservers = ['ns1.full-disk-test.example', 'ns2.full-disk-test.example']
    const pages = scalar<number>(app.services.cache.db, 'PRAGMA page_count')
    app.services.cache.db.exec(`PRAGMA max_page_count = ${pages}`)
    await expect(app.call('sync.now', app.accountId)).rejects.toMatchObject({
      code: 'Storage',
      message: expect.stringMatching(/disk is full/),
    })
    expect((await app.call('portfolio.list', app.accountId, { limit: 1000 })).rows).toEqual(before)
    app.services.cache.db.exec('PRAGMA max_page_count = 1073741823')
    expect(await app.call('sync.now', app.accountId)).toMatchObject({ status: 'ok', changed: 40 })
  })
})
