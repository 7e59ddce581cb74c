/**
 * Display settings: language and theme, each following the OS unless the user chose one in
 * Settings. Persisted in localStorage (nothing secret here).
 */
import { defineStore } from 'pinia'
import { computed, ref, watch } from 'vue'
import { detectLocale, type AppLocale } from '@/i18n'

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

  function setLocale(choice: LocaleChoice): void {
    localeChoice.value = choice
  }

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
    setLocale,
    setTheme,
    watchSystemTheme,
  }
})
