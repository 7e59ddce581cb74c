import { describe, expect, it } from 'vitest'
import { Cache } from '../../../../electron/main/core/db/cache'
import { migrate } from '../../../../electron/main/core/db/migrations'
import { openDatabase } from '../../../../electron/main/core/db/sqlite'
import { EventBus } from '../../../../electron/main/services/event-bus'
import { WatchService } from '../../../../electron/main/services/watch-service'
import { fakeClock } from '../../../support/clock'

const NOW = Date.UTC(2026, 11, 6, 12)
const DAY = 86_400_000

function setUp() {
  const db = openDatabase(':memory:')
  migrate(db)
  const cache = new Cache(db)
  const bus = new EventBus()
  const watch = new WatchService({
    cache,
    bus,
    accountIds: () => ['a'],
    expiringWithinDays: () => 30,
    clock: fakeClock(NOW),
  })
  const expired = (id: number) =>
    cache.domains.upsert('a', {
      id,
      name: `d${id}.com`,
      unicodeName: `d${id}.com`,
      status: 'expired',
      registrationDate: '2024-01-01T00:00:00Z',
      expirationDate: new Date(NOW - DAY).toISOString(),
      expiresAt: NOW - DAY,
      autoRenew: false,
      locked: true,
      privacy: true,
      dnsManagedBy: 'vps.org',
      nameservers: [],
      firstSeenAt: 'x',
      updatedAt: 'x',
      removedAt: null,
    })
  return { cache, bus, watch, expired }
}

describe('WatchService', () => {
  it('keeps both settings off until the user turns them on, and says when they change', () => {
    const { watch, cache } = setUp()
    expect(watch.settings()).toEqual({ keepWatching: false, startAtLogin: false })
    const heard: unknown[] = []
    watch.onSettings((s) => heard.push(s))
    expect(watch.setSettings({ keepWatching: true, startAtLogin: false })).toEqual({
      keepWatching: true,
      startAtLogin: false,
    })
    expect(heard).toEqual([{ keepWatching: true, startAtLogin: false }])
    cache.db.prepare("UPDATE app_settings SET value = '{broken' WHERE key = 'watch'").run()
    expect(watch.settings()).toEqual({ keepWatching: false, startAtLogin: false })
  })

  it('reports the attention count now and again after a sync changed it', () => {
    const { watch, bus, expired } = setUp()
    const counts: number[] = []
    watch.watchAttention((n) => counts.push(n))
    expired(1)
    expired(2)
    bus.emit('connectivity', { accountId: 'a', state: 'online' })
    expect(counts).toEqual([0])
    bus.emit('sync.finished', { accountId: 'a', run: {} as never })
    bus.emit('sync.finished', { accountId: 'a', run: {} as never })
    expect(counts).toEqual([0, 2])
  })
})
