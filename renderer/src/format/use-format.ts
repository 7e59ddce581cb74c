/**
 * Locale-aware formatting for the views: money from integer cents, dates and date-times from
 * ISO strings or Dates, and "in 12 days" / "3 days ago" from a whole number of days. Every date
 * the page shows goes through here, so that Armenian ones read day.month.year with a 24-hour
 * clock in every browser (see dates.ts).
 */
import { useI18n } from 'vue-i18n'
import { armenianDate, type DateKind } from './dates'
import { centsToUsd } from './money'

/** Formatting helpers bound to the component's i18n. */
export function useFormat() {
  const { t, d, n, locale } = useI18n()
  /** `at` in the current language; `timeZone` defaults to the user's. */
  const when = (at: string | number | Date, kind: DateKind, timeZone?: string): string => {
    const date = at instanceof Date ? at : new Date(at)
    if (locale.value === 'hy') return armenianDate(date, kind, timeZone)
    return timeZone ? d(date, { key: kind, timeZone }) : d(date, kind)
  }
  return {
    /** A count → "4,744", grouped as the language does (for `{n}` in a message). */
    count: (value: number) => n(value, 'integer'),
    /** Integer cents → "$24.98" in the current language. */
    money: (cents: number) => n(centsToUsd(cents), 'usd'),
    /** An instant → a date in the user's time zone. */
    date: (at: string | number | Date) => when(at, 'date'),
    /** An instant → date and time in the user's time zone. */
    dateTime: (at: string | number | Date) => when(at, 'dateTime'),
    /** An instant → the time of day in the user's time zone. */
    time: (at: string | number | Date) => when(at, 'time'),
    /** An instant → month and year, in `timeZone` (the user's by default). */
    month: (at: string | number | Date, timeZone?: string) => when(at, 'month', timeZone),
    /**
     * A calendar date such as WHOIS's "2025-12-20": shown as that same day everywhere, which
     * reading it as local midnight would not do west of UTC.
     */
    calendarDate: (ymd: string) => {
      const at = new Date(/^\d{4}-\d{2}-\d{2}$/.test(ymd) ? `${ymd}T00:00:00Z` : ymd)
      return Number.isNaN(at.getTime()) ? ymd : when(at, 'date', 'UTC')
    },
    /** Whole days from today → "today", "in 12 days", "1,095 days ago" (grouped as the language does). */
    relativeDays: (days: number) =>
      days === 0
        ? t('common.days.today')
        : days > 0
          ? t('common.days.inDays', { n: n(days, 'integer') }, days)
          : t('common.days.daysAgo', { n: n(-days, 'integer') }, -days),
  }
}
