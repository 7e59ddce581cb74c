/**
 * Accounts: the list from the main process (never a token), which one is current, and the
 * actions of the welcome page and Settings. The current account is remembered across restarts.
 */
import { defineStore } from 'pinia'
import { computed, ref, watch } from 'vue'
import type { AccountView } from '@shared/ipc/models'
import * as api from '@/api/accounts'
import { onEvent } from '@/api/events'

const CURRENT_KEY = 'domainDesk.currentAccount'

/** The accounts and the current one. */
export const useAccountsStore = defineStore('accounts', () => {
  const accounts = ref<AccountView[]>([])
  const currentId = ref<string | null>(globalThis.localStorage?.getItem(CURRENT_KEY) ?? null)
  const loaded = ref(false)
  const loading = ref(false)

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
      if (!accounts.value.some((a) => a.id === currentId.value))
        currentId.value = accounts.value[0]?.id ?? null
    } finally {
      loading.value = false
    }
  }

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

  async function connectDemo(): Promise<AccountView> {
    const account = await api.connectDemo()
    await load()
    select(account.id)
    return account
  }

  async function rename(id: string, label: string): Promise<void> {
    await api.renameAccount(id, label)
    await load()
  }

  async function changeToken(id: string, token: string): Promise<void> {
    await api.changeToken(id, token)
    await load()
  }

  async function remove(id: string): Promise<void> {
    await api.removeAccount(id)
    await load()
  }

  /** Keeps the list fresh when main says accounts changed; returns the stop function. */
  function listen(): () => void {
    return onEvent('accounts.changed', () => void load())
  }

  watch(currentId, (id) => {
    if (id) globalThis.localStorage?.setItem(CURRENT_KEY, id)
    else globalThis.localStorage?.removeItem(CURRENT_KEY)
  })

  return {
    accounts,
    currentId,
    loaded,
    loading,
    current,
    hasAccounts,
    load,
    select,
    add,
    connectDemo,
    rename,
    changeToken,
    remove,
    listen,
  }
})
