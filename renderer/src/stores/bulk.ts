/**
 * Bulk changes to selected domains: a preview (computed by main from the cache, so a selection of
 * every match never crosses IPC as ids) of what will change, what needs no change and what VPS.org
 * is known to refuse and why; then one `domain.update` per domain that will change (two at a
 * time) with progress and a result per domain, and a retry of only the failures a retry can fix.
 */
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { BulkBlocked, BulkChangeItem, Selection } from '@shared/ipc/bulk-models'
import type { IpcErrorCode } from '@shared/ipc/errors'
import type { SettingsChange } from '@shared/ipc/models'
import type { NameserverListProblem } from '@shared/validation/nameservers'
import { previewBulk, updateDomain } from '@/api/domains'
import { BridgeError } from '@/api/bridge'
import { useAccountsStore } from './accounts'
import { useConnectivityStore } from './connectivity'
import { errorInfo, errorText } from '@/format/error-text'
import { loadNameRules } from '@/format/lazy-name-rules'

/** One domain in the preview: the fields that change, old → new. */
export type BulkPlanItem = BulkChangeItem

/** The outcome for one domain. */
export interface BulkResult {
  id: number
  name: string
  ok: boolean
  message: string
  code?: string
}

const CONCURRENCY = 2
/**
 * How often a running change publishes its results (ms). Publishing each answer, the results in
 * the preview's order, made a change of 30,000 domains slow down as it went (70 → 24 a second).
 */
const PUBLISH_MS = 250
/** Failures that sending again can fix (the connection, VPS.org's load); others would fail again. */
export const RETRYABLE_CODES: readonly IpcErrorCode[] = [
  'RateLimited',
  'Server',
  'Network',
  'Timeout',
  'Offline',
  'Cancelled',
  'BadResponse',
]

/**
 * Why one domain failed: our sentence, then what VPS.org said about the fields it refused (its
 * words, as it wrote them: "x.net is registered at Namecheap, Inc.; change its transfer lock
 * there."), which names the one domain and what to do.
 */
function failureText(e: unknown): string {
  const info = errorInfo(e)
  const said = Object.values(info.fields ?? {})
    .flat()
    .filter((line) => typeof line === 'string' && line.trim() !== '')
  return info.code === 'Validation' && said.length > 0
    ? `${errorText(e)} ${said.join(' ')}`
    : errorText(e)
}

