import { describe, expect, it } from 'vitest'
import { Cache } from '../../../../../electron/main/core/db/cache'

describe('NotificationsSentRepo', () => {
  it('claims each (kind, key) once, whatever the time of the later tries', () => {
    const cache = Cache.open(':memory:')
    const sent = cache.notificationsSent
    expect(sent.claim('expiring', 'a:2026-12-06', '2026-12-06T08:00:00.000Z')).toBe(true)
    expect(sent.claim('expiring', 'a:2026-12-06', '2026-12-06T09:00:00.000Z')).toBe(false)
    expect(sent.claim('expiring', 'a:2026-12-07', '2026-12-07T08:00:00.000Z')).toBe(true)
    expect(sent.claim('sync.failing', 'a:2026-12-06', '2026-12-06T08:00:00.000Z')).toBe(true)
  })

  it('remembers claims across repository instances on the same cache file', () => {
    const cache = Cache.open(':memory:')
    expect(cache.notificationsSent.claim('transfer.overdue', '7', 'x')).toBe(true)
    expect(new Cache(cache.db).notificationsSent.claim('transfer.overdue', '7', 'y')).toBe(false)
  })
})
