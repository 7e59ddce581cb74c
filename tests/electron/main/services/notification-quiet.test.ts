/**
 * Activations that trickle in one at a time (a bulk change, the details refresh) become one
 * notification a quiet time, not one each.
 */
import { describe, expect, it } from 'vitest'
import type { AppNotification } from '../../../../electron/shared/ipc/models'
import { startTestApp } from '../../../support/app'

const QUIET_MS = 300

async function appWatchingNotifications() {
  const app = await startTestApp({
    sandbox: { domains: 40, seed: 7 },
    services: { notificationQuietMs: QUIET_MS },
  })
  const seen: AppNotification[] = []
  app.services.bus.subscribe(
    (event, payload) => event === 'notification' && seen.push(payload as AppNotification),
  )
  app.services.notifications.start(60 * 60_000)
  const activate = (domainId: number, kind = 'registration.active') =>
    app.services.bus.emit(kind as 'registration.active', {
      accountId: app.accountId,
      domainId,
      domainName: `trickle-${domainId}.dev`,
    })
  return { app, seen, activate }
}

const turn = () => new Promise((resolve) => setTimeout(resolve, 5))

describe('NotificationService: events that trickle in', () => {
  it('sends the first at once and the rest of its quiet time as one notification', async () => {
    const { app, seen, activate } = await appWatchingNotifications()
    for (let id = 9100; id < 9120; id++) {
      activate(id)
      await turn()
    }
    expect(seen.map((n) => n.title)).toEqual(['trickle-9100.dev is active'])
    await new Promise((resolve) => setTimeout(resolve, QUIET_MS + 50))
    expect(seen.map((n) => n.title)).toEqual([
      'trickle-9100.dev is active',
      '19 registrations are active',
    ])
    // The group opens exactly the held domains, and the centre keeps each of them.
    const history = await app.call('notifications.history', {
      parentId: Number(seen[1]!.route.split('=')[1]),
    })
    expect(history.entries).toHaveLength(19)
  })

  it('keeps each kind and account to its own quiet time, and sends at once when it has passed', async () => {
    const { seen, activate } = await appWatchingNotifications()
    activate(9200)
    await turn()
    // Another kind is not held by the registrations' quiet time.
    activate(9201, 'transfer.completed')
    await turn()
    expect(seen.map((n) => n.title)).toEqual([
      'trickle-9200.dev is active',
      'trickle-9201.dev transferred',
    ])
    await new Promise((resolve) => setTimeout(resolve, QUIET_MS + 50))
    // Nothing was held: nothing more is sent, and the next one goes at once.
    expect(seen).toHaveLength(2)
    activate(9202)
    await turn()
    expect(seen.map((n) => n.title).at(-1)).toBe('trickle-9202.dev is active')
  })

  it('never sends an event again that it sent before, whether it was held or not', async () => {
    const { seen, activate } = await appWatchingNotifications()
    activate(9300)
    await turn()
    activate(9300)
    activate(9301)
    await new Promise((resolve) => setTimeout(resolve, QUIET_MS + 50))
    expect(seen.map((n) => n.title)).toEqual([
      'trickle-9300.dev is active',
      'trickle-9301.dev is active',
    ])
  })
})
