/**
 * How an expiry's risk looks and reads. Every risk has its own icon and words as well as its
 * colour, so nothing depends on telling colours apart. A renewal's price is the price table's
 * estimate; a TLD without a price says so rather than showing $0. Weekday and month names come
 * from the messages, not Intl: Chromium builds without Armenian locale data would print "M03".
 */
import { useI18n } from 'vue-i18n'
import type { CalendarEntry } from '@shared/ipc/models'
import { useFormat } from '@/format/use-format'

export type Risk = CalendarEntry['risk']

/** Every risk, in the order the legend lists them. */
export const RISKS: readonly Risk[] = ['renew', 'lapse', 'expired', 'pending']

/** renew: a circular arrow; lapse: a warning; expired: a cross; pending: a clock. */
export const RISK_ICON: Record<Risk, string> = {
  renew: 'pi pi-sync',
  lapse: 'pi pi-exclamation-triangle',
  expired: 'pi pi-times-circle',
  pending: 'pi pi-clock',
}

/** PrimeVue Tag severities: green, orange, red, blue. */
export const RISK_SEVERITY: Record<Risk, 'success' | 'warn' | 'danger' | 'info'> = {
  renew: 'success',
  lapse: 'warn',
  expired: 'danger',
  pending: 'info',
}

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

/** Message keys of the weekdays, Monday first. */
export const WEEKDAY_KEYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const

/** Message keys of the weekdays in the order of a week starting on `weekStart` (ISO, Monday = 1). */
export function weekdayKeys(weekStart: number): Array<(typeof WEEKDAY_KEYS)[number]> {
  const from = (weekStart + 6) % 7
  return [...WEEKDAY_KEYS.slice(from), ...WEEKDAY_KEYS.slice(0, from)]
}
