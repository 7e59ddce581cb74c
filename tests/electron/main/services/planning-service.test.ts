import { describe, expect, it } from 'vitest'
import { localMonth } from '../../../../electron/shared/calendar/dates'
import { riskOf } from '../../../../electron/main/services/planning-service'
import { startTestApp } from '../../../support/app'

const DAY = 86_400_000

describe('PlanningService', () => {
  it('classifies each expiry: renews, lapses, already expired, or pending', () => {
    const now = Date.parse('2026-11-29T12:00:00Z')
    expect(riskOf({ status: 'active', autoRenew: true, expiresAt: now + DAY }, now)).toBe('renew')
    expect(riskOf({ status: 'active', autoRenew: false, expiresAt: now + DAY }, now)).toBe('lapse')
    expect(riskOf({ status: 'active', autoRenew: true, expiresAt: now - 1 }, now)).toBe('expired')
    expect(riskOf({ status: 'expired', autoRenew: true, expiresAt: now + DAY }, now)).toBe(
      'expired',
    )
    expect(riskOf({ status: 'pending', autoRenew: false, expiresAt: now + DAY }, now)).toBe(
      'pending',
    )
  })

  it('lists the expiries of a range, soonest first, with their renewal estimate', async () => {
    const app = await startTestApp({ sandbox: { domains: 60 } })
    const now = Date.now()
    const entries = await app.call('planning.calendar', app.accountId, {
      from: new Date(now).toISOString(),
      to: new Date(now + 90 * DAY).toISOString(),
    })
    expect(entries.length).toBeGreaterThan(0)
    const times = entries.map((e: { expiresAt: string }) => Date.parse(e.expiresAt))
    expect(times).toEqual([...times].sort((a, b) => a - b))
    expect(times.every((t: number) => t >= now && t < now + 90 * DAY)).toBe(true)
    const com = entries.find((e: { name: string }) => e.name.endsWith('.com'))
    if (com) expect(com.renewalCents).toBe(1299)
    await expect(
      app.call('planning.calendar', app.accountId, { from: 'yesterday', to: 'later' }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' })
  })

  it('counts in each month of the forecast the expiries the calendar lists for that month', async () => {
    const app = await startTestApp({ sandbox: { domains: 300 } })
    const zone = 'America/New_York'
    const f = await app.call('planning.forecast', app.accountId, { months: 12, timeZone: zone })
    const entries = await app.call('planning.calendar', app.accountId, {
      from: new Date(Date.now() - 400 * DAY).toISOString(),
      to: new Date(Date.now() + 400 * DAY).toISOString(),
    })
    const byMonth = new Map<string, number>()
    for (const e of entries as Array<{ expiresAt: string }>) {
      const month = localMonth(Date.parse(e.expiresAt), zone)
      byMonth.set(month, (byMonth.get(month) ?? 0) + 1)
    }
    const counted = f.byMonth.map((m: { month: string; expiring: number }) => [m.month, m.expiring])
    expect(counted).toEqual(f.months.map((m: string) => [m, byMonth.get(m) ?? 0]))
    expect(counted.reduce((n: number, [, c]: [string, number]) => n + c, 0)).toBeGreaterThan(0)
  })

  it('forecasts 12 and 36 months from the cache in the given time zone', async () => {
    const app = await startTestApp({ sandbox: { domains: 40 } })
    const twelve = await app.call('planning.forecast', app.accountId, {
      months: 12,
      timeZone: 'Asia/Yerevan',
    })
    const thirtySix = await app.call('planning.forecast', app.accountId, {
      months: 36,
      timeZone: 'Asia/Yerevan',
    })
    expect(twelve.months).toHaveLength(12)
    expect(thirtySix.keepAll.cents).toBeGreaterThan(twelve.keepAll.cents)
    expect(twelve.keepAll.cents).toBeGreaterThanOrEqual(twelve.autoRenew.cents)
    await expect(
      app.call('planning.forecast', app.accountId, { months: 12, timeZone: 'Mars/Olympus' }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' })
  })

  it('records charges beside their estimates: registrations and transfers', async () => {
    const app = await startTestApp()
    const intent = await app.call('registration.prepare', app.accountId, {
      domainName: 'charged.com',
      years: 2,
      autoRenew: true,
      privacy: true,
    })
    await app.call('registration.confirm', intent.id)
    const code = (await app.sandbox.control('GET', '/domains/102/auth-code')).json.auth_code
    await app.call('transfer.start', app.accountId, 102, { authCode: code, autoRenew: true })
    const charges = await app.call('planning.charges', app.accountId)
    expect(charges).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: 'registration',
          domainName: 'charged.com',
          estimateCents: 2598,
          chargedCents: 2498,
        }),
        expect.objectContaining({
          kind: 'transfer',
          domainName: 'myapp.io',
          estimateCents: 3999,
          chargedCents: 3999,
        }),
      ]),
    )
  })
})
