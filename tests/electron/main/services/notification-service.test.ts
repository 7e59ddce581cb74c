import { describe, expect, it } from 'vitest'
import type { AppNotification } from '../../../../electron/shared/ipc/models'
import { startTestApp } from '../../../support/app'

async function appWithNotifications(now: () => Date) {
  const app = await startTestApp({ sandbox: { domains: 40 }, services: { clock: { now } } })
  const seen: AppNotification[] = []
  app.services.bus.subscribe(
    (event, payload) => event === 'notification' && seen.push(payload as AppNotification),
  )
  return { app, seen }
}

describe('NotificationService', () => {
  it('warns once a day about domains expiring soon with auto-renew off, opening the calendar', async () => {
    let now = new Date()
    const { app, seen } = await appWithNotifications(() => now)
    await app.call('notifications.setSettings', {
      enabled: true,
      expiringWithinDays: 365,
      syncFailingHours: 6,
    })
    app.services.notifications.check()
    app.services.notifications.check()
    expect(seen.filter((n) => n.kind === 'expiring')).toEqual([
      expect.objectContaining({
        route: '/calendar',
        title: expect.stringMatching(/domains? expires? within 365 days/),
      }),
    ])
    now = new Date(now.getTime() + 86_400_000)
    app.services.notifications.check()
    expect(seen.filter((n) => n.kind === 'expiring')).toHaveLength(2)
  })

  it('announces a registration that became active and opens its page; in Armenian when asked', async () => {
    const { app, seen } = await appWithNotifications(() => new Date())
    app.services.notifications.start(60 * 60_000)
    await app.call('appearance.setLanguage', 'hy')
    const intent = await app.call('registration.prepare', app.accountId, {
      domainName: 'notify-me.dev',
      years: 1,
      autoRenew: true,
      privacy: true,
    })
    const done = await app.call('registration.confirm', intent.id)
    await app.sandbox.control('POST', '/clock', { advance_seconds: 900 })
    await app.call('sync.now', app.accountId)
    const active = seen
      .filter((n) => n.kind === 'registration.active')
      .find((n) => n.title.startsWith('notify-me.dev'))
    expect(active).toEqual({
      kind: 'registration.active',
      title: 'notify-me.dev-ը ակտիվ է',
      body: 'Գրանցումն ավարտված է։',
      route: `/domains/${done.domainId}`,
    })
  })

  it('flags an overdue transfer once', async () => {
    let now = new Date()
    const { app, seen } = await appWithNotifications(() => now)
    const bouncing = app.sandbox.registrar
      .list()
      .find((d) => d.registrar !== 'VPS.org' && !d.whoisEmailReachable)!
    const code = (await app.sandbox.control('GET', `/domains/${bouncing.id}/auth-code`)).json
      .auth_code
    await app.call('transfer.start', app.accountId, bouncing.id, {
      authCode: code,
      autoRenew: true,
    })
    now = new Date(now.getTime() + 8 * 86_400_000)
    app.services.notifications.check()
    app.services.notifications.check()
    expect(seen.filter((n) => n.kind === 'transfer.overdue')).toEqual([
      expect.objectContaining({ route: '/transfers' }),
    ])
  })

  it('says when syncing has failed for hours', async () => {
    let now = new Date()
    const { app, seen } = await appWithNotifications(() => now)
    await app.sandbox.close()
    now = new Date(now.getTime() + 7 * 3_600_000)
    await app.call('sync.now', app.accountId).catch(() => {})
    app.services.notifications.check()
    expect(seen.filter((n) => n.kind === 'sync.failing')).toEqual([
      expect.objectContaining({
        route: '/settings',
        title: expect.stringMatching(/has not synced for 6 hours/),
      }),
    ])
  })

  it('stays silent when notifications are off', async () => {
    const { app, seen } = await appWithNotifications(() => new Date())
    await app.call('notifications.setSettings', {
      enabled: false,
      expiringWithinDays: 365,
      syncFailingHours: 1,
    })
    app.services.notifications.check()
    expect(seen).toEqual([])
    expect(await app.call('notifications.settings')).toMatchObject({ enabled: false })
  })
})
