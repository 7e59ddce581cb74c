import { describe, expect, it } from 'vitest'
import { CHANNEL_NAMES, EVENT_NAMES } from '../../../../electron/shared/ipc/channel-names'
import { channels, events } from '../../../../electron/shared/ipc/contract'
import { startTestApp } from '../../../support/app'

const trusted = { trusted: true, url: 'app://domain-desk/index.html' }

describe('IPC dispatcher', () => {
  it('knows exactly the channels and events of the contract', () => {
    expect([...CHANNEL_NAMES].sort()).toEqual(Object.keys(channels).sort())
    expect([...EVENT_NAMES].sort()).toEqual(Object.keys(events).sort())
  })

  it('refuses a foreign sender before anything runs', async () => {
    const app = await startTestApp()
    const result = await app.dispatch('accounts.list', [], {
      trusted: false,
      url: 'https://evil.example/',
    })
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'Forbidden',
        reason: 'untrustedSender',
        message: 'This page is not allowed to talk to Domain Desk.',
      },
    })
  })

  it.each([
    ['an unknown channel', 'accounts.steal', []],
    ['a missing argument', 'domain.get', ['acct']],
    ['a wrongly typed argument', 'domain.get', ['acct', 'one-hundred-one']],
    ['a negative id', 'domain.get', ['acct', -5]],
    [
      'a query with an unknown sort field',
      'portfolio.list',
      ['acct', { sort: { by: 'price', dir: 'asc' } }],
    ],
    ['years out of range', 'registration.estimate', ['a.com', 11]],
    ['an empty settings change', 'domain.update', ['acct', 101, {}]],
    ['a non-array argument list', 'accounts.list', 'surprise'],
  ])('refuses %s with a clear InvalidArgument', async (_what, channel, args) => {
    const app = await startTestApp({ connect: false })
    const result = await app.dispatch(channel, args, trusted)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.code).toBe('InvalidArgument')
    expect(result.error.message.length).toBeGreaterThan(20)
  })

  it('names the offending field of a malformed argument', async () => {
    const app = await startTestApp({ connect: false })
    const result = await app.dispatch(
      'registration.prepare',
      ['acct', { domainName: 'a.com', years: 0, autoRenew: 'yes', privacy: true }],
      trusted,
    )
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'InvalidArgument',
        fields: { '1.years': [expect.any(String)], '1.autoRenew': [expect.any(String)] },
      },
    })
  })

  it('wraps results as { ok, data } and service errors as { ok: false, error } without stacks', async () => {
    const app = await startTestApp()
    expect(await app.dispatch('prices.get', [], trusted)).toMatchObject({
      ok: true,
      data: expect.arrayContaining([
        { tld: 'com', registerCents: 1299, renewCents: 1299, transferCents: 1299 },
      ]),
    })
    const missing = await app.dispatch('domain.get', [app.accountId, 424242], trusted)
    expect(missing).toEqual({
      ok: false,
      error: { code: 'NotFound', reason: 'domainNotCached', message: expect.any(String) },
    })
    expect(JSON.stringify(missing)).not.toMatch(/at .*\.ts:\d+/)
  })

  it('reports unexpected failures as Internal with a generic message and logs the details', async () => {
    const app = await startTestApp()
    app.services.portfolio.view = () => {
      throw new TypeError('secret internals')
    }
    const result = await app.dispatch('domain.get', [app.accountId, 101], trusted)
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'Internal',
        reason: 'unexpected',
        message: expect.not.stringContaining('secret internals'),
      },
    })
    expect(app.logLines.some((l) => l.includes('secret internals'))).toBe(true)
  })

  it('edits the price table and refuses duplicate TLDs', async () => {
    const app = await startTestApp({ connect: false })
    const rows = [{ tld: 'com', registerCents: 1000, renewCents: 1100, transferCents: 900 }]
    expect(await app.dispatch('prices.set', [rows], trusted)).toEqual({ ok: true, data: rows })
    expect(
      (await app.dispatch('registration.estimate', ['a.com', 3], trusted)) as unknown,
    ).toMatchObject({ ok: true, data: { cents: 3200 } })
    expect(await app.dispatch('prices.set', [[...rows, ...rows]], trusted)).toMatchObject({
      ok: false,
      error: { code: 'InvalidArgument' },
    })
  })
})
