/**
 * Prices and the calculator on the costs page: the app's editable price table (loaded from the
 * main process, the published reference until then) and an estimate in integer cents.
 */
import { computed, ref } from 'vue'
import { defineStore } from 'pinia'
import {
  REFERENCE_PRICES,
  toCents,
  type PriceTable,
  type TldPrice,
} from '@shared/pricing/price-table'
import { parseDomainName, type DomainNameResult } from '@shared/validation/host-name'
import { fetchPrices } from '@/api/app'
import { hasBridge } from '@/api/bridge'

/** Shortest and longest registration period, in years. */
export const MIN_YEARS = 1
export const MAX_YEARS = 10

/** One row of the price table, for display. */
export interface PriceRow extends TldPrice {
  tld: string
}

/** Why the period typed was not taken as it is (the view words it). */
export type YearsProblem = { kind: 'not-whole' } | { kind: 'clamped'; used: number }

/** An estimate in integer cents with the parts it was added up from. */
export interface Estimate {
  tld: string
  years: number
  registerCents: number
  renewCents: number
  totalCents: number
}

function copyTable(table: Readonly<PriceTable>): PriceTable {
  return Object.fromEntries(Object.entries(table).map(([tld, price]) => [tld, { ...price }]))
}

/**
 * Prices and the registration estimate: the price table (seeded from the published reference)
 * and the calculator's inputs, with the domain validated against the TLDs in the table.
 */
export const usePricingStore = defineStore('pricing', () => {
  /** TLD → prices in USD. An editable copy; the reference is never mutated. */
  const prices = ref<PriceTable>(copyTable(REFERENCE_PRICES))
  /** What the user typed as the domain name. */
  const domainInput = ref('')
  /** Registration period, always a whole number from MIN_YEARS to MAX_YEARS; null if invalid. */
  const years = ref<number | null>(MIN_YEARS)
  /** Why the years input was rejected or adjusted; null when it was taken as typed. */
  const yearsProblem = ref<YearsProblem | null>(null)

  /** Table rows in the table's order. */
  const rows = computed<PriceRow[]>(() =>
    Object.entries(prices.value).map(([tld, price]) => ({ tld, ...price })),
  )
  /** TLDs that can be registered: exactly those with prices. */
  const offeredTlds = computed(() => Object.keys(prices.value))
  /** Validation of the domain input; null while the input is empty. */
  const domain = computed<DomainNameResult | null>(() =>
    domainInput.value.trim() === '' ? null : parseDomainName(domainInput.value, offeredTlds.value),
  )
  /** Register price + (years − 1) × renew price, in cents; null unless every part is known. */
  const estimate = computed<Estimate | null>(() => {
    const name = domain.value
    if (!name?.ok || years.value === null) return null
    const price = prices.value[name.tld]
    if (!price) return null
    const registerCents = toCents(price.register)
    const renewCents = toCents(price.renew)
    const totalCents = registerCents + (years.value - 1) * renewCents
    return { tld: name.tld, years: years.value, registerCents, renewCents, totalCents }
  })

  /** Sets the domain name being estimated. */
  function setDomainInput(value: string): void {
    domainInput.value = value
  }

  /**
   * Sets the period from an input value. Whole numbers outside 1–10 are clamped (and say so);
   * anything else leaves no valid period, so no estimate is shown.
   */
  function setYears(value: string | number | null): void {
    const text = String(value ?? '').trim()
    const n = text === '' ? Number.NaN : Number(text)
    if (!Number.isInteger(n)) {
      years.value = null
      yearsProblem.value = { kind: 'not-whole' }
      return
    }
    const clamped = Math.min(MAX_YEARS, Math.max(MIN_YEARS, n))
    years.value = clamped
    yearsProblem.value = clamped === n ? null : { kind: 'clamped', used: clamped }
  }

  /** Where the table came from: the app's editable copy, or the published reference. */
  const source = ref<'app' | 'reference'>('reference')
  /** Why loading the app's table failed, if it did. */
  const loadError = ref<string | null>(null)
  /** True while the app's table is being loaded. */
  const loading = ref(false)

  /** Loads the app's editable price table; without a bridge the reference table stays. */
  async function load(): Promise<void> {
    if (!hasBridge()) return
    loading.value = true
    try {
      const rows = await fetchPrices()
      setPrices(
        Object.fromEntries(
          rows.map((r) => [
            r.tld,
            {
              register: r.registerCents / 100,
              renew: r.renewCents / 100,
              transfer: r.transferCents / 100,
            },
          ]),
        ),
      )
      source.value = 'app'
      loadError.value = null
    } catch (error) {
      loadError.value = (error as Error).message
    } finally {
      loading.value = false
    }
  }

  /** Replaces the price table (for example with prices loaded from the account). */
  function setPrices(table: Readonly<PriceTable>): void {
    prices.value = copyTable(table)
  }

  return {
    prices,
    domainInput,
    years,
    yearsProblem,
    rows,
    offeredTlds,
    domain,
    estimate,
    setDomainInput,
    setYears,
    setPrices,
    source,
    loadError,
    loading,
    load,
  }
})
