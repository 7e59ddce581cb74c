/**
 * Words for a calendar's risks, days and months. A renewal's price is the price table's
 * estimate; a TLD without a price says so rather than showing $0. Weekday and month names come
 * from the messages, not Intl: Chromium builds without Armenian locale data would print "M03".
 */
import { useI18n } from 'vue-i18n'
import type { CalendarEntry } from '@shared/ipc/models'
import { useFormat } from '@/format/use-format'
import { WEEKDAY_KEYS } from '@/lib/calendar/risk'

/** Words for risks and days, bound to the component's i18n. */
export function useCalendarText() {
  const { t } = useI18n()
  const { money, calendarDate } = useFormat()
  return {
    /** "Will renew for $14.99", "Will renew, no price", "Will lapse (auto-renew off)"… */
    risk(entry: Pick<CalendarEntry, 'risk' | 'renewalCents'>): string {
      if (entry.risk !== 'renew') return t(`calendar.risk.${entry.risk}`)
      return entry.renewalCents === null
        ? t('calendar.risk.renewNoPrice')
        : t('calendar.risk.renew', { price: money(entry.renewalCents) })
    },
    /** A local day (`YYYY-MM-DD`) with its weekday: "Tuesday, Mar 3, 2026". */
    day(day: string): string {
      const weekday = new Date(`${day}T00:00:00Z`).getUTCDay()
      return t('calendar.dayLabel', {
        weekday: t(`calendar.weekdays.long.${WEEKDAY_KEYS[(weekday + 6) % 7]}`),
        date: calendarDate(day),
      })
    },
    /** A month (`YYYY-MM`): "March 2026". */
    month(month: string, length: 'long' | 'short' = 'long'): string {
      const [year, m] = month.split('-')
      return t('calendar.monthTitle', {
        month: t(`calendar.months.${length}.${Number(m)}`),
        year: year!,
      })
    },
  }
}
