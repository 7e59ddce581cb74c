/**
 * Hash routes (the app is served from app:// and the web preview from one page): the welcome
 * page until an account exists, then the portfolio, domain pages, registration, costs and
 * settings. Views load lazily.
 */
import { createRouter, createWebHashHistory, type RouteRecordRaw } from 'vue-router'
import { useAccountsStore } from '@/stores/accounts'

export const routes: RouteRecordRaw[] = [
  { path: '/', redirect: '/portfolio' },
  {
    path: '/welcome',
    name: 'welcome',
    component: () => import('@/views/WelcomeView.vue'),
    meta: { bare: true },
  },
  { path: '/portfolio', name: 'portfolio', component: () => import('@/views/PortfolioView.vue') },
  {
    path: '/domains/:id(\\d+)',
    name: 'domain',
    component: () => import('@/views/DomainPage.vue'),
    props: (r) => ({ id: Number(r.params.id) }),
  },
  { path: '/register', name: 'register', component: () => import('@/views/RegisterView.vue') },
  { path: '/costs', name: 'costs', component: () => import('@/views/PricingView.vue') },
  { path: '/settings', name: 'settings', component: () => import('@/views/SettingsView.vue') },
  { path: '/:pathMatch(.*)*', redirect: '/portfolio' },
]

/** The router, with the guard that sends a user without accounts to the welcome page. */
export function createAppRouter() {
  const router = createRouter({ history: createWebHashHistory(), routes })
  router.beforeEach(async (to) => {
    const accounts = useAccountsStore()
    if (!accounts.loaded) await accounts.load().catch(() => {})
    if (!accounts.hasAccounts && to.name !== 'welcome') return { name: 'welcome' }
    return true
  })
  return router
}
