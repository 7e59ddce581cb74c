/**
 * Transfers charge, so whatever the timing, one start sends at most one POST, and once VPS.org has
 * answered the outcome is never recorded as `failed` (which would allow a second, charged, try).
 */
import { describe, expect, it, vi } from 'vitest'
import { startTestApp, type TestApp } from '../../../support/app'

const authCode = async (app: TestApp, id: number) =>
  (await app.sandbox.control('GET', `/domains/${id}/auth-code`)).json.auth_code as string
const transferPosts = (app: TestApp) =>
  app.sandbox.log.since().filter((e) => e.method === 'POST' && e.path.endsWith('/transfer/'))

describe('TransferService money safety', () => {
  it('sends one POST when two windows start the same transfer at once; the other gets a Conflict', async () => {
    const app = await startTestApp()
    const code = await authCode(app, 102)
    const start = () =>
      app.call('transfer.start', app.accountId, 102, { authCode: code, autoRenew: true })
    const [a, b] = await Promise.allSettled([start(), start()])
    const outcomes = [a, b].map((r) =>
      r.status === 'fulfilled' ? r.value.state : (r.reason as { code: string }).code,
    )
    expect(outcomes.sort()).toEqual(['Conflict', 'pending'])
    expect(transferPosts(app)).toHaveLength(1)
    expect((await app.call('transfer.list', app.accountId)).map((t: any) => t.state)).toEqual([
      'pending',
    ])
  })

  it('drops the claim of a start a check refused, so nothing blocks a later attempt', async () => {
    const app = await startTestApp()
    await expect(
      app.call('transfer.start', app.accountId, 101, { authCode: 'x', autoRenew: true }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' })
    expect(await app.call('transfer.list', app.accountId)).toEqual([])
    expect(transferPosts(app)).toHaveLength(0)
  })

  it('records a transfer VPS.org accepted as unknown, never failed, when saving its answer fails', async () => {
    const app = await startTestApp()
    const spy = vi.spyOn(app.services.cache.transfers, 'accepted').mockImplementationOnce(() => {
      throw Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' })
    })
    const code = await authCode(app, 102)
    const result = await app.call('transfer.start', app.accountId, 102, {
      authCode: code,
      autoRenew: true,
    })
    spy.mockRestore()
    expect(result).toMatchObject({ state: 'unknown', note: { reason: 'transferNotRecorded' } })
    await expect(
      app.call('transfer.start', app.accountId, 102, { authCode: code, autoRenew: true }),
    ).rejects.toMatchObject({ code: 'Conflict' })
    expect(transferPosts(app)).toHaveLength(1)
  })
})
