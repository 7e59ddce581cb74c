import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { reopenTestApp, startTestApp } from '../../../support/app'

describe('AccountsService', () => {
  it('proves a token with a list call before saving it, then keeps it in the vault only', async () => {
    const app = await startTestApp({ connect: false })
    const account = await app.call('accounts.add', {
      label: ' Work ',
      baseUrl: `${app.sandbox.baseUrl}/`,
      token: ` ${app.sandbox.token} `,
    })
    expect(account).toMatchObject({
      label: 'Work',
      baseUrl: app.sandbox.baseUrl,
      isDemo: false,
      hasToken: true,
      connectivity: 'online',
      tokenStorage: { storage: 'keychain' },
    })
    expect([...app.keytar.entries.values()]).toEqual([app.sandbox.token])
    expect(readFileSync(join(app.dataDir, 'accounts.json'), 'utf8')).not.toContain(
      app.sandbox.token,
    )
    expect(app.sandbox.log.since()[0]).toMatchObject({
      method: 'GET',
      path: '/api/v1/domains/',
      query: 'page_size=1',
    })
  })

  it('saves nothing when VPS.org rejects the token or cannot be reached', async () => {
    const app = await startTestApp({ connect: false })
    await expect(
      app.call('accounts.add', { label: 'Bad', baseUrl: app.sandbox.baseUrl, token: 'nope' }),
    ).rejects.toMatchObject({ code: 'Unauthorized', message: expect.stringMatching(/token/) })
    await expect(
      app.call('accounts.add', { label: 'Far', baseUrl: 'http://127.0.0.1:9/api/v1', token: 'x' }),
    ).rejects.toMatchObject({ code: 'Network' })
    await expect(
      app.call('accounts.add', {
        label: 'Plain',
        baseUrl: 'http://example.com/api/v1',
        token: 'x',
      }),
    ).rejects.toMatchObject({ code: 'InvalidInput' })
    expect(await app.call('accounts.list')).toEqual([])
    expect(app.keytar.entries.size).toBe(0)
  })

  it('renames, changes the token (proving it first) and removes with the keychain entry and cache', async () => {
    const app = await startTestApp()
    expect((await app.call('accounts.rename', app.accountId, 'Renamed')).label).toBe('Renamed')
    await expect(app.call('accounts.changeToken', app.accountId, 'wrong')).rejects.toMatchObject({
      code: 'Unauthorized',
    })
    expect([...app.keytar.entries.values()]).toEqual([app.sandbox.token])
    await app.call('accounts.remove', app.accountId)
    expect(app.keytar.entries.size).toBe(0)
    expect(app.services.cache.domains.count(app.accountId)).toBe(0)
    expect(await app.call('accounts.list')).toEqual([])
  })

  it('connects a demo account backed by the embedded sandbox with a fast clock', async () => {
    const app = await startTestApp({
      connect: false,
      services: { demo: { clockSpeed: 600, domains: 25 } },
    })
    const demo = await app.call('accounts.connectDemo')
    expect(demo).toMatchObject({ isDemo: true, label: 'Demo portfolio', hasToken: true })
    await app.services.sync.idle()
    expect((await app.call('portfolio.list', demo.id, {})).total).toBe(25)
    expect((await app.call('accounts.connectDemo')).id).toBe(demo.id)
    const intent = await app.call('registration.prepare', demo.id, {
      domainName: 'demo-quick.com',
      years: 1,
      autoRenew: true,
      privacy: true,
    })
    expect(await app.call('registration.confirm', intent.id)).toMatchObject({
      state: 'succeeded',
      domainStatus: 'pending',
    })
    await new Promise((r) => setTimeout(r, 1100))
    expect(
      (
        await app.call(
          'domain.refresh',
          demo.id,
          intent.domainId ?? (await app.call('registration.intents', demo.id))[0].domainId,
        )
      ).status,
    ).toBe('active')
  })
  it('says a token the keychain no longer holds must be entered again, and syncs once it is', async () => {
    const first = await startTestApp()
    // The keychain lost the token (kept in memory only, or deleted), and the app restarted.
    first.keytar.entries.clear()
    const app = await reopenTestApp(first)
    await expect(app.services.sync.syncNow(app.accountId)).rejects.toMatchObject({
      code: 'Unauthorized',
    })
    const status = () => app.call('sync.status', app.accountId)
    expect((await status()).connectivity).toBe('unauthorized')

    const synced = new Promise<{ run: { status: string } }>((resolve) =>
      app.services.bus.subscribe((event, payload) => {
        if (event === 'sync.finished') resolve(payload as { run: { status: string } })
      }),
    )
    await app.call('accounts.changeToken', app.accountId, app.sandbox.token)
    expect((await status()).connectivity).toBe('online')
    // A sync starts by itself: the portfolio was waiting for the token.
    expect((await synced).run.status).toBe('ok')
  })
})
