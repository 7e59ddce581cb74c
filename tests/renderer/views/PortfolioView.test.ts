import { type VueWrapper } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { withoutArmenianIntl } from '../support/no-armenian-intl'
import {
  fakePortfolio,
  row,
  rows,
  settle,
  usePortfolioViewLifecycle,
} from '../components/portfolio/fixtures'
import { mountPortfolioView } from '../components/portfolio/mount-portfolio'
import { WINDOW_SIZE } from '@/stores/portfolio'

usePortfolioViewLifecycle()
const bodyRows = (wrapper: VueWrapper) => wrapper.findAll('tbody tr[data-index]')
const rowAt = (wrapper: VueWrapper, index: number) => wrapper.get(`tbody tr[data-index="${index}"]`)
const focusedIndex = () => document.activeElement?.getAttribute('data-index')

describe('PortfolioView', () => {
  describe('table', () => {
    it('shows the rows from the cache with the domain count and the time of the last sync', async () => {
      const { wrapper } = await mountPortfolioView()
      expect(wrapper.get('h1').text()).toBe('Portfolio')
      expect(wrapper.get('[data-testid="portfolio-count"]').text()).toBe('1,000 domains')
      expect(wrapper.get('[data-testid="portfolio-synced"]').text()).toBe(
        'Synced Nov 29, 2026, 10:00 AM',
      )
      expect(bodyRows(wrapper).length).toBeGreaterThanOrEqual(10)
      expect(rowAt(wrapper, 0).find('.domain-name').text()).toBe('d0000.com')
    })

    it('is a named table with the keys described, a live count and row positions', async () => {
      const { wrapper } = await mountPortfolioView()
      const table = wrapper.get('table')
      // A native table: its rows and cells have their roles without ARIA.
      expect(table.element.tagName).toBe('TABLE')
      expect(table.attributes('aria-label')).toBe('Domains')
      expect(document.getElementById(table.attributes('aria-describedby')!)?.textContent).toMatch(
        /arrow keys.*Space selects a domain, Ctrl\+A \(⌘A\) selects every match, Enter opens it/,
      )
      expect(table.attributes('aria-rowcount')).toBe('1001')
      expect(rowAt(wrapper, 3).attributes('aria-rowindex')).toBe('5')
      expect(wrapper.get('[data-testid="portfolio-count"]').attributes('aria-live')).toBe('polite')
      expect(wrapper.findAll('thead th').map((th) => th.text())).toEqual([
        'Select',
        'Domain',
        'Status',
        'Expires',
        'Auto-renew',
        'Transfer lock',
        'WHOIS privacy',
        'DNS',
        'Nameservers',
        'Tags',
        'Registrar',
      ])
    })

    it('shows the Unicode name with its punycode, the status, the settings and the expiry', async () => {
      const idn = row(0, {
        name: 'xn--bcher-kva.com',
        unicodeName: 'bücher.com',
        status: 'expired',
        expirationDate: '2026-11-26T10:00:00Z',
        daysLeft: -3,
        autoRenew: false,
        locked: false,
        privacy: false,
        dnsManagedBy: 'external',
        nameservers: ['ns1.cloudflare.com', 'ns2.cloudflare.com'],
        tags: ['client-a', 'shop'],
      })
      const { wrapper } = await mountPortfolioView({
        data: [idn, row(1, { daysLeft: 0 }), row(2, { daysLeft: 1 }), row(3, { daysLeft: 1095 })],
      })
      const first = rowAt(wrapper, 0)
      expect(first.get('.domain-name').text()).toBe('bücher.com')
      expect(first.get('.domain-name + .cell-sub').text()).toBe('xn--bcher-kva.com')
      expect(first.get('.status-tag').text()).toBe('Expired')
      expect(first.get('time').text()).toBe('Nov 26, 2026')
      expect(first.get('time + .cell-sub').text()).toBe('3 days ago')
      expect(first.findAll('.flag-cell').map((f) => f.text())).toEqual(['Off', 'Unlocked', 'Off'])
      expect(first.text()).toContain('External')
      expect(first.text()).toContain('ns1.cloudflare.com, ns2.cloudflare.com')
      expect(first.findAll('.tag-chip').map((c) => c.text())).toEqual(['client-a', 'shop'])
      // A plain ASCII name has no second line.
      expect(rowAt(wrapper, 1).find('.domain-name + .cell-sub').exists()).toBe(false)
      expect(rowAt(wrapper, 1).text()).toContain('today')
      expect(rowAt(wrapper, 2).text()).toContain('in 1 day')
      // Counts are grouped as the language writes numbers.
      expect(rowAt(wrapper, 3).text()).toContain('in 1,095 days')
      expect(rowAt(wrapper, 1).text()).toContain('VPS.org')
    })

    it('speaks Armenian with the same numbers and dates', async () => {
      const { wrapper } = await mountPortfolioView({ locale: 'hy', data: rows(3) })
      expect(wrapper.get('h1').text()).toBe('Պորտֆել')
      expect(wrapper.get('[data-testid="portfolio-count"]').text()).toBe('3 դոմեն')
      expect(wrapper.get('table').attributes('aria-label')).toBe('Դոմեններ')
    })

    it('writes Armenian dates day.month.year with a 24-hour clock, even without Intl data for Armenian', async () => {
      await withoutArmenianIntl(async () => {
        const { wrapper } = await mountPortfolioView({ locale: 'hy', data: rows(3) })
        const synced = wrapper.get('[data-testid="portfolio-synced"]').text()
        expect(synced).toMatch(/29\.11\.2026, \d\d:\d\d$/)
        expect(synced).not.toMatch(/AM|PM/)
        expect(rowAt(wrapper, 0).text()).toMatch(/1[45]\.01\.2027/)
      })
    })
  })

  describe('search and filters', () => {
    it('sends every keystroke of the search to the cache', async () => {
      const { wrapper, portfolio } = await mountPortfolioView()
      const input = wrapper.get('#portfolio-search')
      expect(wrapper.get('label[for="portfolio-search"]').text()).toBe('Search domains')
      for (const value of ['d', 'd0', 'd09']) await input.setValue(value)
      await settle()
      expect(portfolio.queries.map((q) => q.search).filter(Boolean)).toEqual(['d', 'd0', 'd09'])
      expect(wrapper.get('[data-testid="portfolio-count"]').text()).toBe('100 domains')
      expect(rowAt(wrapper, 0).find('.domain-name').text()).toBe('d0900.com')
    })

    it('shows each quick filter as a toggle button with aria-pressed', async () => {
      const { wrapper, portfolio } = await mountPortfolioView()
      const button = wrapper.get('[data-testid="quick-expiring30"]')
      expect(button.attributes('aria-pressed')).toBe('false')
      expect(button.attributes('aria-label')).toBe('Expiring within 30 days')
      await button.trigger('click')
      await settle()
      expect(button.attributes('aria-pressed')).toBe('true')
      expect(portfolio.queries.at(-1)?.quick).toEqual(['expiring30'])
      await wrapper.get('[data-testid="quick-expiring90"]').trigger('click')
      await settle()
      expect(button.attributes('aria-pressed')).toBe('false')
      expect(portfolio.queries.at(-1)?.quick).toEqual(['expiring90'])
    })

    it('says when nothing matches and clears the filters on request', async () => {
      const { wrapper, portfolio } = await mountPortfolioView()
      await wrapper.get('#portfolio-search').setValue('nothing-like-this')
      await settle()
      expect(wrapper.get('[data-testid="portfolio-no-match"]').text()).toContain('No domains match')
      await wrapper.get('[data-testid="portfolio-no-match"] button').trigger('click')
      await settle()
      expect(portfolio.queries.at(-1)?.search).toBeUndefined()
      expect(wrapper.get('[data-testid="portfolio-count"]').text()).toBe('1,000 domains')
      expect((wrapper.get('#portfolio-search').element as HTMLInputElement).value).toBe('')
    })

    it('shows why the portfolio could not be loaded, with a retry', async () => {
      let fail = true
      const data = fakePortfolio(rows(5))
      const { wrapper } = await mountPortfolioView({
        handlers: {
          'portfolio.list': async (...args: Parameters<typeof data.handler>) => {
            if (fail) throw { code: 'Storage', reason: 'cacheUnreadable', message: 'SQLITE_BUSY' }
            return data.handler(...args)
          },
        },
      })
      const error = wrapper.get('[data-testid="portfolio-error"]')
      expect(error.attributes('role')).toBe('alert')
      expect(error.text()).toContain('Domain Desk could not read or write its offline cache.')
      fail = false
      await error.get('button').trigger('click')
      await settle()
      expect(wrapper.find('[data-testid="portfolio-error"]').exists()).toBe(false)
      expect(bodyRows(wrapper)).toHaveLength(5)
    })
  })

  describe('sorting', () => {
    it('sorts on the server when a header is clicked and marks it with aria-sort', async () => {
      const { wrapper, portfolio } = await mountPortfolioView()
      const expires = wrapper.findAll('thead th').find((th) => th.text() === 'Expires')!
      expect(expires.attributes('aria-sort')).toBe('none')
      // The header's sort control is a real button: keyboard users reach it with Tab.
      const button = expires.get('button')
      expect(button.attributes('type')).toBe('button')
      await button.trigger('click')
      await settle()
      expect(portfolio.queries.at(-1)?.sort).toEqual({ by: 'expires', dir: 'asc' })
      expect(expires.attributes('aria-sort')).toBe('ascending')
      await button.trigger('click')
      await settle()
      expect(portfolio.queries.at(-1)?.sort).toEqual({ by: 'expires', dir: 'desc' })
      expect(expires.attributes('aria-sort')).toBe('descending')
      const domain = wrapper.findAll('thead th').find((th) => th.text() === 'Domain')!
      expect(domain.attributes('aria-sort')).toBe('none')
    })
  })

  describe('keyboard and pointer', () => {
    it('opens a domain with Enter and with a plain click', async () => {
      const { wrapper, router } = await mountPortfolioView()
      await rowAt(wrapper, 2).trigger('keydown', { key: 'Enter' })
      await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/domains/3'))
      await router.push('/portfolio')
      await rowAt(wrapper, 4).find('.domain-name').trigger('click')
      await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/domains/5'))
    })

    it('is one tab stop whose focus moves with the arrows, Home and End, loading as it goes', async () => {
      const { wrapper, portfolio } = await mountPortfolioView()
      expect(
        wrapper.findAll('tbody tr[tabindex="0"]').map((r) => r.attributes('data-index')),
      ).toEqual(['0'])
      ;(rowAt(wrapper, 0).element as HTMLElement).focus()
      await rowAt(wrapper, 0).trigger('keydown', { key: 'ArrowDown' })
      await settle()
      expect(focusedIndex()).toBe('1')
      await rowAt(wrapper, 1).trigger('keydown', { key: 'End' })
      await vi.waitFor(() => expect(focusedIndex()).toBe('999'))
      expect(portfolio.queries.map((q) => q.offset)).toContain(999 - (999 % WINDOW_SIZE))
      await vi.waitFor(() => expect(rowAt(wrapper, 999).text()).toContain('d0999.com'))
      expect(rowAt(wrapper, 999).attributes('tabindex')).toBe('0')
      await rowAt(wrapper, 999).trigger('keydown', { key: 'ArrowUp' })
      await vi.waitFor(() => expect(focusedIndex()).toBe('998'))
      await rowAt(wrapper, 998).trigger('keydown', { key: 'Home' })
      await vi.waitFor(() => expect(focusedIndex()).toBe('0'))
    })

    it('toggles selection with Space and clears it with Escape, without opening', async () => {
      const { wrapper, router, store } = await mountPortfolioView()
      await rowAt(wrapper, 1).trigger('keydown', { key: ' ' })
      await rowAt(wrapper, 3).trigger('keydown', { key: ' ' })
      await settle()
      expect(store.selectedRows.map((r) => r.id)).toEqual([2, 4])
      expect(rowAt(wrapper, 1).classes()).toContain('is-selected')
      expect(rowAt(wrapper, 1).get('[role="checkbox"]').attributes('aria-checked')).toBe('true')
      expect(wrapper.get('[data-testid="bulk-bar"]').text()).toContain('2 selected')
      await rowAt(wrapper, 3).trigger('keydown', { key: ' ' })
      await settle()
      expect(store.selectedRows.map((r) => r.id)).toEqual([2])
      await rowAt(wrapper, 3).trigger('keydown', { key: 'Escape' })
      await settle()
      expect(store.selection.size).toBe(0)
      expect(router.currentRoute.value.fullPath).toBe('/portfolio')
    })

    it('selects with the checkboxes, Ctrl-click and Shift-click ranges', async () => {
      const { wrapper, router, store } = await mountPortfolioView()
      const check = (i: number) => rowAt(wrapper, i).get('[role="checkbox"]')
      expect(check(2).attributes('aria-label')).toBe('Select d0002.com')
      await check(2).trigger('click')
      await check(5).trigger('click', { shiftKey: true })
      await settle()
      expect(store.selectedRows.map((r) => r.id).sort((a, b) => a - b)).toEqual([3, 4, 5, 6])
      await rowAt(wrapper, 8).find('.domain-name').trigger('click', { ctrlKey: true })
      await check(3).trigger('click')
      await settle()
      expect(store.selectedRows.map((r) => r.id).sort((a, b) => a - b)).toEqual([3, 5, 6, 9])
      expect(router.currentRoute.value.fullPath).toBe('/portfolio')
      await wrapper.get('[data-testid="clear-selection"]').trigger('click')
      await settle()
      expect(wrapper.find('[data-testid="bulk-bar"]').exists()).toBe(false)
    })
  })

  describe('offline', () => {
    it('keeps the table, search and filters working but disables bulk changes, saying why', async () => {
      const { wrapper, portfolio, store } = await mountPortfolioView({ connectivity: 'offline' })
      await rowAt(wrapper, 0).trigger('keydown', { key: ' ' })
      await wrapper.get('#portfolio-search').setValue('d00')
      await wrapper.get('[data-testid="quick-unlocked"]').trigger('click')
      await settle()
      expect(portfolio.queries.at(-1)).toMatchObject({ search: 'd00', quick: ['unlocked'] })
      expect(store.selection.size).toBe(1)
      const reason = wrapper.get('[data-testid="bulk-blocked"]')
      expect(reason.text()).toContain('Unavailable offline')
      const lock = wrapper.get('[data-testid="bulk-lock"]')
      expect(lock.attributes('disabled')).toBeDefined()
      expect(lock.attributes('aria-describedby')).toBe(reason.attributes('id'))
    })
  })
})
