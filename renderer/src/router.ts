/**
 * Hash routes (the app is served from app:// and the web preview from one page): the welcome
 * page until an account exists, then the Overview as the landing page, the portfolio, domain
 * pages, registration, costs and settings. Views load lazily.
 */
import {
  createRouter,
  createWebHashHistory,
  type RouteLocationNormalized,
  type RouteRecordRaw,
  type Router,
  type RouterHistory,
} from 'vue-router'
import { useAccountsStore } from '@/stores/accounts'

export const routes: RouteRecordRaw[] = [
  { path: '/', redirect: '/overview' },
  {
    path: '/welcome',
    name: 'welcome',
    component: () => import('@/views/WelcomeView.vue'),
    meta: { bare: true },
  },
  { path: '/overview', name: 'overview', component: () => import('@/views/OverviewView.vue') },
  { path: '/portfolio', name: 'portfolio', component: () => import('@/views/PortfolioView.vue') },
  {
    path: '/domains/:id(\\d+)',
    name: 'domain',
    component: () => import('@/views/DomainView.vue'),
    props: (r) => ({ id: Number(r.params.id) }),
  },
  {
    path: '/registration',
    name: 'registration',
    component: () => import('@/views/RegistrationView.vue'),
  },
  // The page's earlier address, kept for links and bookmarks (the query, e.g. `?name=`, follows).
  { path: '/register', redirect: '/registration' },
  { path: '/calendar', name: 'calendar', component: () => import('@/views/CalendarView.vue') },
  { path: '/costs', name: 'costs', component: () => import('@/views/CostsView.vue') },
  { path: '/transfers', name: 'transfers', component: () => import('@/views/TransfersView.vue') },
  { path: '/policies', name: 'policies', component: () => import('@/views/PoliciesView.vue') },
  { path: '/settings', name: 'settings', component: () => import('@/views/SettingsView.vue') },
  { path: '/:pathMatch(.*)*', redirect: '/overview' },
]

/** Sends a user without accounts to the welcome page (loading the accounts first). */
export async function accountGuard(
  to: RouteLocationNormalized,
): Promise<true | { name: 'welcome' }> {
  const accounts = useAccountsStore()
  await accounts.loadOnce().catch(() => {})
  return !accounts.hasAccounts && to.name !== 'welcome' ? { name: 'welcome' } : true
}

/**
 * Starts loading the code of the page being opened as the navigation begins, so that it
 * downloads while the account guard waits for main (the router itself loads it only after the
 * guards). Loaded pages are component objects by then and are left alone.
 */
export function prefetchPage(to: Pick<RouteLocationNormalized, 'matched'>): void {
  for (const record of to.matched) {
    const view = record.components?.default
    if (typeof view === 'function' && !('displayName' in view) && !('__vccOpts' in view))
      void (view as () => Promise<unknown>)().catch(() => {
        // The router loads it again and reports a failure where it can be seen.
      })
  }
}

/**
 * Starts loading the code of the page at `hash` (the window's address, a plain redirect
 * followed) before the app mounts, so it downloads while the shell renders.
 */
export function prefetchStartPage(router: Router, hash = window.location.hash): void {
  const start = router.resolve(hash.replace(/^#/, '') || '/')
  const redirect = start.matched.at(-1)?.redirect
  prefetchPage(typeof redirect === 'string' ? router.resolve(redirect) : start)
}

/** The app's router (hash history) with the account guard. */
export function createAppRouter(history: RouterHistory = createWebHashHistory()) {
  const router = createRouter({ history, routes })
  router.beforeEach(prefetchPage)
  router.beforeEach(accountGuard)
  return router
}
