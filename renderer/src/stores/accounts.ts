/**
 * Accounts: the list from the main process (never a token), which one is current, and the
 * actions of the welcome page and Settings. The current account is remembered across restarts.
 */
import { defineStore } from 'pinia'
import { computed, ref, watch } from 'vue'
import type { AccountView } from '@shared/ipc/models'
import * as api from '@/api/accounts'
import { onEvent, onProgressReload } from '@/api/events'
import { errorText } from '@/format/error-text'

const CURRENT_KEY = 'domainDesk.currentAccount'

/** The accounts and the current one. */
export const useAccountsStore = defineStore('accounts', () => {
  const accounts = ref<AccountView[]>([])
  const currentId = ref<string | null>(globalThis.localStorage?.getItem(CURRENT_KEY) ?? null)
  const loaded = ref(false)
  const loading = ref(false)
  /** Main's message when the list could not be loaded; null after a good load. */
  const loadError = ref<string | null>(null)

  const current = computed(
    () => accounts.value.find((a) => a.id === currentId.value) ?? accounts.value[0] ?? null,
  )
  const hasAccounts = computed(() => accounts.value.length > 0)

  /** Reloads the list from the main process. */
  async function load(): Promise<void> {
    loading.value = true
    try {
      accounts.value = await api.listAccounts()
      loaded.value = true
      loadError.value = null
      if (!accounts.value.some((a) => a.id === currentId.value))
        currentId.value = accounts.value[0]?.id ?? null
    } catch (error) {
      loadError.value = errorText(error)
      throw error
    } finally {
      loading.value = false
    }
  }

  let firstLoad: Promise<void> | null = null

  /**
   * Loads the list unless it is loaded: the start and the router's guard both ask, and share
   * one request. After a failure the next call asks again.
   */
  function loadOnce(): Promise<void> {
    if (loaded.value) return Promise.resolve()
    firstLoad ??= load().finally(() => {
      firstLoad = null
    })
    return firstLoad
  }

  /** The account with this id, if it is in the list. */
  function byId(id: string): AccountView | undefined {
    return accounts.value.find((a) => a.id === id)
  }

  /** Makes an account current (remembered across restarts); unknown ids are ignored. */
  function select(id: string): void {
    if (accounts.value.some((a) => a.id === id)) currentId.value = id
  }

  /** Adds an account after the main process proved its token; it becomes current. */
  async function add(input: {
    label: string
    token: string
    baseUrl?: string
  }): Promise<AccountView> {
    const account = await api.addAccount(input)
    await load()
    select(account.id)
    return account
  }

  /** Connects the built-in demo account (or reuses it); it becomes current. */
  async function connectDemo(): Promise<AccountView> {
    const account = await api.connectDemo()
    await load()
    select(account.id)
    return account
  }

  /** Renames an account (only in Domain Desk; VPS.org has no account labels). */
  async function rename(id: string, label: string): Promise<void> {
    await api.renameAccount(id, label)
    await load()
  }

  /** Replaces an account's token; main proves it with VPS.org before saving it. */
  async function changeToken(id: string, token: string): Promise<void> {
    await api.changeToken(id, token)
    await load()
  }

  /** Removes an account: its keychain entry and cached data go; nothing changes at VPS.org. */
  async function remove(id: string): Promise<void> {
    await api.removeAccount(id)
    await load()
  }

  /** Keeps the list fresh when accounts change or a sync ends; returns the stop function. */
  function listen(): () => void {
    // A finished sync changes an account's domain count and last sync time.
    const stops = [
      onEvent('accounts.changed', () => void load()),
      onEvent('sync.finished', () => void load()),
      // A first sync writes each page as it lands: the count the status bar shows follows it,
      // at most once a second. (A resync's pages say no more than the count already does.)
      onProgressReload(
        (p) => p.received > (byId(p.accountId)?.domainCount ?? 0),
        () => void load().catch(() => {}),
      ),
    ]
    return () => stops.forEach((stop) => stop())
  }

  watch(currentId, (id) => {
    if (id) globalThis.localStorage?.setItem(CURRENT_KEY, id)
    else globalThis.localStorage?.removeItem(CURRENT_KEY)
  })

  return {
    accounts,
    currentId,
    loaded,
    loadOnce,
    loading,
    loadError,
    current,
    hasAccounts,
    load,
    byId,
    select,
    add,
    connectDemo,
    rename,
    changeToken,
    remove,
    listen,
  }
})
