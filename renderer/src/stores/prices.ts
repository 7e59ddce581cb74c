/**
 * The price table and the calculator on the costs page. Main keeps the table (integer cents) and
 * every estimate in the app — registration, renewal, transfer — comes from it through the shared
 * engine (@shared/pricing/estimate); this store edits a draft of it, saves the draft in one
 * `prices.set`, and estimates from the saved table as main would.
 */
import { computed, ref } from 'vue'
import { defineStore } from 'pinia'
import type { PriceRow } from '@shared/ipc/models'
import { registrationEstimateCents, transferEstimateCents } from '@shared/pricing/estimate'
import { REFERENCE_PRICES, toCents } from '@shared/pricing/price-table'
import { parseDomainName, type DomainNameResult } from '@shared/validation/host-name'
import { fetchPrices, savePrices } from '@/api/prices'
import { BridgeError, hasBridge } from '@/api/bridge'
import {
  checkTld,
  draftDiffers,
  missingPrices,
  toDraft,
  toPriceRows,
  type DraftRow,
  type PriceField,
  type TldProblem,
} from '@/lib/costs/price-rows'
import { errorText } from '@/format/error-text'

/** Shortest and longest registration period, in years. */
export const MIN_YEARS = 1
export const MAX_YEARS = 10

/** Why the period typed was not taken as it is (the view words it). */
export type YearsProblem = { kind: 'not-whole' } | { kind: 'clamped'; used: number }

/** An estimate in integer cents with the parts it was added up from. */
export interface Estimate {
  tld: string
  years: number
  registerCents: number
  renewCents: number
  totalCents: number
  /** Transferring a name under the same TLD in, from the same table; null without a price. */
  transferCents: number | null
}

/** What the last Save did, for the page's status line. */
export type SaveOutcome = 'saved' | 'unchanged' | 'incomplete' | null

/** The published prices, until main's own table has loaded. */
const REFERENCE_ROWS: PriceRow[] = Object.entries(REFERENCE_PRICES).map(([tld, p]) => ({
  tld,
  registerCents: toCents(p.register),
  renewCents: toCents(p.renew),
  transferCents: toCents(p.transfer),
}))

