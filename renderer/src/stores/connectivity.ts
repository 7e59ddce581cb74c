/**
 * Connectivity and sync state per account, kept live from main's events: online / offline /
 * unauthorized, the running sync's progress, and the last successful sync. Writes are disabled
 * (with a reason) whenever the current account is not known to be reachable.
 */
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import {
  CONNECTIVITY_FRESH_MS,
  type AccountView,
  type Connectivity,
  type SyncRun,
  type SyncStatus,
} from '@shared/ipc/models'
import { onEvent } from '@/api/events'
import {
  checkConnection,
  fetchSyncStatus,
  syncNow,
  type ConnectionCheckReason,
} from '@/api/portfolio'
import { useAccountsStore } from './accounts'

/** What is known about one account's connection and sync. */
export interface AccountSyncState {
  connectivity: Connectivity
  reason?: string
  running: boolean
  progress: { pagesDone: number; pagesTotal?: number } | null
  lastSuccessAt: string | null
  lastRun: SyncRun | null
  /** The last successful contact with VPS.org that main knows of. */
  lastReachedAt?: string | null
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
  lastReachedAt: null,
}

/** Connectivity and sync per account. */
export const useConnectivityStore = defineStore('connectivity', () => {
  const byAccount = ref<Record<string, AccountSyncState>>({})

  function stateOf(accountId: string | null | undefined): AccountSyncState {
    return (accountId && byAccount.value[accountId]) || EMPTY
  }

  const current = computed(() => stateOf(useAccountsStore().current?.id))
  /** The clock "online" is judged by; ticks so that an old contact stops counting as online. */
  const now = ref(Date.now())
  /**
   * Whether the current account counts as online: VPS.org answered within the last few minutes.
   * A window that has not heard from VPS.org lately says when it last did instead.
   */
  const reachedRecently = computed(() => {
    const c = current.value
    if (c.connectivity !== 'online' || !c.lastReachedAt) return false
    return now.value - Date.parse(c.lastReachedAt) <= CONNECTIVITY_FRESH_MS
  })
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

  function apply(s: SyncStatus): void {
    now.value = Date.now()
    patch(s.accountId, {
      connectivity: s.connectivity,
      reason: s.connectivityReason,
      running: s.running,
      progress: s.progress,
      lastSuccessAt: s.lastSuccessAt,
      lastRun: s.lastRun,
      lastReachedAt: s.lastReachedAt ?? null,
    })
  }

  /** Loads an account's state from main. */
  async function refresh(accountId: string): Promise<void> {
    apply(await fetchSyncStatus(accountId))
  }

  /**
   * Has main contact VPS.org now for an account, and shows what it found. Only the connection
   * is taken from the answer: sync progress comes from sync events, and an answer that arrives
   * after a sync ended must not mark it running again.
   */
  async function check(accountId: string, why: ConnectionCheckReason): Promise<void> {
    const s = await checkConnection(accountId, why)
    now.value = Date.now()
    patch(accountId, {
      connectivity: s.connectivity,
      reason: s.connectivityReason,
      lastReachedAt: s.lastReachedAt ?? null,
    })
  }

  /**
   * Checks the current account when the window starts, is focused or shown again, and when the
   * OS reports the network gone or back; ticks the "online" clock. Returns the stop function.
   */
  function watchNetwork(): () => void {
    const checkCurrent = (why: ConnectionCheckReason) => {
      const id = useAccountsStore().current?.id
      if (id) void check(id, why).catch(() => {})
    }
    const onFocus = () => checkCurrent('focus')
    const onOnline = () => checkCurrent('online')
    const onOffline = () => checkCurrent('offline')
    const onVisible = () => {
      if (document.visibilityState === 'visible') checkCurrent('show')
    }
    window.addEventListener('focus', onFocus)
    window.addEventListener('online', onOnline)
    window.addEventListener('offline', onOffline)
    document.addEventListener('visibilitychange', onVisible)
    const tick = setInterval(() => (now.value = Date.now()), 30_000)
    return () => {
      window.removeEventListener('focus', onFocus)
      window.removeEventListener('online', onOnline)
      window.removeEventListener('offline', onOffline)
      document.removeEventListener('visibilitychange', onVisible)
      clearInterval(tick)
    }
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
      onEvent('connectivity', (p) => {
        now.value = Date.now()
        patch(p.accountId, {
          connectivity: p.state,
          reason: p.reason,
          ...(p.lastReachedAt !== undefined ? { lastReachedAt: p.lastReachedAt } : {}),
        })
      }),
    ]
    return () => stops.forEach((stop) => stop())
  }

  return {
    byAccount,
    current,
    reachedRecently,
    offline,
    writeBlockedReason,
    stateOf,
    accountStatus,
    refresh,
    check,
    watchNetwork,
    sync,
    listen,
  }
})
