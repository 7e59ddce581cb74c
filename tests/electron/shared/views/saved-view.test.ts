import { describe, expect, it } from 'vitest'
import {
  ColumnLayoutSchema,
  MAX_VIEW_NAME,
  viewNameProblem,
} from '../../../../electron/shared/views/saved-view'
import { channels } from '../../../../electron/shared/ipc/contract'

const views = [
  { id: 1, name: 'Expiring soon' },
  { id: 2, name: 'Ձեռքով' },
]

describe('viewNameProblem', () => {
  it('requires a name after trimming, and bounds its length', () => {
    expect(viewNameProblem('   ', views)).toBe('required')
    expect(viewNameProblem('x'.repeat(MAX_VIEW_NAME + 1), views)).toBe('tooLong')
    expect(viewNameProblem(`  ${'x'.repeat(MAX_VIEW_NAME)}  `, views)).toBeNull()
  })

  it('refuses a name another view has in any case (Armenian too), but not its own', () => {
    expect(viewNameProblem(' EXPIRING soon ', views)).toBe('duplicate')
    expect(viewNameProblem('ՁԵՌՔՈՎ', views)).toBe('duplicate')
    expect(viewNameProblem('expiring SOON', views, 1)).toBeNull()
    expect(viewNameProblem('New view', views)).toBeNull()
  })
})

describe('ColumnLayoutSchema', () => {
  it('keeps columns in table order without duplicates and bounds widths', () => {
    expect(
      ColumnLayoutSchema.parse({ columns: ['tags', 'status', 'tags'], widths: { tags: 120 } }),
    ).toEqual({ columns: ['status', 'tags'], widths: { tags: 120 } })
    expect(ColumnLayoutSchema.safeParse({ columns: [], widths: { tags: 5 } }).success).toBe(false)
    expect(ColumnLayoutSchema.safeParse({ columns: ['name'], widths: {} }).success).toBe(false)
  })
})

describe('the saved views contract', () => {
  const state = {
    columns: ['status'],
    widths: {},
    status: null,
    search: '',
    quick: [],
    tag: null,
    registrar: null,
    sort: { by: 'name', dir: 'asc' },
  }

  it('takes a view state the portfolio can show, and refuses anything else', () => {
    const save = channels['views.save'].args
    expect(save.safeParse(['a1', { name: 'x', state }]).success).toBe(true)
    expect(
      save.safeParse(['a1', { name: 'x', state: { ...state, quick: ['soon'] } }]).success,
    ).toBe(false)
    expect(
      save.safeParse(['a1', { name: 'x', state: { ...state, search: 'x'.repeat(254) } }]).success,
    ).toBe(false)
    expect(channels['views.rename'].args.safeParse(['a1', 0, 'x']).success).toBe(false)
    expect(channels['views.remove'].args.safeParse(['a1', 3]).success).toBe(true)
    expect(
      channels['views.setLayout'].args.safeParse([{ columns: ['tags'], widths: { tags: 10_000 } }])
        .success,
    ).toBe(false)
  })

  it('answers with stored views whose state parsed', () => {
    const view = { id: 1, name: 'x', state, createdAt: 'a', updatedAt: 'b' }
    expect(channels['views.list'].result.safeParse([view]).success).toBe(true)
    expect(channels['views.list'].result.safeParse([{ ...view, state: {} }]).success).toBe(false)
  })
})
