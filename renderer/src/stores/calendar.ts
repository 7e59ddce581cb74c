/**
 * The renewal calendar: the month on the grid (with the neighbouring days that fill its weeks),
 * the agenda's period (that month, or the next 30, 60 or 90 days from now) and the 12-month
 * overview from the forecast. Everything is read from main's cache, so it all works offline, and
 * every day is a local day in the user's time zone. A newer request always wins over answers to an
 * older one (paging through months quickly never shows a stale month).
 */
import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { localDay } from '@shared/calendar/dates'
import type { CalendarEntry } from '@shared/ipc/models'
import type { Forecast } from '@shared/pricing/forecast'
import { onEvent } from '@/api/events'
import { exportCalendar, saveFile, type CalendarExportChoice } from '@/api/exports'
import { fetchCalendar, fetchForecast } from '@/api/planning'
import { agendaDays, totalsOf } from '@/lib/calendar/agenda'
import {
  bucketByDay,
  DAY_MS,
  expiryDay,
  monthOf,
  monthWeeks,
  rangeFor,
  shiftMonth,
  systemTimeZone,
} from '@/lib/calendar/calendar-dates'
import { weekStartFor } from '@/lib/calendar/week-start'
import type { AppLocale } from '@/i18n'
import { useAccountsStore } from './accounts'
import { useSettingsStore } from './settings'
import { errorText } from '@/format/error-text'

/** The agenda's quick windows, in days from now. */
export const WINDOWS = [30, 60, 90] as const
export type AgendaWindow = (typeof WINDOWS)[number]
/** The agenda shows the grid's month or a window from now. */
export type AgendaScope = 'month' | AgendaWindow
/** How many months the overview covers, this one first. */
export const YEAR_MONTHS = 12

/** One request's answer, error and progress, where only the latest request may land. */
function latest<T>(initial: T) {
  const data = shallowRef<T>(initial)
  const loading = ref(false)
  const error = ref<string | null>(null)
  let generation = 0
  async function run(fetch: () => Promise<T>): Promise<void> {
    const gen = ++generation
    loading.value = true
    try {
      const value = await fetch()
      if (gen !== generation) return
      data.value = value
      error.value = null
    } catch (e) {
      if (gen === generation) error.value = errorText(e)
    } finally {
      if (gen === generation) loading.value = false
    }
  }
  return { data, loading, error, run }
}

