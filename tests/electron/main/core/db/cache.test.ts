import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { Cache } from '../../../../../electron/main/core/db/cache'

const dirs: string[] = []
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })))

describe('Cache.changeMark', () => {
  it('stays while nothing is written and moves with every write, from any connection', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dd-cache-'))
    dirs.push(dir)
    const cache = Cache.open(join(dir, 'cache.db'))
    const start = cache.changeMark()
    cache.domains.count('a1')
    expect(cache.changeMark()).toBe(start)
    // A tag: its row, and the search index's trigger writes.
    cache.annotations.setTags('a1', 'one.com', ['keep'])
    const tagged = cache.changeMark()
    expect(tagged).not.toBe(start)
    // Another connection's commit.
    const other = Cache.open(join(dir, 'cache.db'))
    other.settings.set('k', { v: 1 })
    expect(cache.changeMark()).not.toBe(tagged)
    other.close()
    cache.close()
  })
})
