import { describe, expect, it } from 'vitest'
import { TEST_START } from '../../../support/sandbox'
import { startTestApp } from '../../../support/app'

const authCode = async (app: Awaited<ReturnType<typeof startTestApp>>, id: number) =>
  (await app.sandbox.control('GET', `/domains/${id}/auth-code`)).json.auth_code as string

describe('TransferService', () => {
  it('checks what it can: registrar, age, lock; leaves the rest to the user; estimates the fee', async () => {
    const app = await startTestApp()
    const check = await app.call('transfer.check', app.accountId, 102)
    expect(check).toMatchObject({
      domainName: 'myapp.io',
      registrar: 'Namecheap, Inc.',
      feeEstimateCents: 3999,
      eligible: true,
    })
    const byKey = Object.fromEntries(
      check.checks.map((c: { key: string; passed: boolean | null }) => [c.key, c.passed]),
    )
    expect(byKey).toEqual({
      registeredElsewhere: true,
      oldEnough: true,
      unlocked: true,
      authCode: null,
      whoisEmail: null,
      includesRenewal: true,
    })
    const atVps = await app.call('transfer.check', app.accountId, 101)
    expect(atVps.eligible).toBe(false)
  })

  it('estimates the fee from what VPS.org charged for the last transfer of the TLD, and says so', async () => {
    const app = await startTestApp()
    expect(await app.call('transfer.check', app.accountId, 102)).toMatchObject({
      feeEstimateCents: 3999,
      feeSource: 'priceTable',
      feeChargedAt: null,
    })
    app.services.cache.charges.record({
      accountId: app.accountId,
      kind: 'transfer',
      tld: 'io',
      years: 1,
      cents: 3749,
      domainName: 'earlier.io',
      at: '2026-11-20T10:00:00.000Z',
    })
    expect(await app.call('transfer.check', app.accountId, 102)).toMatchObject({
      feeEstimateCents: 3749,
      feeSource: 'lastCharge',
      feeChargedAt: '2026-11-20T10:00:00.000Z',
    })
  })

  it('starts once, stores the estimate and next steps, and infers completion from the details', async () => {
    // The app's clock is the sandbox's, so that "not overdue yet" does not depend on today's date.
    const app = await startTestApp({
      services: { clock: { now: () => new Date(TEST_START + 60_000) } },
    })
    const completed: string[] = []
    app.services.bus.subscribe(
      (e, p) =>
        e === 'transfer.completed' && completed.push((p as { domainName: string }).domainName),
    )
    const started = await app.call('transfer.start', app.accountId, 102, {
      authCode: await authCode(app, 102),
      autoRenew: true,
    })
    expect(started).toMatchObject({
      state: 'pending',
      previousRegistrar: 'Namecheap, Inc.',
      overdue: false,
      nextSteps: expect.arrayContaining([expect.stringMatching(/current registrar/)]),
    })
    await expect(
      app.call('transfer.start', app.accountId, 102, { authCode: 'x', autoRenew: true }),
    ).rejects.toMatchObject({ code: 'Conflict' })
    await app.sandbox.control('POST', '/clock', { advance_seconds: 7 * 86_400 })
    await app.call('sync.now', app.accountId)
    expect(completed).toEqual(['myapp.io'])
    const [record] = await app.call('transfer.list', app.accountId)
    expect(record).toMatchObject({ state: 'completed', completedAt: expect.any(String) })
    const domain = await app.call('domain.get', app.accountId, 102)
    expect(
      domain.history.map((h: { field: string; newValue: string }) => `${h.field}:${h.newValue}`),
    ).toEqual(expect.arrayContaining(['transfer:initiated', 'transfer:completed']))
    expect(app.sandbox.log.since().filter((e) => e.effect === 'transfer.initiated')).toHaveLength(1)
  })

  it('records a refused transfer as failed and passes the field message on', async () => {
    const app = await startTestApp()
    await expect(
      app.call('transfer.start', app.accountId, 102, { authCode: 'wrong-code', autoRenew: true }),
    ).rejects.toMatchObject({
      code: 'Validation',
      fields: { auth_code: [expect.stringMatching(/Invalid authorization code/)] },
    })
    const [failed] = await app.call('transfer.list', app.accountId)
    // The failure's kind is said from the catalogue; VPS.org's own words stay as they were.
    expect(failed).toMatchObject({
      state: 'failed',
      note: { code: 'Validation' },
      message: expect.stringMatching(/auth_code: Invalid authorization code/),
    })
    expect(JSON.stringify(failed)).not.toContain('wrong-code')
  })

  it('refuses domains that fail a check before sending anything', async () => {
    const app = await startTestApp()
    await expect(
      app.call('transfer.start', app.accountId, 101, { authCode: 'x', autoRenew: true }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' })
    expect(app.sandbox.log.since().filter((e) => e.path.endsWith('/transfer/'))).toHaveLength(0)
  })

  it('marks a transfer whose answer was lost as unknown and refuses to send another', async () => {
    const app = await startTestApp()
    await app.sandbox.control('POST', '/faults', {
      queue: [{ kind: 'reset', method: 'POST', path: '/api/v1/domains/102/transfer/' }],
    })
    const code = await authCode(app, 102)
    const lost = await app.call('transfer.start', app.accountId, 102, {
      authCode: code,
      autoRenew: true,
    })
    expect(lost).toMatchObject({
      state: 'unknown',
      note: { reason: 'transferAnswerLost' },
      message: null,
    })
    expect(JSON.stringify(lost)).not.toContain(code)
    await app.call('sync.now', app.accountId)
    await expect(
      app.call('transfer.start', app.accountId, 102, { authCode: code, autoRenew: true }),
    ).rejects.toMatchObject({
      code: 'Conflict',
      message: expect.stringMatching(/may have reached VPS\.org/),
    })
    expect(app.sandbox.log.since().filter((e) => e.method === 'POST')).toHaveLength(1)
    const [unknown] = await app.call('transfer.list', app.accountId)
    const tracked = await app.call('transfer.resolve', app.accountId, unknown.id, 'started')
    expect(tracked).toMatchObject({
      state: 'pending',
      initiatedAt: expect.any(String),
      estimatedCompletion: expect.any(String),
      note: { reason: 'transferConfirmedStarted' },
      message: null,
    })
    await expect(
      app.call('transfer.resolve', app.accountId, unknown.id, 'not-started'),
    ).rejects.toMatchObject({ code: 'Conflict' })
  })

  it('lets the user mark a lost transfer as not started, which allows a new attempt', async () => {
    const app = await startTestApp()
    await app.sandbox.control('POST', '/faults', {
      queue: [{ kind: 'drop', method: 'POST', path: '/api/v1/domains/102/transfer/' }],
    })
    const code = await authCode(app, 102)
    const lost = await app.call('transfer.start', app.accountId, 102, {
      authCode: code,
      autoRenew: true,
    })
    expect(lost.state).toBe('unknown')
    await app.call('sync.now', app.accountId)
    expect(await app.call('transfer.resolve', app.accountId, lost.id, 'not-started')).toMatchObject(
      { state: 'failed', note: { reason: 'transferMarkedNotStarted' } },
    )
    expect(
      await app.call('transfer.start', app.accountId, 102, { authCode: code, autoRenew: true }),
    ).toMatchObject({ state: 'pending' })
    expect(app.sandbox.log.since().filter((e) => e.effect === 'transfer.initiated')).toHaveLength(1)
  })

  it('flags a transfer overdue once its estimated completion has passed', async () => {
    let now = new Date()
    const app = await startTestApp({ services: { clock: { now: () => now } } })
    const bouncing = app.sandbox.registrar
      .list()
      .find((d) => d.registrar !== 'VPS.org' && !d.whoisEmailReachable)!
    await app.call('transfer.start', app.accountId, bouncing.id, {
      authCode: await authCode(app, bouncing.id),
      autoRenew: true,
    })
    now = new Date(now.getTime() + 8 * 86_400_000)
    expect((await app.call('transfer.list', app.accountId))[0]).toMatchObject({
      state: 'pending',
      overdue: true,
    })
  })

  it('lets the user tick next steps, each recorded in the history', async () => {
    const app = await startTestApp()
    const started = await app.call('transfer.start', app.accountId, 102, {
      authCode: await authCode(app, 102),
      autoRenew: true,
    })
    const ticked = await app.call('transfer.setStep', app.accountId, started.id, 1, true)
    expect(ticked.stepsDone).toEqual([1])
    expect(
      (await app.call('transfer.setStep', app.accountId, started.id, 1, false)).stepsDone,
    ).toEqual([])
    await expect(
      app.call('transfer.setStep', app.accountId, started.id, 9, true),
    ).rejects.toMatchObject({ code: 'InvalidArgument' })
    const history = (await app.call('domain.get', app.accountId, 102)).history.map(
      (h: { newValue: string }) => h.newValue,
    )
    expect(history).toEqual(
      expect.arrayContaining([
        'step done: Approve transfer with current registrar',
        'step undone: Approve transfer with current registrar',
      ]),
    )
  })
})
