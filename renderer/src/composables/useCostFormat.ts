/**
 * Formatting for the costs page on top of the app's `useFormat`: a forecast month key
 * (`YYYY-MM`, already in the user's time zone) as a month name, and a forecast window in words.
 */
import { useI18n } from 'vue-i18n'
import { useFormat } from '@/format/use-format'

/** Money, dates, months and windows in the current language. */
export function useCostFormat() {
  const { t, n } = useI18n()
  const format = useFormat()
  return {
    ...format,
    /** A dollar amount (not cents): the chart's axis works in dollars. */
    usd: (dollars: number) => n(dollars, 'usd'),
    /**
     * `2026-11` → "November 2026". Main bucketed the month in the user's zone already, so it is
     * shown as that same month in UTC, where mid-month can never slip into a neighbour.
     */
    month: (key: string) => {
      const [year, month] = key.split('-').map(Number) as [number, number]
      return format.month(new Date(Date.UTC(year, month - 1, 15)), 'UTC')
    },
    /** 12 → "12 months". */
    windowLabel: (months: number) => t('costs.forecast.months', { n: months }, months),
  }
}
