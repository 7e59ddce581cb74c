/**
 * vue-i18n with English and Armenian (`hy`). Messages live in one JSON file per area under
 * `en/` and `hy/` (so that each feature owns its strings), namespaced by file name:
 * `portfolio.json` → `t('portfolio.…')`, and each language ships as its own chunk, loaded when
 * needed. Dates and money are formatted with Intl for the locale.
 */
import { createI18n } from 'vue-i18n'
import type { Messages } from './collect'

export const SUPPORTED_LOCALES = ['en', 'hy'] as const
export type AppLocale = (typeof SUPPORTED_LOCALES)[number]

export type { Messages } from './collect'

/**
 * Each language is its own chunk, loaded when it is first needed: the one the user reads before
 * the first paint, the other only if they switch to it.
 */
const catalogues: Record<AppLocale, () => Promise<{ default: Messages }>> = {
  en: () => import('./catalogue-en'),
  hy: () => import('./catalogue-hy'),
}

/** A language's messages (its chunk is fetched once). */
export async function loadMessages(locale: AppLocale): Promise<Messages> {
  return (await catalogues[locale]()).default
}

/** The Intl locale tag used for formatting. */
export const INTL_LOCALE: Record<AppLocale, string> = { en: 'en-US', hy: 'hy-AM' }

/** The first supported language among the OS/browser's preferred ones, else English. */
export function detectLocale(
  languages: readonly string[] = navigator.languages ?? [navigator.language],
): AppLocale {
  for (const language of languages) {
    const base = language.toLowerCase().split('-')[0]
    if ((SUPPORTED_LOCALES as readonly string[]).includes(base!)) return base as AppLocale
  }
  return 'en'
}

const datetime = {
  date: { year: 'numeric', month: 'short', day: 'numeric' },
  dateTime: { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' },
  time: { hour: '2-digit', minute: '2-digit' },
  month: { year: 'numeric', month: 'long' },
} as const

/**
 * Armenian dates are numeric: Chromium builds without Armenian locale data (Debian's, for one)
 * fall back to patterns like "2026 M11 29" for month names, while numeric ones read well either
 * way ("29.11.2026", or "2026-11-29" without the data).
 */
const numericDatetime = {
  date: { year: 'numeric', month: '2-digit', day: '2-digit' },
  dateTime: {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  },
  time: { hour: '2-digit', minute: '2-digit' },
  month: { year: 'numeric', month: '2-digit' },
} as const

const number = {
  // "$", not "US$", whatever the locale data says.
  usd: { style: 'currency', currency: 'USD', currencyDisplay: 'narrowSymbol' },
  integer: { maximumFractionDigits: 0 },
  percent: { style: 'percent', maximumFractionDigits: 0 },
} as const

function build(locale: AppLocale, messages: Partial<Record<AppLocale, Messages>>) {
  return createI18n({
    legacy: false,
    locale,
    fallbackLocale: 'en',
    messages: messages as Record<AppLocale, Messages>,
    datetimeFormats: { en: datetime, hy: numericDatetime },
    numberFormats: { en: number, hy: number },
    missingWarn: false,
    fallbackWarn: false,
  })
}

export type AppI18n = ReturnType<typeof build>
let current: AppI18n | null = null

/**
 * The app's i18n instance (Composition API mode) with the messages already loaded (the app
 * loads the user's language first, see `loadMessages`; tests pass both). The newest one is also
 * `currentI18n()`'s.
 */
export function createAppI18n(
  locale: AppLocale = detectLocale(),
  messages: Partial<Record<AppLocale, Messages>> = {},
): AppI18n {
  current = build(locale, messages)
  return current
}

/**
 * The instance the app runs with, for code outside components (stores say errors with it); an
 * English one without messages when none was made yet (a store used on its own).
 */
export function currentI18n(): AppI18n {
  return current ?? createAppI18n('en')
}

/** Switches the app to `locale`, loading its messages first when they are not there yet. */
export async function setAppLocale(i18n: AppI18n, locale: AppLocale): Promise<void> {
  if (!i18n.global.availableLocales.includes(locale)) {
    i18n.global.setLocaleMessage(locale, await loadMessages(locale))
  }
  i18n.global.locale.value = locale
}
