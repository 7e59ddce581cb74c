import { describe, expect, it } from 'vitest'
import PortfolioView from '@/views/PortfolioView.vue'
import { usePortfolioStore } from '@/stores/portfolio'
import {
  fakePortfolio,
  rows,
  selectAccount,
  settle,
  usePortfolioViewLifecycle,
} from '../components/portfolio/fixtures'
import { installFakeBridge, mountApp } from '../support/app'

usePortfolioViewLifecycle()

describe('PortfolioView opened from a grouped notification', { timeout: 20_000 }, () => {
  it('shows only the domains of the notification, says so, and can show all again', async () => {
    const portfolio = fakePortfolio(rows(50))
    installFakeBridge({
      'portfolio.list': portfolio.handler,
      'notifications.history': async () => ({
        entries: [
          {
            id: 7,
            parentId: null,
            kind: 'registration.active',
            title: '228 registrations are active',
            body: '',
            route: '/portfolio?notification=7',
            count: 228,
            at: '2026-12-06T08:00:00.000Z',
            read: false,
          },
        ],
        unread: 1,
      }),
    })
    const { wrapper, router } = await mountApp(PortfolioView, { path: '/portfolio?notification=7' })
    selectAccount()
    await settle()
    expect(portfolio.queries.at(-1)).toMatchObject({ notification: 7 })
    const chip = wrapper.get('[data-testid="notification-filter"]')
    expect(chip.text()).toContain('228 registrations are active')
    await chip.get('button').trigger('click')
    await settle()
    expect(portfolio.queries.at(-1)).not.toHaveProperty('notification')
    expect(usePortfolioStore().filters.notification).toBeNull()
    expect(router.currentRoute.value.fullPath).toBe('/portfolio')
  })
})
