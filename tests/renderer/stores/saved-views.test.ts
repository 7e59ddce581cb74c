import { flushPromises } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { actionItems } from '@/commands/palette-items'
import { useCommandsStore } from '@/stores/commands'
import { usePortfolioStore, WINDOW_SIZE } from '@/stores/portfolio'
import { usePortfolioLayoutStore } from '@/stores/portfolio-layout'
import { useSavedViewsStore } from '@/stores/saved-views'
import { fakePortfolio, rows, selectAccount } from '../components/portfolio/fixtures'
import { fakeViews, viewState } from '../components/views/fake-views'
import { installFakeBridge } from '../support/app'

beforeEach(() => setActivePinia(createPinia()))
afterEach(() => {
  delete window.domainDesk
})

function setUp(initial: Parameters<typeof fakeViews>[0] = []) {
  const portfolio = fakePortfolio(rows(50))
  const views = fakeViews(initial)
  const fake = installFakeBridge({ 'portfolio.list': portfolio.handler, ...views.handlers })
  selectAccount()
  return { portfolio, views, fake, store: useSavedViewsStore() }
}

describe('saved views store', () => {
  it('saves the filters, search, sort and column layout under a trimmed name', async () => {
    const { store, views } = setUp()
    const portfolio = usePortfolioStore()
    await portfolio.setFilters({ search: ' shop ', quick: ['autoRenewOff'], status: 'active' })
    await portfolio.sortBy('expires')
    await usePortfolioLayoutStore().setColumns(['status', 'expires'])
    await usePortfolioLayoutStore().setWidths({ status: 150 })
    const saved = await store.save('  Renew soon ')
    expect(saved.name).toBe('Renew soon')
    expect(views.views[0]!.state).toEqual(
      viewState({
        columns: ['status', 'expires'],
        widths: { status: 150 },
        status: 'active',
        search: 'shop',
        quick: ['autoRenewOff'],
        sort: { by: 'expires', dir: 'asc' },
      }),
    )
    expect(store.views.map((v) => v.name)).toEqual(['Renew soon'])
  })

  it('refuses an empty, too long or taken name before asking main, and maps main refusals', async () => {
    const { store, fake } = setUp([{ name: 'Expiring', state: viewState() }])
    await store.load()
    const asked = () => fake.calls.filter(([c]) => c === 'views.save').length
    await expect(store.save('  ')).rejects.toEqual({ problem: 'required' })
    await expect(store.save('x'.repeat(61))).rejects.toEqual({ problem: 'tooLong' })
    await expect(store.save('EXPIRING')).rejects.toEqual({ problem: 'duplicate' })
    expect(asked()).toBe(0)
    // Another window saved the name meanwhile: main's Conflict is the same reason.
    store.views = []
    await expect(store.save('expiring')).rejects.toEqual({ problem: 'duplicate' })
    expect(asked()).toBe(1)
  })

  it('opens a view: its filters, sort and columns come back and the paged query runs', async () => {
    const state = viewState({
      columns: ['expires', 'tags'],
      widths: { tags: 200 },
      quick: ['expiring30'],
      search: 'd00',
      sort: { by: 'expires', dir: 'desc' },
    })
    const { store, portfolio } = setUp([{ name: 'Soon', state }])
    await store.load()
    await usePortfolioStore().setFilters({ notification: 7, status: 'expired' })
    expect(await store.open(store.views[0]!.id)).toBe(true)
    await flushPromises()
    expect(usePortfolioStore().filters).toMatchObject({
      status: null,
      notification: null,
      search: 'd00',
      quick: ['expiring30'],
      sort: { by: 'expires', dir: 'desc' },
    })
    expect(usePortfolioLayoutStore().current()).toEqual({
      columns: ['expires', 'tags'],
      widths: { tags: 200 },
    })
    expect(portfolio.queries.at(-1)).toMatchObject({ search: 'd00', offset: 0, limit: WINDOW_SIZE })
    expect(await store.open(999)).toBe(false)
  })

  it('renames and deletes, and each view is an "open view" command in the registry', async () => {
    const { store } = setUp([
      { name: 'Alpha', state: viewState() },
      { name: 'Beta', state: viewState() },
    ])
    await store.load()
    const [alpha, beta] = store.views
    await expect(store.rename(beta!.id, 'alpha')).rejects.toEqual({ problem: 'duplicate' })
    await store.rename(alpha!.id, 'ALPHA')
    await store.remove(beta!.id)
    expect(store.views.map((v) => v.name)).toEqual(['ALPHA'])

    const router = createRouter({
      history: createMemoryHistory(),
      routes: [{ path: '/portfolio', component: { render: () => null } }],
    })
    const commands = useCommandsStore()
    const stop = commands.install(router)
    const items = actionItems(
      'open view',
      (c) => c,
      [],
      (n) => n,
      commands.viewCommands,
      (n) => `Open view: ${n}`,
    )
    expect(items.map((i) => i.label)).toEqual(['Open view: ALPHA'])
    await commands.viewCommands[0]!.run()
    expect(router.currentRoute.value.fullPath).toBe(`/portfolio?view=${alpha!.id}`)
    stop()
  })
})
