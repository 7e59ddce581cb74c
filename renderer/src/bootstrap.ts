/**
 * Starts the renderer: Pinia, i18n, PrimeVue (theme, toasts, confirmations, tooltips), the router,
 * and the app-wide subscriptions to main's events. Language and theme follow the settings store.
 */
import { createPinia } from 'pinia'
import PrimeVue from 'primevue/config'
import ConfirmationService from 'primevue/confirmationservice'
import ToastService from 'primevue/toastservice'
import Tooltip from 'primevue/tooltip'
import 'primeicons/primeicons.css'
import { createApp, watch } from 'vue'
import App from './App.vue'
import { hasBridge } from './api/bridge'
import { tellLanguage, tellTheme } from './api/appearance'
import { createAppI18n, INTL_LOCALE, loadMessages, setAppLocale } from './i18n'
import { primeVueLocale } from './i18n/primevue-locale'
import { createAppRouter, prefetchStartPage } from './router'
import { useAccountsStore } from './stores/accounts'
import { useCommandsStore } from './stores/commands'
import { useConnectivityStore } from './stores/connectivity'
import { useProblemsStore } from './stores/problems'
import { useDomainStore } from './stores/domain'
import { usePortfolioStore } from './stores/portfolio'
import { useRegistrationStore } from './stores/registration'
import { useSettingsStore } from './stores/settings'
import { DARK_CLASS } from './dark-class'
import './styles.css'
// The theme's CSS, made at build time from the preset in theme.ts: PrimeVue does no theme work
// in the page ('none' below), which was about 200 ms of a cold start.
import 'virtual:primevue-theme.css'

/** Builds and mounts the app on `#app`, once the user's language has loaded. */
export async function bootstrap(): Promise<void> {
  const app = createApp(App)
  const pinia = createPinia()
  app.use(pinia)
  const settings = useSettingsStore()
  const router = createAppRouter()
  const accounts = useAccountsStore()
  // The first page's code and the accounts (what the router's guard waits for) are asked for
  // while the language loads; with the accounts known before the mount, the portfolio's first
  // page is asked for (below) before the shell renders, not after.
  prefetchStartPage(router)
  const accountsLoaded = accounts.loadOnce().catch(() => {})
  // Only the language the user reads is loaded before the first paint.
  const first = settings.locale
  const [messages] = await Promise.all([loadMessages(first), accountsLoaded])
  const i18n = createAppI18n(first, { [first]: messages })
  app.use(i18n)
  app.use(PrimeVue, { theme: 'none', locale: primeVueLocale(settings.locale) })
  app.use(ToastService)
  app.use(ConfirmationService)
  app.directive('tooltip', Tooltip)
  app.use(router)

  settings.watchSystemTheme()
  watch(
    () => settings.dark,
    (dark) => document.documentElement.classList.toggle(DARK_CLASS, dark),
    { immediate: true },
  )
  // Main applies the saved theme before the window's first paint at the next start.
  watch(
    () => settings.themeChoice,
    (theme) => {
      if (hasBridge()) void tellTheme(theme).catch(() => {})
    },
    { immediate: true },
  )
  watch(
    () => settings.locale,
    (locale) => {
      void setAppLocale(i18n, locale)
      document.documentElement.lang = INTL_LOCALE[locale].split('-')[0]!
      Object.assign(
        app.config.globalProperties.$primevue.config.locale ?? {},
        primeVueLocale(locale),
      )
      // Main writes notifications (and exported calendars) in the user's language.
      if (hasBridge()) void tellLanguage(locale).catch(() => {})
    },
    { immediate: true },
  )

  // Page errors go to main's log and the user is told; main's own problems arrive as events.
  useProblemsStore().install()
  const connectivity = useConnectivityStore()
  accounts.listen()
  connectivity.listen()
  connectivity.watchNetwork()
  usePortfolioStore().listen()
  useDomainStore().listen()
  useRegistrationStore().watchActivation()
  // Menu clicks and shortcuts (Ctrl/Cmd+K, F, R, N, ",") run the command registry.
  useCommandsStore().install(router)
  watch(
    () => accounts.current?.id,
    (id) => {
      // What main knows now, then a fresh contact with VPS.org: a window opened or reloaded
      // while VPS.org is unreachable says so within seconds, over the cached portfolio.
      // The portfolio's first page is asked for before its view mounts (first rows sooner).
      if (id && /^#\/portfolio([?]|$)/.test(window.location.hash)) usePortfolioStore().prefetch()
      if (id) void connectivity.refresh(id).catch(() => {})
      if (id) void connectivity.check(id, 'start').catch(() => {})
      if (id)
        void useRegistrationStore()
          .loadIntents()
          .catch(() => {})
    },
    { immediate: true },
  )

  app.mount('#app')
}
