import { type VueWrapper } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { rows, settle, usePortfolioViewLifecycle } from '../components/portfolio/fixtures'
import { mountPortfolioView } from '../components/portfolio/mount-portfolio'

usePortfolioViewLifecycle()

const mountView = (count: number, locale: 'en' | 'hy' = 'en') =>
  mountPortfolioView({ data: rows(count), locale })

const count = (wrapper: VueWrapper) => wrapper.get('[data-testid="bulk-bar"] .bulk-count').text()

describe('PortfolioView: select all', { timeout: 30_000 }, () => {
  it('selects all 100,000 matches on every page with the header checkbox, shows the count, and clears', async () => {
    const { wrapper, portfolio } = await mountView(100_000)
    const asked = portfolio.queries.length
    const header = wrapper.get('[data-testid="select-all"]')
    expect(header.attributes('aria-checked')).toBe('false')
    expect(header.attributes('aria-label')).toBe('Select all 100,000 matching domains')
    await header.trigger('click')
    await settle()
    expect(count(wrapper)).toBe('100,000 selected')
    expect(header.attributes('aria-checked')).toBe('true')
    expect(
      wrapper.get('tbody tr[data-index="0"] [role="checkbox"]').attributes('aria-checked'),
    ).toBe('true')
    // Selecting did not fetch the 100,000 rows.
    expect(portfolio.queries.length).toBe(asked)
    await wrapper.get('tbody tr[data-index="1"] [role="checkbox"]').trigger('click')
    await settle()
    expect(count(wrapper)).toBe('99,999 selected')
    expect(header.attributes('aria-checked')).toBe('mixed')
    await wrapper.get('[data-testid="clear-selection"]').trigger('click')
    await settle()
    expect(wrapper.find('[data-testid="bulk-bar"]').exists()).toBe(false)
    expect(header.attributes('aria-checked')).toBe('false')
  })

  it('selects every match with Ctrl+A in the table (and ⌘A), only the filtered ones', async () => {
    const { wrapper, store } = await mountView(2_000)
    await store.setFilters({ search: 'd01' })
    await settle()
    const first = wrapper.get('tbody tr[data-index="0"]')
    await first.trigger('keydown', { key: 'a', ctrlKey: true })
    await settle()
    expect(count(wrapper)).toBe('100 selected')
    store.clearSelection()
    await first.trigger('keydown', { key: 'A', metaKey: true })
    await settle()
    expect(count(wrapper)).toBe('100 selected')
  })

  it('leaves Ctrl+A in the search field to the text', async () => {
    const { wrapper } = await mountView(50)
    const search = wrapper.get('[data-testid="portfolio-search"]')
    const event = new KeyboardEvent('keydown', {
      key: 'a',
      ctrlKey: true,
      bubbles: true,
      cancelable: true,
    })
    search.element.dispatchEvent(event)
    await settle()
    expect(event.defaultPrevented).toBe(false)
    expect(wrapper.find('[data-testid="bulk-bar"]').exists()).toBe(false)
  })

  it('says the count in Armenian', async () => {
    const { wrapper } = await mountView(1_546, 'hy')
    await wrapper.get('[data-testid="select-all"]').trigger('click')
    await settle()
    // Armenian groups digits only from five on.
    expect(count(wrapper)).toBe('Ընտրված է՝ 1546')
  })
})
