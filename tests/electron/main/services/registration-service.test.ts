import { describe, expect, it } from 'vitest'
import { PROCESSING_GRACE_MS } from '../../../../electron/main/services/registration-service'
import { startTestApp, type TestApp } from '../../../support/app'

const request = (domainName: string, years = 1) => ({
  domainName,
  years,
  autoRenew: true,
  privacy: true,
})
const creations = (app: TestApp) =>
  app.sandbox.log.since().filter((e) => e.effect === 'domain.created')
const posts = (app: TestApp) => app.sandbox.log.since().filter((e) => e.method === 'POST')

describe('RegistrationService', () => {
  it('estimates from the price table and labels it an estimate', async () => {
    const app = await startTestApp({ connect: false })
    expect(await app.call('registration.estimate', 'Bücher.com', 2)).toEqual({
      ascii: 'xn--bcher-kva.com',
      unicode: 'bücher.com',
      tld: 'com',
      years: 2,
      cents: 2598,
      label: 'estimate',
      source: 'priceTable',
      chargedAt: null,
      tableCents: 2598,
      firstYearCents: 1299,
      laterYearCents: 1299,
    })
    expect((await app.call('registration.estimate', 'example.xyz', 1)).cents).toBeNull()
    await expect(app.call('registration.estimate', 'bad_name.com', 1)).rejects.toMatchObject({
      code: 'InvalidArgument',
      fields: { domainName: [expect.stringMatching(/underscores/)] },
    })
  })

  it('writes the intent before sending, sends once, and records the charged total next to the estimate', async () => {
    const app = await startTestApp()
    const intent = await app.call(
      'registration.prepare',
      app.accountId,
      request('fresh-start.com', 2),
    )
    expect(intent).toMatchObject({ state: 'prepared', estimateCents: 2598 })
    expect(posts(app)).toHaveLength(0)
    const done = await app.call('registration.confirm', intent.id)
    expect(done).toMatchObject({
      state: 'succeeded',
      totalCostCents: 2498,
      estimateCents: 2598,
      domainStatus: 'pending',
    })
    const again = await app.call('registration.confirm', intent.id)
    expect(again.state).toBe('succeeded')
    expect(posts(app)).toHaveLength(1)
    const page = await app.call('portfolio.list', app.accountId, { search: 'fresh-start' })
    expect(page.rows).toEqual([
      expect.objectContaining({ name: 'fresh-start.com', status: 'pending' }),
    ])
  })

  it('never sends twice when two confirmations race', async () => {
    const app = await startTestApp()
    const intent = await app.call('registration.prepare', app.accountId, request('race-once.net'))
    const [a, b] = await Promise.all([
      app.call('registration.confirm', intent.id),
      app.call('registration.confirm', intent.id),
    ])
    expect([a.state, b.state].sort()).toEqual(['sending', 'succeeded'])
    expect(creations(app)).toHaveLength(1)
  })

  it('after a connection reset looks the name up instead of resending: one creation, state succeeded', async () => {
    const app = await startTestApp()
    await app.sandbox.control('POST', '/faults', {
      queue: [{ kind: 'reset', method: 'POST', path: '/api/v1/domains/' }],
    })
    const intent = await app.call('registration.prepare', app.accountId, request('reset-safe.io'))
    const result = await app.call('registration.confirm', intent.id)
    expect(result).toMatchObject({
      state: 'succeeded',
      domainId: expect.any(Number),
      totalCostCents: null,
    })
    expect(creations(app)).toHaveLength(1)
    expect(posts(app)).toHaveLength(1)
  })

  it('after a dropped connection finds nothing, waits out the processing grace, then allows a new attempt', async () => {
    let now = new Date()
    const app = await startTestApp({ services: { clock: { now: () => now } } })
    await app.sandbox.control('POST', '/faults', {
      queue: [{ kind: 'drop', method: 'POST', path: '/api/v1/domains/' }],
    })
    const first = await app.call(
      'registration.prepare',
      app.accountId,
      request('dropped-first.dev'),
    )
    const lost = await app.call('registration.confirm', first.id)
    const after = new Date(now.getTime() + PROCESSING_GRACE_MS).toISOString()
    expect(lost).toMatchObject({
      state: 'unknown',
      errorCode: 'Pending',
      note: { reason: 'registrationProcessing', params: { name: 'dropped-first.dev', after } },
      errorMessage: null,
    })
    await expect(
      app.call('registration.prepare', app.accountId, request('dropped-first.dev')),
    ).rejects.toMatchObject({
      code: 'Conflict',
      message: expect.stringMatching(/may still be processing/),
    })
    now = new Date(now.getTime() + 3 * 60_000)
    const second = await app.call(
      'registration.prepare',
      app.accountId,
      request('dropped-first.dev'),
    )
    expect(
      (await app.call('registration.intents', app.accountId)).find(
        (i: { id: string }) => i.id === first.id,
      ),
    ).toMatchObject({ state: 'not-found', note: { reason: 'registrationNotFound' } })
    expect(await app.call('registration.confirm', second.id)).toMatchObject({ state: 'succeeded' })
    expect(creations(app)).toHaveLength(1)
  })

  it('after a timeout, does not conclude "not registered" while VPS.org may still be processing', async () => {
    const app = await startTestApp({
      services: { client: { timeoutMs: 150, minRetryDelayMs: 1, maxRetryDelayMs: 5 } },
    })
    await app.sandbox.control('POST', '/faults', {
      slow_ms: 600,
      queue: [{ kind: 'slow', method: 'POST', path: '/api/v1/domains/' }],
    })
    const intent = await app.call('registration.prepare', app.accountId, request('slow-server.io'))
    const result = await app.call('registration.confirm', intent.id)
    expect(result).toMatchObject({ state: 'unknown', errorCode: 'Pending' })
    await expect(
      app.call('registration.prepare', app.accountId, request('slow-server.io')),
    ).rejects.toMatchObject({ code: 'Conflict' })
    await new Promise((r) => setTimeout(r, 700))
    await app.call('sync.now', app.accountId)
    expect((await app.call('registration.intents', app.accountId))[0]).toMatchObject({
      id: intent.id,
      state: 'succeeded',
    })
    expect(creations(app)).toHaveLength(1)
  })

  it('blocks a new attempt while an unknown outcome cannot be checked, then settles it', async () => {
    const app = await startTestApp()
    const serverErrors = Array.from({ length: 10 }, () => ({ kind: '5xx', method: 'GET' }))
    await app.sandbox.control('POST', '/faults', {
      queue: [{ kind: 'reset', method: 'POST', path: '/api/v1/domains/' }, ...serverErrors],
    })
    const intent = await app.call('registration.prepare', app.accountId, request('unknown-yet.co'))
    expect(await app.call('registration.confirm', intent.id)).toMatchObject({ state: 'unknown' })
    await expect(
      app.call('registration.prepare', app.accountId, request('unknown-yet.co')),
    ).rejects.toMatchObject({
      code: 'Conflict',
      message: expect.stringMatching(/may have reached VPS\.org/),
    })
    expect(posts(app)).toHaveLength(1)
    await app.call('sync.now', app.accountId)
    expect((await app.call('registration.intents', app.accountId))[0]).toMatchObject({
      id: intent.id,
      state: 'succeeded',
    })
    await expect(
      app.call('registration.prepare', app.accountId, request('unknown-yet.co')),
    ).rejects.toMatchObject({ code: 'Conflict' })
    expect(creations(app)).toHaveLength(1)
  })

  it('settles an intent a crash left in "sending" by looking it up, never by resending', async () => {
    let now = new Date()
    const app = await startTestApp({ services: { clock: { now: () => now } } })
    const intent = await app.call('registration.prepare', app.accountId, request('crashed-mid.org'))
    app.services.cache.intents.transition(
      intent.id,
      'prepared',
      'sending',
      new Date().toISOString(),
    )
    expect(await app.call('registration.confirm', intent.id)).toMatchObject({ state: 'sending' })
    now = new Date(now.getTime() + 3 * 60_000)
    await app.call('sync.now', app.accountId)
    expect((await app.call('registration.intents', app.accountId))[0]).toMatchObject({
      state: 'not-found',
    })
    expect(posts(app)).toHaveLength(0)
  })

  it('reports 402 and 400 as failures that charged nothing', async () => {
    const app = await startTestApp({ sandbox: { balance: 5 } })
    const poor = await app.call('registration.prepare', app.accountId, request('too-dear.io'))
    await expect(app.call('registration.confirm', poor.id)).rejects.toMatchObject({
      code: 'PaymentRequired',
    })
    expect((await app.call('registration.intents', app.accountId))[0]).toMatchObject({
      state: 'failed',
      errorCode: 'PaymentRequired',
      note: { code: 'PaymentRequired' },
    })
    const taken = await app.call('registration.prepare', app.accountId, request('google.com'))
    await expect(app.call('registration.confirm', taken.id)).rejects.toMatchObject({
      code: 'Validation',
      fields: { domain_name: ['This domain is already registered.'] },
    })
    // The kind is said from the catalogue; VPS.org's words stay as its words.
    expect((await app.call('registration.intents', app.accountId))[0]).toMatchObject({
      state: 'failed',
      note: { code: 'Validation' },
      errorMessage: 'domain_name: This domain is already registered.',
    })
    expect(creations(app)).toHaveLength(0)
  })

  it('refuses names already in the account', async () => {
    const app = await startTestApp()
    await expect(
      app.call('registration.prepare', app.accountId, request('example.com')),
    ).rejects.toMatchObject({ code: 'Conflict' })
  })

  it('announces when a pending registration becomes active', async () => {
    const app = await startTestApp()
    const active: string[] = []
    app.services.bus.subscribe((event, payload) => {
      if (event === 'registration.active')
        active.push((payload as { domainName: string }).domainName)
    })
    const intent = await app.call('registration.prepare', app.accountId, request('soon-live.app'))
    await app.call('registration.confirm', intent.id)
    await app.sandbox.control('POST', '/clock', { advance_seconds: 600 })
    await app.call('sync.now', app.accountId)
    expect(active).toContain('soon-live.app')
    expect(new Set(active).size).toBe(active.length)
  })
})
