/**
 * How an expiry's risk looks: every risk has its own icon as well as its colour, so nothing
 * depends on telling colours apart (its words are in composables/useCalendarText.ts).
 */
import type { CalendarEntry } from '@shared/ipc/models'

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

/** Message keys of the weekdays, Monday first. */
export const WEEKDAY_KEYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const

/** Message keys of the weekdays in the order of a week starting on `weekStart` (ISO, Monday = 1). */
export function weekdayKeys(weekStart: number): Array<(typeof WEEKDAY_KEYS)[number]> {
  const from = (weekStart + 6) % 7
  return [...WEEKDAY_KEYS.slice(from), ...WEEKDAY_KEYS.slice(0, from)]
}
