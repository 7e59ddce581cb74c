import { describe, expect, it } from 'vitest'
import type { AppNotification } from '../../../../electron/shared/ipc/models'
import { startTestApp } from '../../../support/app'

/** An app whose account holds many pending registrations that all activate in one sync. */
async function appWithPending(domains = 600, quietMs?: number) {
  const shown: AppNotification[] = []
  const app = await startTestApp({
    sandbox: { domains, seed: 7 },
    services: { notificationPort: { show: (n) => shown.push(n) }, notificationQuietMs: quietMs },
  })
  const seen: AppNotification[] = []
  app.services.bus.subscribe(
    (event, payload) => event === 'notification' && seen.push(payload as AppNotification),
  )
  app.services.notifications.start(60 * 60_000)
  const pending = app.sandbox.registrar.list().filter((d) => d.status === 'pending').length
  return { app, seen, shown, pending }
}

describe('NotificationService: the events of one sync', () => {
  it('groups many activations into one toast and one OS notification that opens the filtered list', async () => {
    const { app, seen, shown, pending } = await appWithPending()
    expect(pending).toBeGreaterThan(10)
    await app.sandbox.control('POST', '/clock', { advance_seconds: 900 })
    await app.call('sync.now', app.accountId)
    await new Promise((resolve) => setTimeout(resolve, 10))
    const active = seen.filter((n) => n.kind === 'registration.active')
    expect(active).toHaveLength(1)
    expect(shown.filter((n) => n.kind === 'registration.active')).toHaveLength(1)
    expect(active[0]).toMatchObject({
      title: `${pending} registrations are active`,
      count: pending,
      route: expect.stringMatching(/^\/portfolio\?notification=\d+$/),
    })
    // The route's list holds exactly the domains that became active.
    const id = Number(active[0]!.route.split('=')[1])
    const page = await app.call('portfolio.list', app.accountId, { notification: id, limit: 1000 })
    expect(page.total).toBe(pending)
    expect(page.rows.every((r: { status: string }) => r.status === 'active')).toBe(true)
    // The notification centre still has every single event.
    const history = await app.call('notifications.history', { parentId: id })
    expect(history.entries).toHaveLength(pending)
    expect(history.entries[0]).toMatchObject({
      kind: 'registration.active',
      title: expect.stringMatching(/ is active$/),
      route: expect.stringMatching(/^\/domains\/\d+$/),
    })
    const top = await app.call('notifications.history', {})
    expect(top.entries.map((e: { id: number }) => e.id)).toContain(id)
    expect(top.unread).toBeGreaterThan(0)
    await app.call('notifications.markRead')
    expect((await app.call('notifications.history', {})).unread).toBe(0)
  })

  it('shows notifications saved earlier in the language chosen now', async () => {
    const { app, pending } = await appWithPending(300)
    await app.call('appearance.setLanguage', 'en')
    await app.sandbox.control('POST', '/clock', { advance_seconds: 900 })
    await app.call('sync.now', app.accountId)
    await new Promise((resolve) => setTimeout(resolve, 10))
    const english = await app.call('notifications.history', {})
    const group = english.entries.find((e: { count: number }) => e.count === pending)
    expect(group.title).toBe(`${pending} registrations are active`)
    await app.call('appearance.setLanguage', 'hy')
    const armenian = await app.call('notifications.history', {})
    expect(armenian.entries.find((e: { id: number }) => e.id === group.id)).toMatchObject({
      title: `${pending} գրանցում ակտիվ է`,
      body: expect.stringMatching(/Բացեք ցանկը/),
    })
    const events = await app.call('notifications.history', { parentId: group.id })
    expect(events.entries[0].title).toMatch(/-ը ակտիվ է$/)
  })

  it('sends up to the per-kind cap one by one, then one grouped notification', async () => {
    const { app, seen } = await appWithPending(40, 50)
    const burst = (ids: number[]) => {
      for (const domainId of ids)
        app.services.bus.emit('registration.active', {
          accountId: app.accountId,
          domainId,
          domainName: `burst-${domainId}.dev`,
        })
    }
    burst([9001, 9002, 9003])
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(seen.map((n) => n.title)).toEqual([
      'burst-9001.dev is active',
      'burst-9002.dev is active',
      'burst-9003.dev is active',
    ])
    seen.length = 0
    // After the quiet time that the three started.
    await new Promise((resolve) => setTimeout(resolve, 60))
    burst([9004, 9005, 9006, 9007])
    // Already announced: never again, and not counted.
    burst([9001])
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(seen.map((n) => n.title)).toEqual(['4 registrations are active'])
  })

  it('writes the grouped notification in Armenian when asked', async () => {
    const { app, seen, pending } = await appWithPending(300)
    await app.call('appearance.setLanguage', 'hy')
    await app.sandbox.control('POST', '/clock', { advance_seconds: 900 })
    await app.call('sync.now', app.accountId)
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(seen.find((n) => n.kind === 'registration.active')?.title).toBe(
      `${pending} գրանցում ակտիվ է`,
    )
  })
})
