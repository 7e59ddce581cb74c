import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { usePortfolioStore } from '@/stores/portfolio'
import { fakePortfolio, row, rows, selectAccount } from '../components/portfolio/fixtures'
import { installFakeBridge } from '../support/app'

function setup(count: number) {
  setActivePinia(createPinia())
  const portfolio = fakePortfolio(rows(count))
  const fake = installFakeBridge({ 'portfolio.list': portfolio.handler })
  selectAccount()
  return { store: usePortfolioStore(), portfolio, fake }
}

beforeEach(() => localStorage.clear())
afterEach(() => {
  delete window.domainDesk
})

describe('usePortfolioStore: selecting every match', () => {
  it('selects all 100,000 matches without loading them, described as the filter minus exclusions', async () => {
    const { store, portfolio } = setup(100_000)
    await store.setFilters({ status: 'active' })
    const asked = portfolio.queries.length
    store.selectAllMatching()
    expect(store.selectedCount).toBe(100_000)
    expect(store.allSelected).toBe(true)
    expect(store.isSelected(99_999)).toBe(true)
    // No window was loaded to select them.
    expect(portfolio.queries.length).toBe(asked)
    store.toggleSelected(row(4))
    expect(store.isSelected(row(4).id)).toBe(false)
    expect(store.selectedCount).toBe(99_999)
    expect(store.allSelected).toBe(false)
    expect(store.selectionDescriptor()).toEqual({
      kind: 'query',
      query: { status: 'active' },
      exclude: [row(4).id],
    })
    store.toggleSelected(row(4))
    expect(store.selectedCount).toBe(100_000)
  })

  it('describes a hand-made selection by its ids', async () => {
    const { store } = setup(50)
    await store.ensureLoaded()
    store.toggleSelected(row(2))
    store.toggleSelected(row(7))
    expect(store.selectedCount).toBe(2)
    expect(store.selectionDescriptor()).toEqual({ kind: 'ids', ids: [row(2).id, row(7).id] })
  })

  it('clears an all-matching selection when the filter changes (it no longer says what is selected)', async () => {
    const { store } = setup(50)
    await store.ensureLoaded()
    store.selectAllMatching()
    await store.setFilters({ search: 'd001' })
    expect(store.selectedCount).toBe(0)
    store.selectAllMatching()
    expect(store.selectedCount).toBe(10)
    store.clearSelection()
    expect(store.selectedCount).toBe(0)
    expect(store.isSelected(row(10).id)).toBe(false)
  })
})
