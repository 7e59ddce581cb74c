/**
 * Bulk changes to selected domains: a preview of exactly what will change, then one
 * `domain.update` per domain (two at a time) with progress and a result per domain, and a retry
 * of only the failures. Domains already in the wanted state are skipped, not re-sent.
 */
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { DomainRow, SettingsChange } from '@shared/ipc/models'
import { parseNameservers, type NameserverListProblem } from '@shared/validation/nameservers'
import { updateDomain } from '@/api/domains'
import { BridgeError } from '@/api/bridge'
import { useAccountsStore } from './accounts'

/** One domain in the preview: the fields that change, old → new. */
export interface BulkPlanItem {
  id: number
  name: string
  changes: Array<{ field: keyof SettingsChange; from: string; to: string }>
}

/** The outcome for one domain. */
export interface BulkResult {
  id: number
  name: string
  ok: boolean
  message: string
  code?: string
}

const CONCURRENCY = 2

function describe(value: unknown): string {
  return Array.isArray(value) ? value.join(', ') : String(value)
}

/** What `change` would do to `row`. */
export function planFor(row: DomainRow, change: SettingsChange): BulkPlanItem {
  const current: Record<keyof SettingsChange, unknown> = {
    autoRenew: row.autoRenew,
    privacy: row.privacy,
    locked: row.locked,
    nameservers: row.nameservers,
  }
  const changes = (Object.keys(change) as Array<keyof SettingsChange>)
    .filter(
      (field) =>
        change[field] !== undefined && describe(change[field]) !== describe(current[field]),
    )
    .map((field) => ({ field, from: describe(current[field]), to: describe(change[field]) }))
  return { id: row.id, name: row.unicodeName, changes }
}

/** The bulk-change workflow. */
export const useBulkStore = defineStore('bulk', () => {
  const change = ref<SettingsChange | null>(null)
  const plan = ref<BulkPlanItem[]>([])
  const unchanged = ref<BulkPlanItem[]>([])
  const running = ref(false)
  const done = ref(0)
  const results = ref<BulkResult[]>([])
  const planError = ref<string | null>(null)
  /** Why the nameserver list was rejected, as a code (for translation) and the entry at fault. */
  const planProblem = ref<{ problem: NameserverListProblem; index?: number } | null>(null)
  /** How many domains the current (or last) run sends: the plan, or only the failures. */
  const toSend = ref(0)
  const failures = computed(() => results.value.filter((r) => !r.ok))

  /** Builds the preview; returns false (with `planError`) when the change itself is invalid. */
  function prepare(rows: DomainRow[], wanted: SettingsChange): boolean {
    planError.value = null
    planProblem.value = null
    results.value = []
    done.value = 0
    let normalised = wanted
    if (wanted.nameservers) {
      const parsed = parseNameservers(wanted.nameservers)
      if (!parsed.ok) {
        planError.value = parsed.message
        planProblem.value = { problem: parsed.problem, index: parsed.index }
        plan.value = []
        unchanged.value = []
        toSend.value = 0
        return false
      }
      normalised = { ...wanted, nameservers: parsed.nameservers }
    }
    change.value = normalised
    const items = rows.map((row) => planFor(row, normalised))
    plan.value = items.filter((i) => i.changes.length > 0)
    unchanged.value = items.filter((i) => i.changes.length === 0)
    toSend.value = plan.value.length
    return true
  }

  async function apply(items: BulkPlanItem[]): Promise<void> {
    const accountId = useAccountsStore().current?.id
    if (!accountId || !change.value || running.value) return
    running.value = true
    done.value = 0
    toSend.value = items.length
    const queue = [...items]
    const outcome = new Map(results.value.map((r) => [r.id, r]))
    // Results read in the preview's order, whatever order the answers come back in.
    const order = new Map(plan.value.map((p, i) => [p.id, i]))
    const ordered = () =>
      [...outcome.values()].sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0))
    const worker = async () => {
      for (let item = queue.shift(); item; item = queue.shift()) {
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
            message: (e as Error).message,
            code: e instanceof BridgeError ? e.code : undefined,
          })
        }
        done.value++
        results.value = ordered()
      }
    }
    try {
      await Promise.all(Array.from({ length: CONCURRENCY }, worker))
    } finally {
      running.value = false
    }
  }

  /** Sends the planned changes. */
  function run(): Promise<void> {
    return apply(plan.value)
  }

  /** Sends again only the domains that failed. */
  function retryFailures(): Promise<void> {
    const failed = new Set(failures.value.map((f) => f.id))
    return apply(plan.value.filter((i) => failed.has(i.id)))
  }

  function reset(): void {
    change.value = null
    plan.value = []
    unchanged.value = []
    results.value = []
    done.value = 0
    toSend.value = 0
    planError.value = null
    planProblem.value = null
  }

  return {
    change,
    plan,
    unchanged,
    running,
    done,
    results,
    planError,
    planProblem,
    toSend,
    failures,
    prepare,
    run,
    retryFailures,
    reset,
  }
})
