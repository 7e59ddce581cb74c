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

describe('PortfolioView opened with a quick filter in the address', { timeout: 20_000 }, () => {
  it('shows only the transferable domains for /portfolio?quick=transferable', async () => {
    const portfolio = fakePortfolio(rows(50))
    installFakeBridge({ 'portfolio.list': portfolio.handler })
    await mountApp(PortfolioView, { path: '/portfolio?quick=transferable' })
    selectAccount()
    await settle()
    expect(portfolio.queries.at(-1)).toMatchObject({ quick: ['transferable'] })
    expect(usePortfolioStore().filters.quick).toEqual(['transferable'])
  })

  it('ignores a quick filter it does not know', async () => {
    const portfolio = fakePortfolio(rows(5))
    installFakeBridge({ 'portfolio.list': portfolio.handler })
    await mountApp(PortfolioView, { path: '/portfolio?quick=bogus' })
    selectAccount()
    await settle()
    expect(usePortfolioStore().filters.quick).toEqual([])
  })
})

describe('PortfolioView opened from an Overview count', { timeout: 20_000 }, () => {
  it('shows exactly the linked domains: several quick filters, other filters dropped', async () => {
    const portfolio = fakePortfolio(rows(50))
    installFakeBridge({ 'portfolio.list': portfolio.handler })
    const { router } = await mountApp(PortfolioView, { path: '/portfolio' })
    selectAccount()
    await settle()
    await usePortfolioStore().setFilters({ search: 'shop', status: 'active', quick: ['unlocked'] })
    await router.push('/portfolio?quick=expiring30&quick=autoRenewOff')
    await settle()
    expect(usePortfolioStore().filters).toMatchObject({
      quick: ['expiring30', 'autoRenewOff'],
      search: '',
      status: null,
    })
    expect(portfolio.queries.at(-1)).toMatchObject({ quick: ['expiring30', 'autoRenewOff'] })
    expect(portfolio.queries.at(-1)).not.toHaveProperty('search')
  })
})
