/**
 * The renewal forecast and the recorded charges of the current account, for the costs page.
 * Main computes both from its cache with the shared estimate engine; the forecast is bucketed by
 * month in the user's own time zone, and its CSV export uses the same window and zone.
 */
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { ChargeRecord } from '@shared/ipc/models'
import type { Forecast } from '@shared/pricing/forecast'
import { exportForecast, saveFile } from '@/api/exports'
import { fetchCharges, fetchForecast } from '@/api/planning'
import { useAccountsStore } from './accounts'
import { appError, errorText } from '@/format/error-text'

/** The windows the page offers, in months. */
export const FORECAST_WINDOWS = [12, 36] as const
export type ForecastWindow = (typeof FORECAST_WINDOWS)[number]

/** The user's IANA time zone, read afresh each time (it follows the OS while the app runs). */
export function userTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone
}

/** How VPS.org's charge compares with the estimate; unknown when either amount is missing. */
export type Difference =
  { kind: 'less' | 'more'; cents: number } | { kind: 'same'; cents: 0 } | { kind: 'unknown' }

/** The difference of one charge: `more` when VPS.org charged more than estimated. */
export function differenceOf(
  charge: Pick<ChargeRecord, 'estimateCents' | 'chargedCents'>,
): Difference {
  const { estimateCents, chargedCents } = charge
  if (estimateCents === null || chargedCents === null) return { kind: 'unknown' }
  const delta = chargedCents - estimateCents
  if (delta === 0) return { kind: 'same', cents: 0 }
  return { kind: delta > 0 ? 'more' : 'less', cents: Math.abs(delta) }
}

/** Sums over the charges; the difference only over those with both amounts known. */
export interface ChargeTotals {
  estimateCents: number
  chargedCents: number
  difference: Difference
  /** Charges VPS.org reported no amount for (left out of `chargedCents`). */
  notReported: number
  /** Charges without an estimate (their TLD had no price). */
  notEstimated: number
}

/** Forecast and charges of the current account. */
export const useForecastStore = defineStore('forecast', () => {
  const months = ref<ForecastWindow>(12)
  /** The zone the shown forecast was bucketed in. */
  const timeZone = ref(userTimeZone())
  const forecast = ref<Forecast | null>(null)
  const loading = ref(false)
  const error = ref<string | null>(null)
  const charges = ref<ChargeRecord[]>([])
  const chargesLoaded = ref(false)
  const chargesError = ref<string | null>(null)
  const exporting = ref(false)
  const exportError = ref<string | null>(null)
  let ticket = 0

  const accountId = () => {
    const id = useAccountsStore().current?.id
    if (!id) throw appError('InvalidArgument', 'noAccount', 'No account is selected.')
    return id
  }

  /** TLDs in the portfolio that renew in the window but have no price: never counted as zero. */
  const unpricedTlds = computed(() => {
    const f = forecast.value
    if (!f) return []
    const tlds = new Set([...f.unpricedTlds, ...f.byTld.filter((t) => !t.priced).map((t) => t.tld)])
    return [...tlds].sort()
  })
  /** Renewals in the window that could not be priced. */
  const unpricedRenewals = computed(() => forecast.value?.keepAll.unpriced ?? 0)

  const chargeTotals = computed<ChargeTotals>(() => {
    let estimateCents = 0
    let chargedCents = 0
    let compared = 0
    let notReported = 0
    let notEstimated = 0
    for (const c of charges.value) {
      if (c.estimateCents === null) notEstimated++
      else estimateCents += c.estimateCents
      if (c.chargedCents === null) notReported++
      else chargedCents += c.chargedCents
      if (c.estimateCents !== null && c.chargedCents !== null)
        compared += c.chargedCents - c.estimateCents
    }
    const comparable = charges.value.some((c) => differenceOf(c).kind !== 'unknown')
    const difference = comparable
      ? differenceOf({ estimateCents: 0, chargedCents: compared })
      : ({ kind: 'unknown' } as const)
    return { estimateCents, chargedCents, difference, notReported, notEstimated }
  })

  /** Loads the forecast for the current window in the user's time zone; older answers lose. */
  async function load(): Promise<void> {
    const mine = ++ticket
    const zone = userTimeZone()
    loading.value = true
    error.value = null
    try {
      const result = await fetchForecast(accountId(), months.value, zone)
      if (mine !== ticket) return
      forecast.value = result
      timeZone.value = zone
    } catch (e) {
      if (mine === ticket) error.value = errorText(e)
    } finally {
      if (mine === ticket) loading.value = false
    }
  }

  /** Switches between the 12- and 36-month windows and loads the new one. */
  async function setMonths(value: ForecastWindow): Promise<void> {
    if (value === months.value && forecast.value) return
    months.value = value
    await load()
  }

  /** Loads every registration and transfer the app made, with estimate and charge. */
  async function loadCharges(): Promise<void> {
    try {
      charges.value = await fetchCharges(accountId())
      chargesLoaded.value = true
      chargesError.value = null
    } catch (e) {
      chargesError.value = errorText(e)
    }
  }

  /** Has main write the shown window as CSV and hands it to the user as a download. */
  async function exportCsv(): Promise<void> {
    exporting.value = true
    exportError.value = null
    try {
      saveFile(await exportForecast(accountId(), months.value, userTimeZone()))
    } catch (e) {
      exportError.value = errorText(e)
    } finally {
      exporting.value = false
    }
  }

  return {
    months,
    timeZone,
    forecast,
    loading,
    error,
    charges,
    chargesLoaded,
    chargesError,
    exporting,
    exportError,
    unpricedTlds,
    unpricedRenewals,
    chargeTotals,
    load,
    setMonths,
    loadCharges,
    exportCsv,
  }
})
