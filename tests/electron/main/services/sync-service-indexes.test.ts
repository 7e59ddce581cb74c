import { describe, expect, it } from 'vitest'
import { startTestApp } from '../../../support/app'
import { domainIndexNames, freshDomainIndexNames } from '../../../support/domain-indexes'
import { hookedFetch } from '../../../support/hooked-fetch'
import { startTestSandbox } from '../../../support/sandbox'

/** A new cache's indexes of `domains`: what every sync must leave behind. */
const FRESH = freshDomainIndexNames()

describe('SyncService and the indexes of the domains table', () => {
  it('fills an empty cache without its secondary indexes and builds them when the listing ends', async () => {
    const app = await startTestApp({
      sandbox: { domains: 1200, latencyMs: 10, maxPageSize: 100 },
      services: { firstSyncBatch: { rows: 100, ms: 0 } },
      connect: false,
    })
    const midway: Array<{ rows: number; indexes: string[] }> = []
    app.services.bus.subscribe((event, payload) => {
      if (event !== 'sync.progress') return
      const { accountId } = payload as { accountId: string }
      const cache = app.services.cache
      midway.push({ rows: cache.domains.count(accountId), indexes: domainIndexNames(cache.db) })
    })
    const account = await app.call('accounts.add', {
      label: 'Sandbox',
      baseUrl: app.sandbox.baseUrl,
      token: app.sandbox.token,
    })
    await app.services.sync.idle()
    expect(FRESH).toContain('domains_by_name')
    expect(midway.some((m) => m.rows > 0 && m.rows < 1200)).toBe(true)
    for (const m of midway) expect(m.indexes).toEqual([])
    expect(domainIndexNames(app.services.cache.db)).toEqual(FRESH)
    expect(app.services.cache.domainIndexes.pending()).toBe(0)
    const status = await app.call('sync.status', account.id)
    expect(status.lastRun).toMatchObject({ status: 'ok', added: 1200 })
    // The page the window asks for first, in name order.
    const page = await app.call('portfolio.list', account.id, { limit: 3 })
    const names = app.sandbox.registrar
      .list()
      .map((d) => d.name)
      .sort()
    expect(page.rows.map((r: { name: string }) => r.name)).toEqual(names.slice(0, 3))
    expect(page.total).toBe(1200)
  })

  it('builds them back when a first sync dies midway, and keeps the rows it wrote', async () => {
    const { hook, client } = hookedFetch()
    const app = await startTestApp({
      sandbox: { domains: 1000, latencyMs: 5, maxPageSize: 100 },
      services: { client, firstSyncBatch: { rows: 1, ms: 0 } },
      connect: false,
    })
    hook.after = (n) => {
      if (n === 4) void app.sandbox.close()
    }
    const added = app.call('accounts.add', {
      label: 'Sandbox',
      baseUrl: app.sandbox.baseUrl,
      token: app.sandbox.token,
    })
    const account = await added
    await app.services.sync.idle()
    const status = await app.call('sync.status', account.id)
    expect(status.lastRun).toMatchObject({ status: 'failed' })
    expect(app.services.cache.domains.count(account.id)).toBeGreaterThan(0)
    expect(domainIndexNames(app.services.cache.db)).toEqual(FRESH)
    expect(app.services.cache.domainIndexes.pending()).toBe(0)
  })

  it("keeps every index in place for a second account's first sync", async () => {
    const app = await startTestApp({ sandbox: { domains: 30 } })
    const other = await startTestSandbox({ domains: 400, seed: 2, latencyMs: 5, maxPageSize: 100 })
    const during: string[][] = []
    app.services.bus.subscribe((event) => {
      if (event === 'sync.progress') during.push(domainIndexNames(app.services.cache.db))
    })
    try {
      const second = await app.call('accounts.add', {
        label: 'Other',
        baseUrl: other.baseUrl,
        token: other.token,
      })
      await app.services.sync.idle()
      expect(app.services.cache.domains.count(second.id)).toBe(400)
    } finally {
      await other.close()
    }
    expect(during.length).toBeGreaterThan(0)
    for (const names of during) expect(names).toEqual(FRESH)
  })
})
