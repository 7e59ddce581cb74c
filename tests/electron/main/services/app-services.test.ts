import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { reopenTestApp, startTestApp, type TestApp } from '../../../support/app'
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
    const app = await startTestApp({
      sandbox: { domains: 10 },
      services: { clock: { now: () => now } },
    })
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

  it("at start turns paid requests an earlier process left sending into unknown, then settles them at VPS.org or on the user's word", async () => {
    const first = await startTestApp()
    const { cache } = first.services
    const at = new Date().toISOString()
    const leftSending = (domainId: number, name: string, sent: boolean) => {
      const id = cache.transfers.claim({
        accountId: first.accountId,
        domainId,
        domainName: name,
        feeEstimateCents: 3999,
        at,
      })!
      cache.transfers.checked(id, {
        previousRegistrar: 'Namecheap, Inc.',
        previousExpiration: null,
        feeEstimateCents: 3999,
      })
      if (sent) cache.transfers.markSent(id, at)
      return id
    }
    const elsewhere = first.sandbox.registrar
      .list()
      .filter((d) => d.registrar !== 'VPS.org' && d.id !== 102)
    // 102 reached VPS.org before the crash, a second may have, a third was only claimed.
    const code = (await first.sandbox.control('GET', '/domains/102/auth-code')).json.auth_code
    await first.sandbox.api('POST', '/domains/102/transfer/', { auth_code: code, auto_renew: true })
    const reached = leftSending(102, 'myapp.io', true)
    const maybe = leftSending(elsewhere[0]!.id, elsewhere[0]!.name, true)
    const claimed = leftSending(elsewhere[1]!.id, elsewhere[1]!.name, false)
    const intent = await first.call('registration.prepare', first.accountId, {
      domainName: 'crash-sent.com',
      years: 1,
      autoRenew: true,
      privacy: true,
    })
    cache.intents.transition(intent.id, 'prepared', 'sending', at)
    await first.sandbox.api('POST', '/domains/', { domain_name: 'crash-sent.com', years: 1 })
    await first.services.dispose()

    const app: TestApp = await reopenTestApp(first)
    const state = (id: number) => app.services.cache.transfers.get(id)!.state
    expect([state(reached), state(maybe), state(claimed)]).toEqual(['unknown', 'unknown', 'failed'])
    await app.sandbox.control('POST', '/clock', { advance_seconds: 7 * 86_400 })
    await app.call('sync.now', app.accountId)
    expect(state(reached)).toBe('completed')
    expect(state(maybe)).toBe('unknown')
    expect((await app.call('registration.intents', app.accountId))[0]).toMatchObject({
      state: 'succeeded',
    })
    expect(await app.call('transfer.resolve', app.accountId, maybe, 'not-started')).toMatchObject({
      state: 'failed',
    })
    const posts = app.sandbox.log.since().filter((e) => e.method === 'POST')
    expect(posts).toHaveLength(2)
  })
})
