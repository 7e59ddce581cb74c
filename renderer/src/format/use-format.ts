/**
 * Locale-aware formatting for the views: money from integer cents, dates and date-times from
 * ISO strings, and "in 12 days" / "3 days ago" from a whole number of days.
 */
import { useI18n } from 'vue-i18n'
import { centsToUsd } from './money'

/** Formatting helpers bound to the component's i18n. */
export function useFormat() {
  const { t, d, n } = useI18n()
  return {
    /** Integer cents → "$24.98" in the current language. */
    money: (cents: number) => n(centsToUsd(cents), 'usd'),
    /** An ISO timestamp → a date in the user's time zone. */
    date: (iso: string) => d(new Date(iso), 'date'),
    /** An ISO timestamp → date and time in the user's time zone. */
    dateTime: (iso: string) => d(new Date(iso), 'dateTime'),
    /**
     * A calendar date such as WHOIS's "2025-12-20": shown as that same day everywhere, which
     * reading it as local midnight would not do west of UTC.
     */
    calendarDate: (ymd: string) => {
      const at = new Date(/^\d{4}-\d{2}-\d{2}$/.test(ymd) ? `${ymd}T00:00:00Z` : ymd)
      return Number.isNaN(at.getTime()) ? ymd : d(at, { key: 'date', timeZone: 'UTC' })
    },
    /** Whole days from today → "today", "in 12 days", "3 days ago". */
    relativeDays: (days: number) =>
      days === 0
        ? t('common.days.today')
        : days > 0
          ? t('common.days.inDays', { n: days }, days)
          : t('common.days.daysAgo', { n: -days }, -days),
  }
}
