/**
 * Registrations charge, so whatever the timing, one name gets at most one POST, a sync never
 * takes over an intent this process is still sending, and once VPS.org has answered the outcome
 * is never recorded as `failed` (which would allow a second, charged, try).
 */
import { describe, expect, it, vi } from 'vitest'
import { startTestApp, type TestApp } from '../../../support/app'

const request = (domainName: string) => ({ domainName, years: 1, autoRenew: true, privacy: true })
const registerPosts = (app: TestApp) =>
  app.sandbox.log.since().filter((e) => e.method === 'POST' && e.path === '/api/v1/domains/')

describe('RegistrationService money safety', () => {
  it('sends one POST when two windows prepare and confirm the same name at once', async () => {
    let now = new Date()
    const app = await startTestApp({ services: { clock: { now: () => now } } })
    await app.sandbox.control('POST', '/faults', {
      queue: [{ kind: 'drop', method: 'POST', path: '/api/v1/domains/' }],
    })
    const lost = await app.call('registration.prepare', app.accountId, request('two-windows.com'))
    expect(await app.call('registration.confirm', lost.id)).toMatchObject({ state: 'unknown' })
    now = new Date(now.getTime() + 3 * 60_000)
    // Both windows find the lost attempt settled as not-found and each prepares its own intent.
    const [a, b] = await Promise.all([
      app.call('registration.prepare', app.accountId, request('two-windows.com')),
      app.call('registration.prepare', app.accountId, request('two-windows.com')),
    ])
    const confirmed = await Promise.allSettled([
      app.call('registration.confirm', a.id),
      app.call('registration.confirm', b.id),
    ])
    expect(registerPosts(app)).toHaveLength(2)
    const outcomes = confirmed.map((r) =>
      r.status === 'fulfilled' ? r.value.state : (r.reason as { code: string }).code,
    )
    expect(outcomes).toContain('succeeded')
    expect(outcomes.filter((o) => o !== 'succeeded').every((o) => o !== 'failed')).toBe(true)
  })

  it('keeps an intent a sync sees while its POST is still out, and records its charge', async () => {
    const app = await startTestApp({ services: { client: { timeoutMs: 5_000 } } })
    await app.sandbox.control('POST', '/faults', {
      slow_ms: 800,
      queue: [{ kind: 'slow', method: 'POST', path: '/api/v1/domains/' }],
    })
    const intent = await app.call('registration.prepare', app.accountId, request('held-open.com'))
    const confirming = app.call('registration.confirm', intent.id)
    await new Promise((r) => setTimeout(r, 100))
    await app.call('sync.now', app.accountId)
    expect(await confirming).toMatchObject({ state: 'succeeded', totalCostCents: 1299 })
    expect(registerPosts(app)).toHaveLength(1)
  })

  it('records a registration VPS.org accepted as succeeded or unknown, never failed, when saving fails', async () => {
    const app = await startTestApp()
    const { intents } = app.services.cache
    const real = intents.transition.bind(intents)
    const spy = vi.spyOn(intents, 'transition').mockImplementation((id, from, to, at, extra) => {
      if (to === 'succeeded' && from === 'sending')
        throw Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' })
      return real(id, from, to, at, extra)
    })
    const intent = await app.call('registration.prepare', app.accountId, request('full-disk.com'))
    const result = await app.call('registration.confirm', intent.id).catch((e: unknown) => e)
    spy.mockRestore()
    const [stored] = await app.call('registration.intents', app.accountId)
    expect(['succeeded', 'unknown']).toContain(stored.state)
    expect(result).not.toBeInstanceOf(Error)
    await expect(
      app.call('registration.prepare', app.accountId, request('full-disk.com')),
    ).rejects.toMatchObject({ code: 'Conflict' })
    expect(registerPosts(app)).toHaveLength(1)
  })

  it('records a registration VPS.org finished after the app had concluded "not found" as succeeded', async () => {
    let now = new Date()
    const app = await startTestApp({
      services: {
        clock: { now: () => now },
        client: { timeoutMs: 150, minRetryDelayMs: 1, maxRetryDelayMs: 5 },
      },
    })
    // VPS.org holds the request longer than the app waits, and longer than the processing grace.
    await app.sandbox.control('POST', '/faults', {
      slow_ms: 700,
      queue: [{ kind: 'slow', method: 'POST', path: '/api/v1/domains/' }],
    })
    const intent = await app.call('registration.prepare', app.accountId, request('late-answer.com'))
    expect(await app.call('registration.confirm', intent.id)).toMatchObject({ state: 'unknown' })
    now = new Date(now.getTime() + 3 * 60_000)
    await app.call('sync.now', app.accountId)
    const stateOf = async () =>
      (await app.call('registration.intents', app.accountId)).find(
        (i: { id: string }) => i.id === intent.id,
      )
    expect(await stateOf()).toMatchObject({ state: 'not-found' })
    await new Promise((r) => setTimeout(r, 800))
    expect(
      app.sandbox.registrar.charges.filter((c) => c.domain === 'late-answer.com'),
    ).toHaveLength(1)
    await app.call('sync.now', app.accountId)
    const settled = await stateOf()
    expect(settled).toMatchObject({ state: 'succeeded', domainId: expect.any(Number) })
    expect(settled).toMatchObject({
      errorCode: 'LateSuccess',
      note: { reason: 'registrationLateSuccess', params: { name: 'late-answer.com' } },
      errorMessage: null,
    })
    // A new attempt is refused again: the name is in the account now.
    await expect(
      app.call('registration.prepare', app.accountId, request('late-answer.com')),
    ).rejects.toMatchObject({ code: 'Conflict' })
    expect(registerPosts(app)).toHaveLength(1)
  })

  it('gives a name registered by a later attempt to that attempt, not to the earlier one found absent', async () => {
    let now = new Date()
    const app = await startTestApp({ services: { clock: { now: () => now } } })
    await app.sandbox.control('POST', '/faults', {
      queue: [{ kind: 'drop', method: 'POST', path: '/api/v1/domains/' }],
    })
    const lost = await app.call('registration.prepare', app.accountId, request('second-try.com'))
    expect(await app.call('registration.confirm', lost.id)).toMatchObject({ state: 'unknown' })
    now = new Date(now.getTime() + 3 * 60_000)
    const retry = await app.call('registration.prepare', app.accountId, request('second-try.com'))
    expect(await app.call('registration.confirm', retry.id)).toMatchObject({ state: 'succeeded' })
    await app.call('sync.now', app.accountId)
    const states = Object.fromEntries(
      (await app.call('registration.intents', app.accountId)).map(
        (i: { id: string; state: string }) => [i.id, i.state],
      ),
    )
    expect(states).toEqual({ [lost.id]: 'not-found', [retry.id]: 'succeeded' })
  })
})
