import { describe, expect, it } from 'vitest'
import { Cache } from '../../../../../electron/main/core/db/cache'

describe('SyncRunsRepo', () => {
  it("gives the start of the account's first run, whatever became of it", () => {
    const cache = Cache.open(':memory:')
    expect(cache.syncRuns.firstStartedAt('a')).toBeUndefined()
    const first = cache.syncRuns.start('a', '2026-12-06T08:00:00.000Z')
    cache.syncRuns.fail(first, '2026-12-06T08:01:00.000Z', 'Network', 'offline')
    cache.syncRuns.start('a', '2026-12-06T09:00:00.000Z')
    cache.syncRuns.start('b', '2026-12-05T09:00:00.000Z')
    expect(cache.syncRuns.firstStartedAt('a')).toBe('2026-12-06T08:00:00.000Z')
  })
})
