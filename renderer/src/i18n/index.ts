/**
 * vue-i18n with English and Armenian (`hy`). Messages live in one JSON file per area under
 * `en/` and `hy/` (so that each feature owns its strings), namespaced by file name:
 * `portfolio.json` → `t('portfolio.…')`. Dates and money are formatted with Intl for the locale.
 */
import { createI18n } from 'vue-i18n'

export const SUPPORTED_LOCALES = ['en', 'hy'] as const
export type AppLocale = (typeof SUPPORTED_LOCALES)[number]

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON message trees of any shape
type Messages = Record<string, any>

function collect(modules: Record<string, unknown>): Messages {
  return Object.fromEntries(
    Object.entries(modules).map(([path, content]) => [
      path
        .split('/')
        .pop()!
        .replace(/\.json$/, ''),
      content,
    ]),
  )
}

/** All messages, by locale then area. */
export const messages: Record<AppLocale, Messages> = {
  en: collect(import.meta.glob('./en/*.json', { eager: true, import: 'default' })),
  hy: collect(import.meta.glob('./hy/*.json', { eager: true, import: 'default' })),
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

function build(locale: AppLocale) {
  return createI18n({
    legacy: false,
    locale,
    fallbackLocale: 'en',
    messages,
    datetimeFormats: { en: datetime, hy: numericDatetime },
    numberFormats: { en: number, hy: number },
    missingWarn: false,
    fallbackWarn: false,
  })
}

export type AppI18n = ReturnType<typeof build>
let current: AppI18n | null = null

/** The app's i18n instance (Composition API mode); the newest one is also `currentI18n()`'s. */
export function createAppI18n(locale: AppLocale = detectLocale()): AppI18n {
  current = build(locale)
  return current
}

/**
 * The instance the app runs with, for code outside components (stores say errors with it); an
 * English one when none was made yet (a store used on its own).
 */
export function currentI18n(): AppI18n {
  return current ?? createAppI18n('en')
}
