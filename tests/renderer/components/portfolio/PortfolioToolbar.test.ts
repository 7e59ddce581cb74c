import { flushPromises } from '@vue/test-utils'
import Select from 'primevue/select'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import PortfolioToolbar from '@/components/portfolio/PortfolioToolbar.vue'
import { usePortfolioStore } from '@/stores/portfolio'
import { installFakeBridge, mountApp } from '../../support/app'
import { fakePortfolio, rows, selectAccount } from './fixtures'

beforeEach(() => localStorage.clear())
afterEach(() => {
  delete window.domainDesk
  document.body.innerHTML = ''
})
async function mountToolbar(locale: 'en' | 'hy' = 'en') {
  const portfolio = fakePortfolio(rows(20))
  installFakeBridge({ 'portfolio.list': portfolio.handler })
  const { wrapper } = await mountApp(PortfolioToolbar, { locale })
  selectAccount()
  return { wrapper, portfolio, store: usePortfolioStore() }
}

describe('PortfolioToolbar', () => {
  it('filters by status through a labelled select, "All statuses" meaning none', async () => {
    const { wrapper, portfolio, store } = await mountToolbar()
    const combobox = wrapper.get('[role="combobox"]')
    const labelId = combobox.attributes('aria-labelledby')!
    expect(document.getElementById(labelId)?.textContent).toBe('Status')
    expect(combobox.text()).toBe('All statuses')
    const select = wrapper.getComponent(Select)
    expect(select.props('options')!.map((o: { label: string }) => o.label)).toEqual([
      'All statuses',
      'Active',
      'Pending',
      'Expired',
      'Locked',
    ])
    select.vm.$emit('update:modelValue', 'expired')
    await flushPromises()
    expect(store.filters.status).toBe('expired')
    expect(portfolio.queries.at(-1)?.status).toBe('expired')
    select.vm.$emit('update:modelValue', 'all')
    await flushPromises()
    expect(store.filters.status).toBeNull()
    expect(portfolio.queries.at(-1)?.status).toBeUndefined()
  })

  it('clears the search with Escape', async () => {
    const { wrapper, store } = await mountToolbar()
    const input = wrapper.get('#portfolio-search')
    await input.setValue('d01')
    expect(store.filters.search).toBe('d01')
    await input.trigger('keydown', { key: 'Escape' })
    await flushPromises()
    expect(store.filters.search).toBe('')
    expect((input.element as HTMLInputElement).value).toBe('')
  })

  it('groups the expiry filters under their label and names every toggle', async () => {
    const { wrapper } = await mountToolbar('hy')
    const groups = wrapper.findAll('[role="group"]')
    expect(groups).toHaveLength(2)
    expect(document.getElementById(groups[0]!.attributes('aria-labelledby')!)?.textContent).toBe(
      'Լրանում է',
    )
    expect(groups[1]!.attributes('aria-label')).toBe('Արագ ֆիլտրեր')
    for (const button of wrapper.findAll('button[aria-pressed]')) {
      const name = button.attributes('aria-label') ?? ''
      expect(name).toContain(button.text())
    }
  })
})
