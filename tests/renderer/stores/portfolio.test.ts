import { flushPromises } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { watchEffect } from 'vue'
import { useAccountsStore } from '@/stores/accounts'
import { usePortfolioStore, WINDOW_SIZE as W } from '@/stores/portfolio'
import { fakePortfolio, row, rows, selectAccount } from '../components/portfolio/fixtures'
import { installFakeBridge } from '../support/app'

const nameAt = (i: number) => `d${String(i).padStart(4, '0')}.com`

function setup(count = 1000, extra: Parameters<typeof installFakeBridge>[0] = {}) {
  setActivePinia(createPinia())
  const portfolio = fakePortfolio(rows(count))
  const handlers = { 'portfolio.list': portfolio.handler, ...extra }
  const fake = installFakeBridge(handlers)
  selectAccount()
  return { store: usePortfolioStore(), portfolio, fake, handlers }
}

beforeEach(() => localStorage.clear())
afterEach(() => {
  delete window.domainDesk
})

describe('usePortfolioStore', () => {
  describe('windows', () => {
    it('loads the first window of rows and sizes the rows to the total, with gaps until loaded', async () => {
      const { store, portfolio } = setup()
      await store.ensureLoaded()
      expect(store.total).toBe(1000)
      expect(store.rows).toHaveLength(1000)
      expect(store.rows[W - 1]?.name).toBe(nameAt(W - 1))
      expect(store.rows[W]).toBeUndefined()
      expect(portfolio.queries).toEqual([{ sort: { by: 'name', dir: 'asc' }, offset: 0, limit: W }])
      expect(store.syncedAt).toBe('2026-11-29T10:00:00Z')
    })

    it("a first page asked for before the view mounts is the view's first page, not a second request", async () => {
      const { store, portfolio } = setup()
      portfolio.hold()
      store.prefetch()
      store.prefetch()
      const mounted = store.ensureLoaded()
      portfolio.release()
      await mounted
      expect(portfolio.queries).toHaveLength(1)
      expect(store.rows[0]?.name).toBe('d0000.com')
      // Answered before the view mounted: still no second request.
      const again = setup()
      again.store.prefetch()
      await flushPromises()
      await again.store.ensureLoaded()
      expect(again.portfolio.queries).toHaveLength(1)
      // Only the first ensureLoaded takes it: a later one (back to the page) refreshes.
      await again.store.ensureLoaded()
      expect(again.portfolio.queries).toHaveLength(2)
    })

    it('loads the windows a range needs, each once', async () => {
      const { store, portfolio } = setup()
      await store.ensureLoaded()
      await store.loadRange(W + W / 2, 2 * W + W / 2)
      await store.loadRange(W + W / 2 + 10, 2 * W + 10)
      expect(portfolio.queries.map((q) => q.offset)).toEqual([0, W, 2 * W])
      expect(store.rows[2 * W + W / 2]?.name).toBe(nameAt(2 * W + W / 2))
      expect(store.rows[3 * W + 10]).toBeUndefined()
    })

    it('keeps the previous rows on screen until the new query answers', async () => {
      const { store, portfolio } = setup()
      await store.ensureLoaded()
      portfolio.hold()
      const pending = store.setFilters({ search: 'd09' })
      expect(store.loading).toBe(true)
      expect(store.rows[0]?.name).toBe('d0000.com')
      portfolio.release()
      await pending
      expect(store.total).toBe(100)
      expect(store.rows[0]?.name).toBe('d0900.com')
      expect(store.loading).toBe(false)
    })

    it('drops an answer to an older query that arrives after the newer one', async () => {
      const { store, portfolio } = setup()
      await store.ensureLoaded()
      portfolio.hold()
      const older = store.setFilters({ search: 'd0' })
      const newer = store.setFilters({ search: 'd01' })
      portfolio.release([1, 0])
      await Promise.all([older, newer])
      expect(store.filters.search).toBe('d01')
      expect(store.total).toBe(100)
      expect(store.rows[0]?.name).toBe('d0100.com')
    })

    it('reports a failed first window and does not pass old rows off as the answer', async () => {
      const { store, handlers } = setup()
      await store.ensureLoaded()
      handlers['portfolio.list'] = async () => {
        throw { code: 'Storage', message: 'The cache is locked.' }
      }
      await store.setFilters({ search: 'x' })
      expect(store.error).toBe('The offline cache could not be written.')
      expect(store.rows).toHaveLength(0)
      expect(store.total).toBe(0)
    })
  })

  describe('query', () => {
    it('sends status, trimmed search, quick filters, tag and sort, and leaves out what is empty', async () => {
      const { store, portfolio } = setup()
      await store.setFilters({ status: 'expired', search: '  shop ', quick: ['unlocked'] })
      await store.setFilters({ tag: 'client-a', sort: { by: 'expires', dir: 'desc' } })
      expect(portfolio.queries.at(-1)).toEqual({
        status: 'expired',
        search: 'shop',
        quick: ['unlocked'],
        tag: 'client-a',
        sort: { by: 'expires', dir: 'desc' },
        offset: 0,
        limit: W,
      })
      await store.setFilters({ status: null, search: '   ', quick: [], tag: null })
      expect(portfolio.queries.at(-1)).toEqual({
        sort: { by: 'expires', dir: 'desc' },
        offset: 0,
        limit: W,
      })
    })

    it('toggles quick filters on and off; only one expiry filter is on at a time', async () => {
      const { store, portfolio } = setup()
      await store.toggleQuick('unlocked')
      await store.toggleQuick('expiring30')
      await store.toggleQuick('expiring60')
      expect(store.filters.quick).toEqual(['unlocked', 'expiring60'])
      await store.toggleQuick('expired')
      expect(store.filters.quick).toEqual(['unlocked', 'expired'])
      await store.toggleQuick('unlocked')
      expect(portfolio.queries.at(-1)?.quick).toEqual(['expired'])
    })

    it('sorts ascending by a new column and flips the direction on the same one', async () => {
      const { store, portfolio } = setup()
      await store.sortBy('expires')
      expect(portfolio.queries.at(-1)?.sort).toEqual({ by: 'expires', dir: 'asc' })
      await store.sortBy('expires')
      expect(portfolio.queries.at(-1)?.sort).toEqual({ by: 'expires', dir: 'desc' })
      await store.sortBy('status')
      expect(portfolio.queries.at(-1)?.sort).toEqual({ by: 'status', dir: 'asc' })
    })

    it('changes the filters field by field: a search leaves what reads only other filters alone', async () => {
      const { store } = setup()
      await store.ensureLoaded()
      let runs = 0
      const stop = watchEffect(
        () => {
          void [store.filters.sort.by, store.filters.status, store.filters.notification]
          runs++
        },
        { flush: 'sync' },
      )
      await store.setFilters({ search: 'd09' })
      await store.setFilters({ search: 'd090' })
      expect(runs).toBe(1)
      await store.setFilters({ status: 'active' })
      expect(runs).toBe(2)
      stop()
      expect(store.filters).toMatchObject({ search: 'd090', status: 'active' })
    })

    it('clears filters and search but keeps the sort', async () => {
      const { store } = setup()
      await store.setFilters({ search: 'x', status: 'pending', sort: { by: 'dns', dir: 'desc' } })
      expect(store.hasFilters).toBe(true)
      await store.clearFilters()
      expect(store.hasFilters).toBe(false)
      expect(store.filters.sort).toEqual({ by: 'dns', dir: 'desc' })
    })
  })

  describe('refresh', () => {
    it('reloads what is on screen when a sync of the current account finishes, and only then', async () => {
      const { store, portfolio, fake } = setup()
      store.listen()
      await store.ensureLoaded()
      await store.loadRange(6 * W + 4, 6 * W + 20)
      portfolio.queries.length = 0
      fake.emit('sync.finished', { accountId: 'a2', run: { status: 'ok' } })
      await flushPromises()
      expect(portfolio.queries).toEqual([])
      fake.emit('sync.finished', { accountId: 'a1', run: { status: 'ok' } })
      await flushPromises()
      expect(portfolio.queries.map((q) => q.offset)).toEqual([6 * W])
    })

    it('shows the rows of a first sync as they land, at most once a second', async () => {
      const { store, portfolio, fake } = setup()
      store.listen()
      await store.ensureLoaded()
      portfolio.queries.length = 0
      const progress = (accountId: string, received: number) =>
        fake.emit('sync.progress', { accountId, pagesDone: 1, received })
      progress('a1', 900)
      progress('a2', 5000)
      await flushPromises()
      expect(portfolio.queries).toEqual([])
      progress('a1', 1500)
      progress('a1', 1600)
      await flushPromises()
      expect(portfolio.queries).toHaveLength(1)
    })

    it('starts over (and forgets the selection) when the current account changes', async () => {
      const { store } = setup()
      await store.ensureLoaded()
      store.toggleSelected(row(1))
      useAccountsStore().currentId = 'a2'
      const switching = store.ensureLoaded()
      expect(store.rows).toHaveLength(0)
      expect(store.selection.size).toBe(0)
      await switching
      expect(store.loadedFor).toBe('a2')
    })
  })

  describe('selection', () => {
    it('toggles rows and clears', async () => {
      const { store } = setup()
      store.toggleSelected(row(1))
      store.toggleSelected(row(2))
      store.toggleSelected(row(1))
      expect(store.selectedRows.map((r) => r.id)).toEqual([3])
      expect(store.isSelected(3)).toBe(true)
      store.clearSelection()
      expect(store.selection.size).toBe(0)
    })

    it('selects a range in either direction, loading the windows it spans', async () => {
      const { store, portfolio } = setup()
      await store.ensureLoaded()
      await store.selectRange(W + 5, W - 5)
      expect(store.selectedRows.map((r) => r.name)).toEqual(
        Array.from({ length: 11 }, (_, i) => nameAt(W - 5 + i)),
      )
      expect(portfolio.queries.map((q) => q.offset)).toEqual([0, W])
    })

    it('keeps selected rows up to date after a reload', async () => {
      const { store, handlers } = setup(10)
      await store.ensureLoaded()
      store.toggleSelected(store.rows[4]!)
      const fresh = fakePortfolio(rows(10, (i) => (i === 4 ? { autoRenew: false } : {})))
      handlers['portfolio.list'] = fresh.handler
      await store.reload()
      expect(store.selectedRows[0]?.autoRenew).toBe(false)
    })
  })
})
