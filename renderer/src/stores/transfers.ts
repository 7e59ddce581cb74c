/**
 * Transfers in: a domain's checklist and fee estimate from main, the user's confirmations and EPP
 * code, one confirmation naming the fee, then start — sent once however often it is clicked and
 * never retried. After that: the transfers main tracks, their next steps, history and completion.
 */
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { DomainRow, DomainView, HistoryEntry } from '@shared/ipc/models'
import type { TransferCheck, TransferView } from '@shared/ipc/models'
import { fetchDomain, refreshDomain } from '@/api/domains'
import { onEvent } from '@/api/events'
import { fetchPortfolioPage } from '@/api/portfolio'
import * as api from '@/api/transfers'
import { useAccountsStore } from './accounts'
import { appError, errorInfo, errorText, type ErrorInfo } from '@/format/error-text'
import { USER_CONFIRMS } from '@/lib/transfers/transfer-labels'

export type StartStep = 'form' | 'confirm' | 'sending' | 'done'
export type CheckKey = TransferCheck['checks'][number]['key']

/** A failure as the page explains it (the app's one error shape). */
export type TransferError = ErrorInfo

/** States in which a transfer may still be under way. */
const OPEN_STATES: ReadonlyArray<TransferView['state']> = ['sending', 'unknown', 'pending']

