import { describe, expect, it } from 'vitest'
import { rows, settle, usePortfolioViewLifecycle } from '../components/portfolio/fixtures'
import { mountPortfolioView } from '../components/portfolio/mount-portfolio'

usePortfolioViewLifecycle()

function mountView(locale: 'en' | 'hy' = 'en', checked = () => 19) {
  const data = rows(30, (i) => ({
    registrar: i === 0 ? null : i % 3 === 0 ? 'Namecheap, Inc.' : 'VPS.org',
  }))
  return mountPortfolioView({
    data,
    locale,
    handlers: {
      'portfolio.registrars': async () => [
        { registrar: 'VPS.org', count: checked() },
        { registrar: 'Namecheap, Inc.', count: 10 },
      ],
    },
  })
}

describe('PortfolioView: registrar', { timeout: 30_000 }, () => {
  it('shows a sortable registrar column, saying when it is not known yet', async () => {
    const { wrapper, portfolio } = await mountView()
    const headers = wrapper.findAll('thead th').map((th) => th.text())
    expect(headers).toContain('Registrar')
    const cells = (i: number) => wrapper.get(`tbody tr[data-index="${i}"] .col-registrar`).text()
    expect(cells(3)).toBe('Namecheap, Inc.')
    expect(cells(1)).toBe('VPS.org')
    expect(cells(0)).toBe('Not checked yet')
    const header = wrapper.findAll('thead th').find((th) => th.text() === 'Registrar')!
    await header.get('button').trigger('click')
    await settle()
    expect(portfolio.queries.at(-1)?.sort).toEqual({ by: 'registrar', dir: 'asc' })
  })

  it('filters by registrar and by "at another registrar", and says search covers tags and registrar', async () => {
    const { wrapper, portfolio, store } = await mountView()
    expect(wrapper.get('[data-testid="portfolio-search"]').attributes('placeholder')).toBe(
      'Search by name, tag or registrar',
    )
    const quick = wrapper.get('[data-testid="quick-transferable"]')
    expect(quick.text()).toBe('At another registrar (transferable)')
    await quick.trigger('click')
    await settle()
    expect(portfolio.queries.at(-1)?.quick).toEqual(['transferable'])
    await store.setFilters({ registrar: 'Namecheap, Inc.' })
    await settle()
    expect(portfolio.queries.at(-1)?.registrar).toBe('Namecheap, Inc.')
    expect(wrapper.get('[data-testid="portfolio-registrar"]').text()).toContain('Namecheap, Inc.')
    await store.clearFilters()
    expect(store.filters.registrar).toBeNull()
  })

  it('counts the registrars again when their list is opened (the backfill keeps learning them)', async () => {
    let checked = 19
    const { wrapper } = await mountView('en', () => checked)
    checked = 8_782
    await wrapper.get('[data-testid="portfolio-registrar"]').trigger('click')
    await settle()
    const options = [...document.querySelectorAll('[role="option"]')].map((o) => o.textContent)
    expect(options).toContain('VPS.org (8,782)')
  })

  it('speaks Armenian', async () => {
    const { wrapper } = await mountView('hy')
    expect(wrapper.findAll('thead th').map((th) => th.text())).toContain('Գրանցող')
    expect(wrapper.get('[data-testid="quick-transferable"]').text()).toBe(
      'Այլ գրանցողի մոտ (փոխանցելի)',
    )
  })
})
