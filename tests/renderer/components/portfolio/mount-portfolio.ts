/**
 * Mounts the portfolio page as the app runs it, over a fake `portfolio.list` of `data` (1,000
 * generated rows unless given) and any other fake handlers, with the account selected and the
 * first page drawn.
 */
import type { DomainRow } from '@shared/ipc/models'
import PortfolioView from '@/views/PortfolioView.vue'
import { usePortfolioStore } from '@/stores/portfolio'
import { fakePortfolio, rows, selectAccount, settle } from './fixtures'
import { installFakeBridge, mountApp } from '../../support/app'

/** The mounted page, its router, the fake portfolio and bridge, and this app's store. */
export async function mountPortfolioView(
  options: {
    data?: DomainRow[]
    connectivity?: 'online' | 'offline'
    locale?: 'en' | 'hy'
    handlers?: Parameters<typeof installFakeBridge>[0]
  } = {},
) {
  const portfolio = fakePortfolio(options.data ?? rows(1000))
  const fake = installFakeBridge({ 'portfolio.list': portfolio.handler, ...options.handlers })
  const { wrapper, router } = await mountApp(PortfolioView, { locale: options.locale })
  selectAccount(options.connectivity)
  await settle()
  // The store of this app's pinia: a component left over from an earlier test may have made
  // its own pinia the active one.
  return { wrapper, router, portfolio, fake, store: usePortfolioStore(wrapper.vm.$pinia) }
}
