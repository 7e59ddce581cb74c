import { describe, expect, it } from 'vitest'
import { rows } from '../../../../electron/main/core/db/sqlite'
import { startTestApp } from '../../../support/app'
import { hookedFetch } from '../../../support/hooked-fetch'

const network = { latencyMs: 5, maxPageSize: 100 }

describe('SyncService with concurrent pages', () => {
  it('shows the rows of a first sync while later pages are still on their way', async () => {
    const app = await startTestApp({
      sandbox: { domains: 1500, latencyMs: 20, maxPageSize: 100 },
      services: { firstSyncBatch: { rows: 300, ms: 1000 } },
      connect: false,
    })
    // What the cache holds at each progress event of the first sync.
    const seen: number[] = []
    app.services.bus.subscribe((event, payload) => {
      const p = payload as { accountId: string }
      if (event === 'sync.progress') seen.push(app.services.cache.domains.count(p.accountId))
    })
    const account = await app.call('accounts.add', {
      label: 'Sandbox',
      baseUrl: app.sandbox.baseUrl,
      token: app.sandbox.token,
    })
    await app.services.sync.idle()
    expect(seen.length).toBeGreaterThan(3)
    expect(seen.some((n) => n > 0 && n < 1500)).toBe(true)
    expect(app.services.cache.domains.count(account.id)).toBe(1500)
    // Every row is in the search index once the sync is done.
    const indexed = rows<{ n: number }>(
      app.services.cache.db,
      'SELECT count(*) AS n FROM search_rows WHERE account_id = ?',
      account.id,
    )
    expect(indexed).toEqual([{ n: 1500 }])
  })

  it('writes a first sync in short steps that each index their rows for search', async () => {
    // Pages of 200; a step budget of 0 ms writes one slice of 100 rows per step and commits.
    const app = await startTestApp({
      sandbox: { domains: 2000, latencyMs: 20, maxPageSize: 250 },
      services: { firstSyncBatch: { rows: 1, ms: 0, stepMs: 0 } },
      connect: false,
    })
    const seen: Array<{ rows: number; indexed: number }> = []
    app.services.bus.subscribe((event, payload) => {
      if (event !== 'sync.progress') return
      const { accountId } = payload as { accountId: string }
      const indexed = rows<{ n: number }>(
        app.services.cache.db,
        'SELECT count(*) AS n FROM search_rows WHERE account_id = ?',
        accountId,
      )[0]!.n
      seen.push({ rows: app.services.cache.domains.count(accountId), indexed })
    })
    await app.call('accounts.add', {
      label: 'Sandbox',
      baseUrl: app.sandbox.baseUrl,
      token: app.sandbox.token,
    })
    await app.services.sync.idle()
    const midway = seen.filter((s) => s.rows > 0 && s.rows < 2000)
    expect(midway.length).toBeGreaterThan(0)
    // Rows are searchable as soon as they are written, not only once the sync ends…
    for (const s of midway) expect(s.indexed).toBe(s.rows)
    // …and a page is written in more than one step when a step's time is up.
    expect(midway.some((s) => s.rows % 200 === 100)).toBe(true)
  })

  it('writes a backlog of a first sync in one step rather than letting it grow', async () => {
    // The same pages of 200, but more than 150 rows waiting is a backlog: written whole.
    const app = await startTestApp({
      sandbox: { domains: 2000, latencyMs: 20, maxPageSize: 250 },
      services: { firstSyncBatch: { rows: 1, ms: 0, stepMs: 0, backlogRows: 150 } },
      connect: false,
    })
    const seen: number[] = []
    app.services.bus.subscribe((event, payload) => {
      if (event !== 'sync.progress') return
      seen.push(app.services.cache.domains.count((payload as { accountId: string }).accountId))
    })
    await app.call('accounts.add', {
      label: 'Sandbox',
      baseUrl: app.sandbox.baseUrl,
      token: app.sandbox.token,
    })
    await app.services.sync.idle()
    expect(seen.some((n) => n > 0 && n < 2000)).toBe(true)
    expect(seen.filter((n) => n % 200 !== 0)).toEqual([])
  })

  it('reconciles by id when a domain is added and one removed mid-sync', async () => {
    const { hook, client } = hookedFetch()
    const app = await startTestApp({ sandbox: { domains: 1000, ...network }, services: { client } })
    hook.answered = 0
    hook.after = async (n) => {
      if (n !== 3) return
      await app.sandbox.api('DELETE', '/domains/150/')
      await app.sandbox.api('POST', '/domains/', { domain_name: 'added-mid-sync.com', years: 1 })
    }
    const run = await app.call('sync.now', app.accountId)
    expect(run).toMatchObject({ status: 'ok', added: 1, removed: 1, changed: 0, seen: 1000 })
    const cached = rows<{ id: number }>(
      app.services.cache.db,
      'SELECT id FROM domains WHERE account_id = ? AND removed_at IS NULL ORDER BY id',
      app.accountId,
    ).map((r) => r.id)
    expect(cached).toEqual(app.sandbox.registrar.list().map((d) => d.id))
    const removals = rows<{ domain_id: number }>(
      app.services.cache.db,
      "SELECT domain_id FROM history WHERE account_id = ? AND new_value = 'removed'",
      app.accountId,
    )
    expect(removals).toEqual([{ domain_id: 150 }])
  })

  it('keeps the previous sync exactly as it was when a resync dies midway', async () => {
    const { hook, client } = hookedFetch()
    const app = await startTestApp({ sandbox: { domains: 800, ...network }, services: { client } })
    const all = async () =>
      (await app.call('portfolio.list', app.accountId, { limit: 1000, includeRemoved: true })).rows
    const before = await all()
    for (const d of app.sandbox.registrar.list()) d.autoRenew = !d.autoRenew
    hook.answered = 0
    hook.after = (n) => {
      // The connection goes down after a few pages have landed.
      if (n === 4) void app.sandbox.close()
    }
    await expect(app.call('sync.now', app.accountId)).rejects.toMatchObject({ code: 'Network' })
    expect(await all()).toEqual(before)
    expect((await app.call('sync.status', app.accountId)).lastRun).toMatchObject({
      status: 'failed',
    })
  })
})
