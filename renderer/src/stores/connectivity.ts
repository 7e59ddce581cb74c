/**
 * Connectivity and sync state per account, kept live from main's events: online / offline /
 * unauthorized, the running sync's progress, and the last successful sync. Writes are disabled
 * (with a reason) whenever the current account is not known to be reachable.
 */
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { AccountView, Connectivity, SyncRun } from '@shared/ipc/models'
import { onEvent } from '@/api/events'
import { fetchSyncStatus, syncNow } from '@/api/portfolio'
import { useAccountsStore } from './accounts'

/** What is known about one account's connection and sync. */
export interface AccountSyncState {
  connectivity: Connectivity
  reason?: string
  running: boolean
  progress: { pagesDone: number; pagesTotal?: number } | null
  lastSuccessAt: string | null
  lastRun: SyncRun | null
}

/** One account's connection and last sync as Settings shows it. */
export interface AccountStatus {
  connectivity: Connectivity
  reason?: string
  lastSyncAt: string | null
  running: boolean
}

const EMPTY: AccountSyncState = {
  connectivity: 'unknown',
  running: false,
  progress: null,
  lastSuccessAt: null,
  lastRun: null,
}

/** Connectivity and sync per account. */
export const useConnectivityStore = defineStore('connectivity', () => {
  const byAccount = ref<Record<string, AccountSyncState>>({})

  function stateOf(accountId: string | null | undefined): AccountSyncState {
    return (accountId && byAccount.value[accountId]) || EMPTY
  }

  const current = computed(() => stateOf(useAccountsStore().current?.id))
  const offline = computed(
    () => current.value.connectivity === 'offline' || current.value.connectivity === 'unauthorized',
  )
  /** Why writes are disabled right now (an i18n key), or null when they are allowed. */
  const writeBlockedReason = computed(() =>
    current.value.connectivity === 'offline'
      ? 'shell.offline.writesDisabled'
      : current.value.connectivity === 'unauthorized'
        ? 'shell.offline.unauthorized'
        : null,
  )

  /**
   * An account's status: main's live events when they said something, else what the account
   * list said (the list is only reloaded when accounts change, the events arrive all the time).
   */
  function accountStatus(account: AccountView): AccountStatus {
    const live = byAccount.value[account.id]
    const known = live !== undefined && live.connectivity !== 'unknown'
    const times = [live?.lastSuccessAt, account.lastSyncAt].filter((x): x is string => !!x)
    const reason = known ? live.reason : account.connectivityReason
    return {
      connectivity: known ? live.connectivity : account.connectivity,
      ...(reason ? { reason } : {}),
      lastSyncAt: times.sort((a, b) => Date.parse(a) - Date.parse(b)).pop() ?? null,
      running: live?.running ?? false,
    }
  }

  function patch(accountId: string, change: Partial<AccountSyncState>): void {
    byAccount.value = { ...byAccount.value, [accountId]: { ...stateOf(accountId), ...change } }
  }

  /** Loads an account's state from main. */
  async function refresh(accountId: string): Promise<void> {
    const s = await fetchSyncStatus(accountId)
    patch(accountId, {
      connectivity: s.connectivity,
      reason: s.connectivityReason,
      running: s.running,
      progress: s.progress,
      lastSuccessAt: s.lastSuccessAt,
      lastRun: s.lastRun,
    })
  }

  /** Syncs now; the result arrives through events too. */
  async function sync(accountId: string): Promise<SyncRun> {
    patch(accountId, { running: true })
    try {
      return await syncNow(accountId)
    } finally {
      await refresh(accountId).catch(() => patch(accountId, { running: false }))
    }
  }

  /** Follows main's events; returns the stop function. */
  function listen(): () => void {
    const stops = [
      onEvent('sync.progress', (p) =>
        patch(p.accountId, {
          running: true,
          progress: { pagesDone: p.pagesDone, pagesTotal: p.pagesTotal },
        }),
      ),
      onEvent('sync.finished', (p) =>
        patch(p.accountId, {
          running: false,
          progress: null,
          lastRun: p.run,
          ...(p.run.status === 'ok' ? { lastSuccessAt: p.run.finishedAt } : {}),
        }),
      ),
      onEvent('connectivity', (p) =>
        patch(p.accountId, { connectivity: p.state, reason: p.reason }),
      ),
    ]
    return () => stops.forEach((stop) => stop())
  }

  return {
    byAccount,
    current,
    offline,
    writeBlockedReason,
    stateOf,
    accountStatus,
    refresh,
    sync,
    listen,
  }
})