/** The price table (saved and draft) and the registration calculator. */
export const usePricesStore = defineStore('prices', () => {
  /** The table estimates use: main's, or the published one until it has loaded. */
  const saved = ref<PriceRow[]>(REFERENCE_ROWS.map((r) => ({ ...r })))
  /** Where `saved` came from. */
  const source = ref<'app' | 'reference'>('reference')
  const loading = ref(false)
  /** Why main's table could not be loaded, if it could not. */
  const loadError = ref<string | null>(null)

  let nextKey = 1
  const draft = ref<DraftRow[]>(toDraft(saved.value, nextKey))
  nextKey += draft.value.length
  /** What the user typed in the "add a TLD" field, and why it was refused. */
  const newTld = ref('')
  const newTldProblem = ref<TldProblem | null>(null)
  /** Main's own word on the TLD field (a duplicate it refused), shown as that field's error. */
  const tldFieldError = ref<string | null>(null)
  const saving = ref(false)
  const saveError = ref<string | null>(null)
  const lastSave = ref<SaveOutcome>(null)

  const dirty = computed(() => draftDiffers(draft.value, saved.value))
  /** Draft rows still missing a price, by key. */
  const incomplete = computed(() => {
    const out = new Map<number, PriceField[]>()
    for (const row of draft.value) {
      const missing = missingPrices(row)
      if (missing.length > 0) out.set(row.key, missing)
    }
    return out
  })

  const offeredTlds = computed(() => saved.value.map((row) => row.tld))

  function resetDraft(): void {
    draft.value = toDraft(saved.value, nextKey)
    nextKey += draft.value.length
  }

  /** Makes `rows` the saved table and starts a fresh draft from it. */
  function setPrices(rows: readonly PriceRow[]): void {
    saved.value = rows.map((row) => ({ ...row }))
    resetDraft()
  }

  /** Loads main's table; without a bridge (or when it fails) the published one stays. */
  async function load(): Promise<void> {
    if (!hasBridge()) return
    loading.value = true
    try {
      const rows = await fetchPrices()
      // An unsaved draft survives a reload of the page's data; only the saved table moves.
      const keep = dirty.value ? draft.value : null
      setPrices(rows)
      if (keep) draft.value = keep
      source.value = 'app'
      loadError.value = null
    } catch (error) {
      loadError.value = errorText(error)
    } finally {
      loading.value = false
    }
  }

  /** Sets one price of a draft row from a dollar amount (null clears it). */
  function setPrice(key: number, field: PriceField, usd: number | null): void {
    const row = draft.value.find((r) => r.key === key)
    if (!row) return
    row[field] = usd === null || Number.isNaN(usd) ? null : toCents(Math.max(0, usd))
    lastSave.value = null
  }

  /** Sets the "add a TLD" field; a refusal shown for the old text no longer applies. */
  function setNewTld(value: string): void {
    newTld.value = value
    newTldProblem.value = null
    tldFieldError.value = null
  }

  /**
   * Adds a TLD to the draft, its prices still to be entered: `tld` from an "Add a price" action,
   * else the "add" field's text (whose refusal is then shown on that field). Returns the new
   * row's key, or null when the TLD was refused.
   */
  function addTld(tld?: string): number | null {
    const fromField = tld === undefined
    const check = checkTld(
      fromField ? newTld.value : tld,
      draft.value.map((row) => row.tld),
    )
    if (fromField) {
      tldFieldError.value = null
      newTldProblem.value = check.ok ? null : check.problem
      if (check.ok) newTld.value = ''
    }
    if (!check.ok) return null
    const row: DraftRow = {
      key: nextKey++,
      tld: check.tld,
      registerCents: null,
      renewCents: null,
      transferCents: null,
      added: true,
    }
    draft.value.push(row)
    lastSave.value = null
    return row.key
  }

  /** Takes a row out of the draft. */
  function removeTld(key: number): void {
    draft.value = draft.value.filter((row) => row.key !== key)
    lastSave.value = null
  }

  /** Drops every unsaved change. */
  function discard(): void {
    resetDraft()
    newTld.value = ''
    newTldProblem.value = null
    tldFieldError.value = null
    saveError.value = null
    lastSave.value = null
  }

  /** Saves the draft as main's table in one transaction; true once main has it. */
  async function save(): Promise<boolean> {
    saveError.value = null
    tldFieldError.value = null
    if (!dirty.value) {
      lastSave.value = 'unchanged'
      return false
    }
    const rows = toPriceRows(draft.value)
    if (!rows) {
      lastSave.value = 'incomplete'
      return false
    }
    saving.value = true
    try {
      setPrices(await savePrices(rows))
      source.value = 'app'
      lastSave.value = 'saved'
      return true
    } catch (error) {
      // The TLD field at fault gets the sentence too, so that it is marked where it was typed.
      const atTld = error instanceof BridgeError && (error.field === 'tld' || !!error.fields?.tld)
      tldFieldError.value = atTld ? errorText(error) : null
      saveError.value = errorText(error)
      lastSave.value = null
      return false
    } finally {
      saving.value = false
    }
  }

  // The calculator: a name and a period, estimated from the saved table.
  const domainInput = ref('')
  /** Registration period, always a whole number from MIN_YEARS to MAX_YEARS; null if invalid. */
  const years = ref<number | null>(MIN_YEARS)
  const yearsProblem = ref<YearsProblem | null>(null)

  /** Validation of the domain input against the priced TLDs; null while the input is empty. */
  const domain = computed<DomainNameResult | null>(() =>
    domainInput.value.trim() === '' ? null : parseDomainName(domainInput.value, offeredTlds.value),
  )
  /** The shared engine's registration estimate, with the prices it used; null if unpriced. */
  const estimate = computed<Estimate | null>(() => {
    const name = domain.value
    const row = name?.ok ? saved.value.find((r) => r.tld === name.tld) : undefined
    if (!name?.ok || !row || years.value === null) return null
    const totalCents = registrationEstimateCents(saved.value, name.tld, years.value)
    if (totalCents === null) return null
    return {
      tld: name.tld,
      years: years.value,
      registerCents: row.registerCents,
      renewCents: row.renewCents,
      totalCents,
      transferCents: transferEstimateCents(saved.value, name.tld),
    }
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

  return {
    saved,
    source,
    loading,
    loadError,
    draft,
    newTld,
    newTldProblem,
    tldFieldError,
    saving,
    saveError,
    lastSave,
    dirty,
    incomplete,
    offeredTlds,
    setPrices,
    load,
    setPrice,
    setNewTld,
    addTld,
    removeTld,
    discard,
    save,
    domainInput,
    years,
    yearsProblem,
    domain,
    estimate,
    setDomainInput,
    setYears,
  }
})
