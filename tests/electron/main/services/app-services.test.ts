import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { startTestApp } from '../../../support/app'
import { startTestSandbox } from '../../../support/sandbox'

describe('createAppServices', () => {
  it('rebuilds a damaged cache with a clear notice, keeps the accounts, and refills it on sync', async () => {
    const first = await startTestApp({ sandbox: { domains: 15 } })
    const { dataDir, accountId } = first
    await first.services.dispose()
    writeFileSync(join(dataDir, 'cache.db'), 'not a database '.repeat(500))
    const again = await startTestApp({ dataDir, connect: false, sandbox: { domains: 15 } })
    const info = await again.call('app.info')
    expect(info.cacheNotice).toMatch(/offline cache could not be read.*moved to .*next sync/s)
    const accounts = await again.call('accounts.list')
    expect(accounts.map((a: { id: string }) => a.id)).toEqual([accountId])
    expect((await again.call('portfolio.list', accountId, {})).total).toBe(0)
  })

  it('serves several accounts at once, each with its own portfolio', async () => {
    const app = await startTestApp({ sandbox: { domains: 12, seed: 1 } })
    const other = await startTestSandbox({ domains: 7, seed: 2 })
    const second = await app.call('accounts.add', {
      label: 'Second',
      baseUrl: other.baseUrl,
      token: other.token,
    })
    await app.services.sync.idle()
    expect((await app.call('portfolio.list', app.accountId, {})).total).toBe(12)
    expect((await app.call('portfolio.list', second.id, {})).total).toBe(7)
    expect(
      (await app.call('accounts.list')).map((a: { label: string; domainCount: number }) => [
        a.label,
        a.domainCount,
      ]),
    ).toEqual([
      ['Sandbox', 12],
      ['Second', 7],
    ])
    await app.call('accounts.remove', second.id)
    expect((await app.call('portfolio.list', app.accountId, {})).total).toBe(12)
  })

  it('answers from the cache at once when it is stale and refreshes in the background', async () => {
    let now = new Date()
    const app = await startTestApp({ sandbox: { domains: 10 }, services: { now: () => now } })
    await app.sandbox.api('PUT', '/domains/101/', { auto_renew: false })
    now = new Date(now.getTime() + 60 * 60_000)
    const page = await app.call('portfolio.list', app.accountId, { search: 'example.com' })
    expect(page).toMatchObject({
      syncing: true,
      rows: [expect.objectContaining({ autoRenew: true })],
    })
    await app.services.sync.idle()
    const fresh = await app.call('portfolio.list', app.accountId, { search: 'example.com' })
    expect(fresh).toMatchObject({
      syncing: false,
      rows: [expect.objectContaining({ autoRenew: false })],
    })
  })
})
