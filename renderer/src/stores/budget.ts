/**
 * The current account's renewal budget for the costs page: the form (amount as typed, period,
 * the reason an amount is refused), the budget beside the forecast, and the lapse list of a
 * window, a page at a time (main sorts and sums; 100,000 renewals never cross IPC at once), with
 * the domains the user chose to turn auto-renew off for.
 */
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import {
  forecastBudget,
  parseBudgetAmount,
  type Budget,
  type BudgetAmountError,
  type BudgetPeriod,
  type BudgetWindow,
  type LapsePlan,
} from '@shared/pricing/budget'
import { fetchBudget, fetchLapseIds, fetchLapsePlan, saveBudget } from '@/api/budgets'
import { onEvent } from '@/api/events'
import { useAccountsStore } from './accounts'
import { useForecastStore } from './forecast'
import { errorText } from '@/format/error-text'

/** Rows of the lapse list per page. */
export const LAPSE_PAGE = 25

/** Cents as the amount field shows them: `1200`, `99.5`. */
export function amountText(cents: number): string {
  return (cents / 100).toFixed(2).replace(/\.00$/, '')
}

/** Budget, form and lapse list of the current account. */
export const useBudgetStore = defineStore('budget', () => {
  const budget = ref<Budget | null>(null)
  const amount = ref('')
  const period = ref<BudgetPeriod>('yearly')
  const amountError = ref<BudgetAmountError | null>(null)
  const saving = ref(false)
  const saved = ref(false)
  const error = ref<string | null>(null)
  const windowDays = ref<BudgetWindow>(90)
  const plan = ref<LapsePlan | null>(null)
  const planLoading = ref(false)
  const chosen = ref<number[]>([])
  let ticket = 0

  const accountId = () => {
    const id = useAccountsStore().current?.id
    if (!id) throw new Error('No account is selected.')
    return id
  }

  /** The forecast's months beside the budget; null without a budget or a forecast. */
  const byForecast = computed(() => {
    const f = useForecastStore().forecast
    return f && budget.value ? forecastBudget(f, budget.value) : null
  })

  /** Loads the budget into the form, then the lapse list's first page. */
  async function load(): Promise<void> {
    error.value = null
    try {
      budget.value = await fetchBudget(accountId())
      amount.value = budget.value ? amountText(budget.value.cents) : ''
      period.value = budget.value?.period ?? 'yearly'
      amountError.value = null
      await loadPage(0)
    } catch (e) {
      error.value = errorText(e)
    }
  }

  /** Loads the page of the lapse list starting at `offset`; older answers lose. */
  async function loadPage(offset: number): Promise<void> {
    const mine = ++ticket
    planLoading.value = true
    try {
      const page = await fetchLapsePlan(accountId(), {
        windowDays: windowDays.value,
        offset,
        limit: LAPSE_PAGE,
      })
      if (mine === ticket) plan.value = page
    } catch (e) {
      if (mine === ticket) error.value = errorText(e)
    } finally {
      if (mine === ticket) planLoading.value = false
    }
  }

  /** Saves the typed amount, or says why it is not a budget (and keeps what was saved). */
  async function save(): Promise<boolean> {
    saved.value = false
    const parsed = parseBudgetAmount(amount.value)
    amountError.value = parsed.ok ? null : parsed.error
    if (!parsed.ok) return false
    saving.value = true
    error.value = null
    try {
      budget.value = await saveBudget(accountId(), { period: period.value, cents: parsed.cents })
      saved.value = true
      await loadPage(0)
      return true
    } catch (e) {
      error.value = errorText(e)
      return false
    } finally {
      saving.value = false
    }
  }

  /** Removes the budget. */
  async function clear(): Promise<void> {
    saved.value = false
    error.value = null
    try {
      await saveBudget(accountId(), null)
      budget.value = null
      amount.value = ''
      amountError.value = null
      await loadPage(0)
    } catch (e) {
      error.value = errorText(e)
    }
  }

  /** Switches the lapse list's window; a choice made for another window is dropped. */
  async function setWindow(days: BudgetWindow): Promise<void> {
    windowDays.value = days
    chosen.value = []
    await loadPage(0)
  }

  /** Adds or removes one domain from the choice. */
  function toggle(id: number, on: boolean): void {
    chosen.value = on ? [...new Set([...chosen.value, id])] : chosen.value.filter((c) => c !== id)
  }

  /** Chooses exactly the renewals above the cut line (across every page). */
  async function chooseCut(): Promise<void> {
    chosen.value = await fetchLapseIds(accountId(), windowDays.value)
  }

  /** Reloads the shown page when a sync of the current account finishes; returns the stop. */
  function listen(): () => void {
    return onEvent('sync.finished', (p) => {
      if (p.accountId === useAccountsStore().current?.id) void loadPage(plan.value?.offset ?? 0)
    })
  }

  return {
    budget,
    amount,
    period,
    amountError,
    saving,
    saved,
    error,
    windowDays,
    plan,
    planLoading,
    chosen,
    byForecast,
    load,
    loadPage,
    save,
    clear,
    setWindow,
    toggle,
    chooseCut,
    listen,
  }
})