/** The renewal calendar page's data and navigation. */
export const useCalendarStore = defineStore('calendar', () => {
  const timeZone = ref(systemTimeZone())
  const today = ref(localDay(Date.now(), timeZone.value))
  /** The grid's month, `YYYY-MM`. */
  const month = ref(monthOf(today.value))
  const scope = ref<AgendaScope>('month')
  /** The account the data belongs to (a switch starts over). */
  const loadedFor = ref<string | null>(null)
  const exporting = ref(false)
  const grid = latest<CalendarEntry[]>([])
  const ahead = latest<CalendarEntry[]>([])
  const overview = latest<Forecast | null>(null)
  const accountId = () => useAccountsStore().current?.id ?? null

  /** The first day of the grid's weeks (ISO, Monday = 1): the locale's. */
  const weekStart = computed(() => weekStartFor(useSettingsStore().locale))
  const weeks = computed(() => monthWeeks(month.value, weekStart.value))
  /** The grid's entries by local day (neighbouring days included). */
  const byDay = computed(() => bucketByDay(grid.data.value, timeZone.value))
  const agendaEntries = computed(() =>
    scope.value === 'month'
      ? grid.data.value.filter((e) => monthOf(expiryDay(e, timeZone.value)) === month.value)
      : ahead.data.value,
  )
  const agenda = computed(() => agendaDays(agendaEntries.value, timeZone.value))
  const totals = computed(() => totalsOf(agendaEntries.value))
  const agendaLoading = computed(() =>
    scope.value === 'month' ? grid.loading.value : ahead.loading.value,
  )
  const agendaError = computed(() =>
    scope.value === 'month' ? grid.error.value : ahead.error.value,
  )

  function refreshToday(): void {
    today.value = localDay(Date.now(), timeZone.value)
  }

  /** Loads the grid's days, from the first week's first day to the last week's last. */
  function loadMonth(): Promise<void> {
    const id = accountId()
    if (!id) return Promise.resolve()
    const days = weeks.value.flat()
    return grid.run(() => fetchCalendar(id, rangeFor(days[0]!, days[days.length - 1]!)))
  }

  /** Loads the agenda's window: [now, now + N days), as the portfolio's "expiring" filters do. */
  function loadWindow(): Promise<void> {
    const id = accountId()
    const days = scope.value
    if (!id || days === 'month') return Promise.resolve()
    const now = Date.now()
    return ahead.run(() =>
      fetchCalendar(id, {
        from: new Date(now).toISOString(),
        to: new Date(now + days * DAY_MS).toISOString(),
      }),
    )
  }

  /** Loads the 12-month overview, bucketed by month in the user's time zone. */
  function loadOverview(): Promise<void> {
    const id = accountId()
    if (!id) return Promise.resolve()
    return overview.run(() => fetchForecast(id, YEAR_MONTHS, timeZone.value))
  }

  /** Loads everything for the current account (from scratch after an account switch). */
  async function load(): Promise<void> {
    const id = accountId()
    if (!id) return
    if (loadedFor.value !== id) {
      grid.data.value = []
      ahead.data.value = []
      overview.data.value = null
    }
    loadedFor.value = id
    refreshToday()
    await Promise.all([loadMonth(), loadWindow(), loadOverview()])
  }

  /** Shows a month (`YYYY-MM`) on the grid. */
  function goToMonth(target: string): Promise<void> {
    if (target === month.value) return Promise.resolve()
    month.value = target
    return loadMonth()
  }

  const previousMonth = () => goToMonth(shiftMonth(month.value, -1))
  const nextMonth = () => goToMonth(shiftMonth(month.value, 1))

  /** Back to the month holding today (today itself is worked out again). */
  function goToToday(): Promise<void> {
    refreshToday()
    return goToMonth(monthOf(today.value))
  }

  /** Switches the agenda between the grid's month and a window from now. */
  function setScope(next: AgendaScope): Promise<void> {
    if (next === scope.value) return Promise.resolve()
    scope.value = next
    if (next === 'month') return Promise.resolve()
    ahead.data.value = []
    return loadWindow()
  }

  /** Reads dates in another time zone (the OS's by default) and loads again. */
  function setTimeZone(zone: string): Promise<void> {
    timeZone.value = zone
    refreshToday()
    return load()
  }

  /** Builds the .ics file in main (from the cache, so offline too) and hands it over to save. */
  async function exportIcs(language: AppLocale, choice: CalendarExportChoice): Promise<void> {
    const id = accountId()
    if (!id) return
    exporting.value = true
    try {
      saveFile(await exportCalendar(id, language, timeZone.value, choice))
    } finally {
      exporting.value = false
    }
  }

  /** Loads again when a sync of the current account finishes; returns the stop function. */
  function listen(): () => void {
    return onEvent('sync.finished', (p) => {
      if (p.accountId === accountId()) void load()
    })
  }

  return {
    timeZone,
    weekStart,
    today,
    month,
    scope,
    loadedFor,
    exporting,
    gridEntries: grid.data,
    gridLoading: grid.loading,
    gridError: grid.error,
    windowEntries: ahead.data,
    forecast: overview.data,
    forecastLoading: overview.loading,
    forecastError: overview.error,
    weeks,
    byDay,
    agendaEntries,
    agenda,
    totals,
    agendaLoading,
    agendaError,
    load,
    loadMonth,
    loadWindow,
    loadOverview,
    goToMonth,
    previousMonth,
    nextMonth,
    goToToday,
    setScope,
    setTimeZone,
    exportIcs,
    listen,
  }
})
