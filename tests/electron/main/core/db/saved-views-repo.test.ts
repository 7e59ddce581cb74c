import { describe, expect, it } from 'vitest'
import { Cache } from '../../../../../electron/main/core/db/cache'
import { migrate } from '../../../../../electron/main/core/db/migrations'
import { openDatabase, rows } from '../../../../../electron/main/core/db/sqlite'
import { DEFAULT_LAYOUT, type ViewState } from '../../../../../electron/shared/views/saved-view'

const state: ViewState = {
  ...DEFAULT_LAYOUT,
  status: 'active',
  search: 'shop',
  quick: ['expiring30'],
  tag: null,
  registrar: null,
  sort: { by: 'expires', dir: 'desc' },
}
const AT = '2026-12-06T10:00:00.000Z'

describe('migration 12', () => {
  it('adds saved_views to a version 11 cache, with names unique per account in any case', () => {
    const db = openDatabase(':memory:')
    expect(migrate(db, 11)).toBe(11)
    expect(migrate(db, 12)).toBe(12)
    const insert = db.prepare(
      "INSERT INTO saved_views (account_id, name, state, created_at, updated_at) VALUES (?, ?, '{}', 'x', 'x')",
    )
    insert.run('a1', 'Expiring')
    insert.run('a2', 'EXPIRING')
    expect(() => insert.run('a1', 'EXPIRING')).toThrow(/UNIQUE/)
    expect(rows(db, 'SELECT account_id, name FROM saved_views ORDER BY id')).toHaveLength(2)
  })
})

describe('SavedViewsRepo', () => {
  it('creates, lists by name, renames and removes views of one account only', () => {
    const cache = Cache.open(':memory:')
    const b = cache.savedViews.create('a1', 'b view', state, AT)
    const a = cache.savedViews.create('a1', 'A view', state, AT)
    cache.savedViews.create('a2', 'other', state, AT)
    expect(a.ok && b.ok).toBe(true)
    expect(cache.savedViews.list('a1').map((v) => v.name)).toEqual(['A view', 'b view'])
    expect(cache.savedViews.list('a1')[0]).toMatchObject({ state, createdAt: AT, updatedAt: AT })
    const id = a.ok ? a.view.id : 0
    expect(cache.savedViews.rename('a1', id, 'Renamed', '2026-12-06T11:00:00.000Z')).toMatchObject({
      ok: true,
      view: { name: 'Renamed', updatedAt: '2026-12-06T11:00:00.000Z' },
    })
    // Another account's id is not this account's view.
    expect(cache.savedViews.rename('a2', id, 'x', AT)).toEqual({ ok: false, reason: 'gone' })
    expect(cache.savedViews.remove('a2', id)).toBe(false)
    expect(cache.savedViews.remove('a1', id)).toBe(true)
    expect(cache.savedViews.list('a1').map((v) => v.name)).toEqual(['b view'])
  })

  it('refuses a second name that differs only in case, on create and on rename', () => {
    const cache = Cache.open(':memory:')
    cache.savedViews.create('a1', 'Expiring', state, AT)
    const other = cache.savedViews.create('a1', 'Other', state, AT)
    expect(cache.savedViews.create('a1', 'expiring', state, AT)).toEqual({
      ok: false,
      reason: 'duplicate',
    })
    const id = other.ok ? other.view.id : 0
    expect(cache.savedViews.rename('a1', id, 'EXPIRING', AT)).toEqual({
      ok: false,
      reason: 'duplicate',
    })
  })

  it('skips a stored row whose state no longer parses, instead of failing the list', () => {
    const cache = Cache.open(':memory:')
    cache.savedViews.create('a1', 'good', state, AT)
    const insert = cache.db.prepare(
      "INSERT INTO saved_views (account_id, name, state, created_at, updated_at) VALUES ('a1', ?, ?, 'x', 'x')",
    )
    insert.run('not json', '{oops')
    insert.run('bad sort', JSON.stringify({ ...state, sort: { by: 'nope', dir: 'asc' } }))
    expect(cache.savedViews.list('a1').map((v) => v.name)).toEqual(['good'])
  })

  it('is forgotten with its account', () => {
    const cache = Cache.open(':memory:')
    cache.savedViews.create('a1', 'mine', state, AT)
    cache.forgetAccount('a1')
    expect(cache.savedViews.list('a1')).toEqual([])
  })
})