/** The bulk-change workflow. */
export const useBulkStore = defineStore('bulk', () => {
  const change = ref<SettingsChange | null>(null)
  const plan = ref<BulkPlanItem[]>([])
  /** How many selected domains already have the wanted settings. */
  const unchanged = ref(0)
  /** Selected domains VPS.org is known to refuse, with the reason; never sent. */
  const blocked = ref<BulkBlocked[]>([])
  /** Planned lock changes to domains whose registrar is not known yet (some may be refused). */
  const unchecked = ref(0)
  /** How many domains the selection holds. */
  const selected = ref(0)
  const previewing = ref(false)
  let previewGeneration = 0
  const running = ref(false)
  /** Asked to stop: the requests on their way finish, no more are sent. */
  const stopping = ref(false)
  const done = ref(0)
  const results = ref<BulkResult[]>([])
  const planError = ref<string | null>(null)
  /** Why the nameserver list was rejected, as a code (for translation) and the entry at fault. */
  /** Every problem of a rejected nameserver list, in entry order (empty when none). */
  const planProblems = ref<Array<{ problem: NameserverListProblem; index?: number }>>([])
  /** How many domains the current (or last) run sends: the plan, or only the failures. */
  const toSend = ref(0)
  const failures = computed(() => results.value.filter((r) => !r.ok))
  /**
   * Planned domains a run never sent (it was stopped, or the connection was lost): each sent one
   * has a result, a retry's included.
   */
  const notSent = computed(() =>
    running.value || results.value.length === 0 ? 0 : plan.value.length - results.value.length,
  )
  /** The failures a retry can fix. */
  const retryable = computed(() =>
    failures.value.filter(
      (f) => f.code !== undefined && RETRYABLE_CODES.includes(f.code as IpcErrorCode),
    ),
  )

  function clearPlan(): void {
    plan.value = []
    unchanged.value = 0
    blocked.value = []
    unchecked.value = 0
    selected.value = 0
    toSend.value = 0
  }

  /**
   * Builds the preview for a selection; returns false (with `planError`) when the change itself
   * is invalid or main could not preview it. A newer call wins over an older one.
   */
  async function prepare(selection: Selection, wanted: SettingsChange): Promise<boolean> {
    const generation = ++previewGeneration
    planError.value = null
    planProblems.value = []
    results.value = []
    done.value = 0
    let normalised = wanted
    if (wanted.nameservers) {
      const rules = await loadNameRules()
      if (generation !== previewGeneration) return false
      const parsed = rules.parseNameservers(wanted.nameservers)
      if (!parsed.ok) {
        planError.value = parsed.message
        planProblems.value = parsed.issues.map(({ problem, index }) => ({ problem, index }))
        clearPlan()
        return false
      }
      normalised = { ...wanted, nameservers: parsed.nameservers }
    }
    const accountId = useAccountsStore().current?.id
    if (!accountId) return false
    previewing.value = true
    try {
      const preview = await previewBulk(accountId, selection, normalised)
      if (generation !== previewGeneration) return false
      change.value = normalised
      plan.value = preview.willChange
      unchanged.value = preview.unchanged
      blocked.value = preview.blocked
      unchecked.value = preview.unchecked
      selected.value = preview.total
      toSend.value = plan.value.length
      return true
    } catch (e) {
      if (generation !== previewGeneration) return false
      clearPlan()
      planError.value = errorText(e)
      return false
    } finally {
      if (generation === previewGeneration) previewing.value = false
    }
  }

  async function apply(items: BulkPlanItem[]): Promise<void> {
    const accountId = useAccountsStore().current?.id
    if (!accountId || !change.value || running.value) return
    const connectivity = useConnectivityStore()
    running.value = true
    stopping.value = false
    done.value = 0
    toSend.value = items.length
    const queue = [...items]
    const outcome = new Map(results.value.map((r) => [r.id, r]))
    // Results read in the preview's order, whatever order the answers come back in.
    const publish = () => {
      results.value = plan.value.flatMap((p) => outcome.get(p.id) ?? [])
    }
    let published: ReturnType<typeof setTimeout> | undefined
    const worker = async () => {
      // Offline (or the token refused), every request left would fail: they wait for a retry.
      while (!stopping.value && !connectivity.writeBlockedReason) {
        const item = queue.shift()
        if (!item) break
        const wanted = Object.fromEntries(
          item.changes.map((c) => [c.field, change.value![c.field]]),
        ) as SettingsChange
        try {
          const { message } = await updateDomain(accountId, item.id, wanted)
          outcome.set(item.id, { id: item.id, name: item.name, ok: true, message })
        } catch (e) {
          outcome.set(item.id, {
            id: item.id,
            name: item.name,
            ok: false,
            message: failureText(e),
            code: e instanceof BridgeError ? e.code : undefined,
          })
        }
        done.value++
        published ??= setTimeout(() => {
          published = undefined
          publish()
        }, PUBLISH_MS)
      }
    }
    try {
      await Promise.all(Array.from({ length: CONCURRENCY }, worker))
    } finally {
      clearTimeout(published)
      publish()
      running.value = false
      stopping.value = false
    }
  }

  /** Stops a running change: the requests on their way finish, the rest are not sent. */
  function stop(): void {
    if (running.value) stopping.value = true
  }

  /** Sends the planned changes that a stopped run never sent. */
  function sendRest(): Promise<void> {
    const sent = new Set(results.value.map((r) => r.id))
    return apply(plan.value.filter((i) => !sent.has(i.id)))
  }

  /** Sends the planned changes. */
  function run(): Promise<void> {
    return apply(plan.value)
  }

  /** Sends again only the domains whose failure a retry can fix. */
  function retryFailures(): Promise<void> {
    const failed = new Set(retryable.value.map((f) => f.id))
    return apply(plan.value.filter((i) => failed.has(i.id)))
  }

  function reset(): void {
    previewGeneration++
    previewing.value = false
    change.value = null
    clearPlan()
    results.value = []
    done.value = 0
    planError.value = null
    planProblems.value = []
  }

  return {
    change,
    plan,
    unchanged,
    blocked,
    unchecked,
    selected,
    previewing,
    running,
    stopping,
    notSent,
    done,
    results,
    planError,
    planProblems,
    toSend,
    failures,
    retryable,
    prepare,
    run,
    retryFailures,
    stop,
    sendRest,
    reset,
  }
})