/** The transfers page: starting one, and tracking them all. */
export const useTransfersStore = defineStore('transfers', () => {
  const transfers = ref<TransferView[]>([])
  /** The transfer history of each transferred domain, oldest first (for the timelines). */
  const history = ref<Record<number, HistoryEntry[]>>({})
  const loading = ref(false)
  const loadError = ref<string | null>(null)
  /** Transfers whose domain is being refreshed from VPS.org ("Check now"). */
  const refreshing = ref<number[]>([])
  const refreshErrors = ref<Record<number, string>>({})

  const suggestions = ref<DomainRow[]>([])
  const check = ref<TransferCheck | null>(null)
  /** The chosen domain as cached (its Unicode name and registration date for the checklist). */
  const chosen = ref<DomainView | null>(null)
  const checking = ref(false)
  const checkError = ref<string | null>(null)
  /** The "you confirm" items the user ticked. */
  const confirmed = ref<CheckKey[]>([])
  const authCode = ref('')
  const autoRenew = ref(true)
  const step = ref<StartStep>('form')
  const error = ref<TransferError | null>(null)
  /** What the last start answered (pending, or unknown when the answer was lost). */
  const started = ref<TransferView | null>(null)
  let checkTicket = 0
  let searchTicket = 0

  const accountId = () => {
    const id = useAccountsStore().current?.id
    if (!id) throw appError('InvalidArgument', 'noAccount', 'No account is selected.')
    return id
  }

  /** The items the user must tick before starting. */
  const toConfirm = computed(() =>
    (check.value?.checks ?? []).filter((c) => c.passed === null && USER_CONFIRMS.includes(c.key)),
  )
  const allConfirmed = computed(() => toConfirm.value.every((c) => confirmed.value.includes(c.key)))
  /** A transfer of the chosen domain that may still be under way (main refuses a second one). */
  const openTransfer = computed(() =>
    check.value
      ? (transfers.value.find(
          (t) => t.domainId === check.value!.domainId && OPEN_STATES.includes(t.state),
        ) ?? null)
      : null,
  )
  const canStart = computed(
    () =>
      check.value?.eligible === true &&
      allConfirmed.value &&
      authCode.value.trim() !== '' &&
      openTransfer.value === null &&
      step.value === 'form',
  )

  function fail(e: unknown): void {
    error.value = errorInfo(e)
  }

  /** Domains of the account whose name matches, for the picker (the newest query wins). */
  async function search(query: string): Promise<void> {
    const ticket = ++searchTicket
    try {
      const page = await fetchPortfolioPage(accountId(), {
        ...(query.trim() ? { search: query.trim() } : {}),
        // Only domains at another registrar can move to VPS.org.
        quick: ['transferable'],
        sort: { by: 'name', dir: 'asc' },
        limit: 20,
      })
      if (ticket === searchTicket) suggestions.value = page.rows
    } catch {
      if (ticket === searchTicket) suggestions.value = []
    }
  }

  /** How many domains of the account are at another registrar (null until counted). */
  const transferableTotal = ref<number | null>(null)
  async function countTransferable(): Promise<void> {
    try {
      const page = await fetchPortfolioPage(accountId(), { quick: ['transferable'], limit: 1 })
      transferableTotal.value = page.total
    } catch {
      transferableTotal.value = null
    }
  }

  /** Picks a domain and fetches its checklist; what was typed for another domain is dropped. */
  async function choose(domainId: number): Promise<void> {
    if (step.value === 'sending') return
    const ticket = ++checkTicket
    resetForm()
    checking.value = true
    try {
      const account = accountId()
      const [answer, domain] = await Promise.all([
        api.checkTransfer(account, domainId),
        fetchDomain(account, domainId).catch(() => null),
      ])
      if (ticket !== checkTicket) return
      check.value = answer
      chosen.value = domain
    } catch (e) {
      if (ticket === checkTicket) checkError.value = errorText(e)
    } finally {
      if (ticket === checkTicket) checking.value = false
    }
  }

  /** Ticks or unticks one "you confirm" item. */
  function setConfirmed(key: CheckKey, on: boolean): void {
    const rest = confirmed.value.filter((k) => k !== key)
    confirmed.value = on ? [...rest, key] : rest
  }

  /** Moves to the confirmation naming the fee (nothing is sent yet). */
  function review(): void {
    if (!canStart.value) return
    error.value = null
    step.value = 'confirm'
  }

  function backToForm(): void {
    if (step.value === 'confirm') step.value = 'form'
  }

  /** Sends the transfer — once. Further clicks while sending do nothing; nothing retries it. */
  async function start(): Promise<void> {
    if (step.value !== 'confirm' || !check.value) return
    step.value = 'sending'
    error.value = null
    try {
      started.value = await api.startTransfer(accountId(), check.value.domainId, {
        authCode: authCode.value.trim(),
        autoRenew: autoRenew.value,
      })
      authCode.value = ''
      step.value = 'done'
    } catch (e) {
      // Back to the form with the code kept, so that a wrong one can be corrected.
      fail(e)
      step.value = 'form'
    }
    await load().catch(() => {})
  }

  function resetForm(): void {
    check.value = null
    chosen.value = null
    checkError.value = null
    confirmed.value = []
    authCode.value = ''
    autoRenew.value = true
    error.value = null
    started.value = null
    step.value = 'form'
  }

  /** Back to an empty form (not while a request is on its way). */
  function startOver(): void {
    if (step.value === 'sending') return
    checkTicket++
    checking.value = false
    resetForm()
  }

  function replace(view: TransferView): void {
    transfers.value = transfers.value.map((t) => (t.id === view.id ? view : t))
    if (started.value?.id === view.id) started.value = view
  }

  async function loadHistory(account: string, domainIds: number[]): Promise<void> {
    const entries = await Promise.all(
      domainIds.map(async (id) => {
        const domain = await fetchDomain(account, id).catch(() => null)
        const list = (domain?.history ?? []).filter((h) => h.source === 'transfer')
        return [id, list.sort((a, b) => a.id - b.id)] as const
      }),
    )
    history.value = { ...history.value, ...Object.fromEntries(entries) }
  }

  /** Reloads the account's transfers and their domains' transfer history. */
  async function load(): Promise<void> {
    const account = useAccountsStore().current?.id
    if (!account) {
      transfers.value = []
      return
    }
    loading.value = true
    try {
      const list = await api.listTransfers(account)
      transfers.value = list
      // The outcome shown after Start follows the transfer (e.g. to completed).
      started.value = list.find((t) => t.id === started.value?.id) ?? started.value
      loadError.value = null
      await loadHistory(account, [...new Set(list.map((t) => t.domainId))])
    } catch (e) {
      loadError.value = errorText(e)
    } finally {
      loading.value = false
    }
  }

  /** Ticks or unticks a next step (main records it in the domain's history). */
  async function setStep(transferId: number, index: number, done: boolean): Promise<void> {
    const view = await api.setTransferStep(accountId(), transferId, index, done)
    replace(view)
    await loadHistory(accountId(), [view.domainId])
  }

  /** Settles a transfer whose answer was lost, on the user's word; nothing is sent. */
  async function resolve(transferId: number, outcome: 'started' | 'not-started'): Promise<void> {
    const view = await api.resolveTransfer(accountId(), transferId, outcome)
    replace(view)
    await load().catch(() => {})
  }

  /** Fetches the domain from VPS.org now; main infers completion from what it finds. */
  async function checkNow(transfer: TransferView): Promise<void> {
    if (refreshing.value.includes(transfer.id)) return
    refreshing.value = [...refreshing.value, transfer.id]
    const { [transfer.id]: _old, ...others } = refreshErrors.value
    refreshErrors.value = others
    try {
      await refreshDomain(accountId(), transfer.domainId)
    } catch (e) {
      refreshErrors.value = { ...refreshErrors.value, [transfer.id]: errorText(e) }
    } finally {
      refreshing.value = refreshing.value.filter((id) => id !== transfer.id)
    }
    await load().catch(() => {})
  }

  /** Reloads after syncs and completions while the page shows; returns the stop function. */
  function listen(): () => void {
    const reload = () => void load().catch(() => {})
    const stops = [onEvent('sync.finished', reload), onEvent('transfer.completed', reload)]
    return () => stops.forEach((stop) => stop())
  }

  return {
    transfers,
    history,
    loading,
    loadError,
    refreshing,
    refreshErrors,
    suggestions,
    check,
    chosen,
    checking,
    checkError,
    confirmed,
    authCode,
    autoRenew,
    step,
    error,
    started,
    toConfirm,
    allConfirmed,
    openTransfer,
    canStart,
    search,
    transferableTotal,
    countTransferable,
    choose,
    setConfirmed,
    review,
    backToForm,
    start,
    startOver,
    load,
    setStep,
    resolve,
    checkNow,
    listen,
  }
})
