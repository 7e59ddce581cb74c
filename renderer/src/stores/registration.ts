/**
 * Registering a domain: the form, its live validation and price-table estimate, then prepare (the
 * main process journals the intent) → a confirmation naming the amount → confirm, which sends
 * exactly one request however often it is clicked. Registrations stay watched until they turn
 * active, wherever the user navigates meanwhile (this store lives as long as the app).
 */
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { Estimate, RegistrationIntent } from '@shared/ipc/models'
import type { DomainNameResult } from '@shared/validation/host-name'
import * as api from '@/api/registration'
import { refreshDomain } from '@/api/domains'
import { fetchPortfolioPage } from '@/api/portfolio'
import { onEvent } from '@/api/events'
import { useAccountsStore } from './accounts'
import { appError, errorInfo, type ErrorInfo } from '@/format/error-text'
import { loadNameRules, nameRules, type NameRules } from '@/format/lazy-name-rules'

export type RegistrationStep = 'form' | 'confirm' | 'sending' | 'done'

/** How often a pending registration is re-checked (the API says 5–10 minutes). */
/** The registration periods VPS.org accepts, in whole years. */
export const YEARS = { min: 1, max: 10 } as const
export const ACTIVATION_POLL_MS = 10_000

/** The registration workflow and the list of recent registrations. */
export const useRegistrationStore = defineStore('registration', () => {
  const domainName = ref('')
  const years = ref(1)
  /** The years field as typed: never clamped or rounded, only checked. */
  const yearsText = ref('1')
  /** Why the typed years cannot be registered, or null. */
  const yearsInvalid = computed(() => {
    const text = yearsText.value.trim()
    if (!/^\d+$/.test(text)) return true
    const n = Number(text)
    return n < YEARS.min || n > YEARS.max
  })
  const autoRenew = ref(true)
  const privacy = ref(true)
  const customNameservers = ref(false)
  const nameservers = ref<string[]>(['', ''])
  const estimate = ref<Estimate | null>(null)
  const step = ref<RegistrationStep>('form')
  const intent = ref<RegistrationIntent | null>(null)
  const intents = ref<RegistrationIntent[]>([])
  const error = ref<ErrorInfo | null>(null)
  let estimateTicket = 0
  let poll: ReturnType<typeof setInterval> | undefined

  /**
   * Instant, local validation of the name (the same rules main and the registrar apply); null
   * while empty, and for the moment the rules take to load when the form first reads this.
   */
  const nameCheck = computed(() => {
    const rules = nameRules()
    return rules && checkName(rules, domainName.value)
  })
  /** Every input counts (an empty one is an error), so a problem's index is the input's. */
  const nameserverCheck = computed(() => {
    const rules = nameRules()
    return rules && customNameservers.value ? rules.parseNameservers(nameservers.value) : null
  })
  /** The domain of the typed name when the portfolio already holds it (main's exact lookup). */
  const found = ref<{ id: number; name: string; unicodeName: string } | null>(null)
  let foundTicket = 0
  /** `found`, only while it is still the typed name (the lookup may lag behind typing). */
  const owned = computed(() =>
    found.value && nameCheck.value?.ok && found.value.name === nameCheck.value.ascii
      ? found.value
      : null,
  )
  const canSubmit = computed(
    () =>
      nameCheck.value?.ok === true &&
      owned.value === null &&
      (nameserverCheck.value?.ok ?? true) &&
      !yearsInvalid.value &&
      step.value === 'form',
  )
  const pending = computed(() =>
    intents.value.filter((i) => i.state === 'succeeded' && i.domainStatus === 'pending'),
  )
  /** Registrations whose answer was lost: main looks them up and never sends them again. */
  const unresolved = computed(() =>
    intents.value.filter((i) => i.state === 'unknown' || i.state === 'sending'),
  )
  /** What the list on the page shows: everything that was sent, newest first. */
  const recent = computed(() =>
    intents.value.filter((i) => i.state !== 'prepared' && i.state !== 'cancelled'),
  )
  /** Server charge minus estimate, in cents, once both are known. */
  const difference = computed(() =>
    intent.value?.totalCostCents != null && intent.value.estimateCents != null
      ? intent.value.totalCostCents - intent.value.estimateCents
      : null,
  )

  const accountId = () => {
    const id = useAccountsStore().current?.id
    if (!id) throw appError('InvalidArgument', 'noAccount', 'No account is selected.')
    return id
  }

  /** The check of a name as typed (null when empty). */
  const checkName = (rules: NameRules, name: string): DomainNameResult | null =>
    name.trim() ? rules.parseDomainName(name) : null

  /** Takes the years field as typed; a valid value becomes the period asked for. */
  function setYearsText(text: string): void {
    yearsText.value = text
    if (!yearsInvalid.value) years.value = Number(text.trim())
  }

  /** Re-estimates for the current name and years (the newest answer wins). */
  async function updateEstimate(): Promise<void> {
    const ticket = ++estimateTicket
    const [name, wanted, invalidYears] = [domainName.value, years.value, yearsInvalid.value]
    // Waits for the name rules only before they have loaded.
    const check = checkName(nameRules() ?? (await loadNameRules()), name)
    if (ticket !== estimateTicket) return
    if (!check?.ok || invalidYears) {
      estimate.value = null
      return
    }
    try {
      const next = await api.estimateRegistration(check.ascii, wanted)
      if (ticket === estimateTicket) estimate.value = next
    } catch {
      if (ticket === estimateTicket) estimate.value = null
    }
  }

  /** Looks the typed name up in the portfolio: one indexed row, whatever the portfolio's size. */
  async function checkPortfolio(): Promise<void> {
    const ticket = ++foundTicket
    const name = domainName.value
    const check = checkName(nameRules() ?? (await loadNameRules()), name)
    if (ticket !== foundTicket) return
    const account = useAccountsStore().current?.id
    if (!check?.ok || !account) {
      found.value = null
      return
    }
    try {
      const page = await fetchPortfolioPage(account, { name: check.ascii, limit: 1 })
      const row = page.rows[0]
      if (ticket === foundTicket)
        found.value = row ? { id: row.id, name: row.name, unicodeName: row.unicodeName } : null
    } catch {
      // Not knowing is no reason to block: main refuses a name already in the account anyway.
      if (ticket === foundTicket) found.value = null
    }
  }

  function fail(e: unknown): void {
    error.value = errorInfo(e)
  }

  /** Journals the intent and moves to the confirmation (nothing is charged yet). */
  async function prepare(): Promise<void> {
    // canSubmit needs the name rules (the form loads them; a fast Enter may beat them).
    if (!nameRules()) await loadNameRules()
    if (!canSubmit.value) return
    error.value = null
    try {
      intent.value = await api.prepareRegistration(accountId(), {
        domainName: nameCheck.value!.ok ? nameCheck.value!.ascii : domainName.value,
        years: years.value,
        autoRenew: autoRenew.value,
        privacy: privacy.value,
        ...(customNameservers.value && nameserverCheck.value?.ok
          ? { nameservers: nameserverCheck.value.nameservers }
          : {}),
      })
      step.value = 'confirm'
    } catch (e) {
      fail(e)
    }
  }

  /** Sends the registration — once. Further clicks while sending do nothing. */
  async function confirm(): Promise<void> {
    if (step.value !== 'confirm' || !intent.value) return
    step.value = 'sending'
    error.value = null
    try {
      intent.value = await api.confirmRegistration(intent.value.id)
    } catch (e) {
      fail(e)
    }
    step.value = 'done'
    // The list only mirrors main's journal; failing to re-read it changes nothing that happened.
    await loadIntents().catch(() => {})
  }

  /** Back to an empty form (after done, or to cancel a prepared intent before confirming). */
  function startOver(): void {
    if (step.value === 'sending') return
    step.value = 'form'
    intent.value = null
    error.value = null
    domainName.value = ''
    estimate.value = null
  }

  /** Leaves the confirmation without sending (the prepared intent is superseded next time). */
  function backToForm(): void {
    if (step.value === 'confirm') step.value = 'form'
  }

  /** After a failure: back to the form with what was typed, to fix it and try again. */
  function editAgain(): void {
    if (step.value !== 'done') return
    step.value = 'form'
    intent.value = null
    error.value = null
  }

  /** Reloads the account's registrations (main keeps them; this survives navigation). */
  async function loadIntents(): Promise<void> {
    const id = useAccountsStore().current?.id
    intents.value = id ? await api.listRegistrations(id) : []
    if (intent.value)
      intent.value = intents.value.find((i) => i.id === intent.value!.id) ?? intent.value
  }

  /**
   * Re-checks pending registrations until they are active, and re-reads unresolved ones (main
   * settles those by looking them up); returns the stop function.
   */
  function watchActivation(): () => void {
    const check = async () => {
      const id = useAccountsStore().current?.id
      if (!id) return
      for (const p of pending.value)
        if (p.domainId) await refreshDomain(id, p.domainId).catch(() => {})
      await loadIntents().catch(() => {})
    }
    clearInterval(poll)
    poll = setInterval(
      () => void ((pending.value.length > 0 || unresolved.value.length > 0) && check()),
      ACTIVATION_POLL_MS,
    )
    const stop = onEvent('registration.active', () => void loadIntents().catch(() => {}))
    return () => {
      clearInterval(poll)
      stop()
    }
  }

  return {
    domainName,
    years,
    yearsText,
    yearsInvalid,
    setYearsText,
    autoRenew,
    privacy,
    customNameservers,
    nameservers,
    estimate,
    step,
    intent,
    intents,
    error,
    nameCheck,
    nameserverCheck,
    canSubmit,
    owned,
    checkPortfolio,
    pending,
    unresolved,
    recent,
    difference,
    updateEstimate,
    prepare,
    confirm,
    startOver,
    backToForm,
    editAgain,
    loadIntents,
    watchActivation,
  }
})
