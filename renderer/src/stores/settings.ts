/**
 * Display settings: language and theme, each following the OS unless the user chose one in
 * Settings. Persisted in localStorage (nothing secret here). Also holds what main says about the
 * app (version, where tokens are kept, cache notice) for the welcome page and Settings.
 */
import { defineStore } from 'pinia'
import { computed, ref, watch } from 'vue'
import type { AppInfo } from '@shared/ipc/models'
import { fetchAppInfo } from '@/api/app'
import { detectLocale, type AppLocale } from '@/i18n'
import { errorText } from '@/format/error-text'

export type LocaleChoice = 'system' | AppLocale
export type ThemeChoice = 'system' | 'light' | 'dark'

const LOCALE_KEY = 'domainDesk.locale'
const THEME_KEY = 'domainDesk.theme'

function stored<T extends string>(key: string, allowed: readonly T[], fallback: T): T {
  const value = globalThis.localStorage?.getItem(key)
  return (allowed as readonly string[]).includes(value ?? '') ? (value as T) : fallback
}

function prefersDark(): boolean {
  return globalThis.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false
}

/** Language and theme preferences and what they resolve to. */
export const useSettingsStore = defineStore('settings', () => {
  const localeChoice = ref<LocaleChoice>(stored(LOCALE_KEY, ['system', 'en', 'hy'], 'system'))
  const themeChoice = ref<ThemeChoice>(stored(THEME_KEY, ['system', 'light', 'dark'], 'system'))
  /** The OS's current dark-mode preference (kept live by `watchSystemTheme`). */
  const systemDark = ref(prefersDark())

  const locale = computed<AppLocale>(() =>
    localeChoice.value === 'system' ? detectLocale() : localeChoice.value,
  )
  const dark = computed(() =>
    themeChoice.value === 'system' ? systemDark.value : themeChoice.value === 'dark',
  )

  /** Version, platform, token storage and cache notice from main; null until loaded. */
  const appInfo = ref<AppInfo | null>(null)
  /** Main's message when app info could not be loaded. */
  const appInfoError = ref<string | null>(null)
  /** True when main keeps new tokens in memory only (no usable keychain). */
  const keychainUnavailable = computed(() => appInfo.value?.tokenStorage.storage === 'memory')

  /** Loads app info from main; a failure is kept in `appInfoError` rather than thrown. */
  async function loadAppInfo(): Promise<AppInfo | null> {
    try {
      appInfo.value = await fetchAppInfo()
      appInfoError.value = null
    } catch (error) {
      appInfoError.value = errorText(error)
    }
    return appInfo.value
  }

  /** Chooses the language ('system' follows the OS); takes effect at once through `locale`. */
  function setLocale(choice: LocaleChoice): void {
    localeChoice.value = choice
  }

  /** Chooses the theme ('system' follows the OS); takes effect at once through `dark`. */
  function setTheme(choice: ThemeChoice): void {
    themeChoice.value = choice
  }

  /** Follows OS theme changes while the app runs; returns the stop function. */
  function watchSystemTheme(): () => void {
    const query = globalThis.matchMedia?.('(prefers-color-scheme: dark)')
    if (!query) return () => {}
    const update = () => (systemDark.value = query.matches)
    query.addEventListener('change', update)
    return () => query.removeEventListener('change', update)
  }

  watch(localeChoice, (value) => globalThis.localStorage?.setItem(LOCALE_KEY, value))
  watch(themeChoice, (value) => globalThis.localStorage?.setItem(THEME_KEY, value))

  return {
    localeChoice,
    themeChoice,
    systemDark,
    locale,
    dark,
    appInfo,
    appInfoError,
    keychainUnavailable,
    setLocale,
    setTheme,
    watchSystemTheme,
    loadAppInfo,
  }
})
