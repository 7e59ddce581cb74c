import { describe, expect, it } from 'vitest'
import {
  ColumnLayoutSchema,
  MAX_VIEW_NAME,
  viewNameProblem,
} from '../../../../electron/shared/views/saved-view'

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
