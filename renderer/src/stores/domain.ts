/**
 * The domain page: everything cached about one domain, refreshed from VPS.org when online;
 * settings changes (validated, then verified by main), tags, note, and removal from the account.
 */
import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { DomainView, SettingsChange } from '@shared/ipc/models'
import * as api from '@/api/domains'
import { onEvent } from '@/api/events'
import { useAccountsStore } from './accounts'
import { useConnectivityStore } from './connectivity'
import { appError, errorText } from '@/format/error-text'

/** One domain's page. */
export const useDomainStore = defineStore('domain', () => {
  const domain = ref<DomainView | null>(null)
  const loading = ref(false)
  const refreshing = ref(false)
  const saving = ref(false)
  const error = ref<string | null>(null)
  /** Why the last refresh from VPS.org failed (the cached view is still shown). */
  const refreshError = ref<string | null>(null)
  const removing = ref(false)
  /** The server's message after the last change (e.g. the 24-hour propagation notice). */
  const lastMessage = ref<string | null>(null)
  let openId = 0

  const accountId = () => {
    const id = useAccountsStore().current?.id
    if (!id) throw appError('InvalidArgument', 'noAccount', 'No account is selected.')
    return id
  }

  /** Shows the cached domain at once, then refreshes its details when VPS.org is reachable. */
  async function open(id: number): Promise<void> {
    const ticket = ++openId
    loading.value = true
    error.value = null
    refreshError.value = null
    lastMessage.value = null
    try {
      const cached = await api.fetchDomain(accountId(), id)
      if (ticket !== openId) return
      domain.value = cached
    } catch (e) {
      if (ticket === openId) {
        domain.value = null
        error.value = errorText(e)
      }
      return
    } finally {
      if (ticket === openId) loading.value = false
    }
    if (!useConnectivityStore().offline) await refresh().catch(() => {})
  }

  /** Fetches fresh details from VPS.org. */
  async function refresh(): Promise<void> {
    if (!domain.value) return
    const ticket = openId
    refreshing.value = true
    refreshError.value = null
    try {
      const fresh = await api.refreshDomain(accountId(), domain.value.id)
      if (ticket === openId) domain.value = fresh
    } catch (e) {
      if (ticket === openId) refreshError.value = errorText(e)
      throw e
    } finally {
      refreshing.value = false
    }
  }

  /** Sends only the given settings; returns VPS.org's message (e.g. the propagation notice). */
  async function update(change: SettingsChange): Promise<string> {
    if (!domain.value) throw new Error('No domain is open.')
    saving.value = true
    try {
      const result = await api.updateDomain(accountId(), domain.value.id, change)
      domain.value = result.domain
      lastMessage.value = result.message
      return result.message
    } finally {
      saving.value = false
    }
  }

  /** Tags and the note are Domain Desk's own; they never go to VPS.org. */
  async function setTags(tags: string[]): Promise<void> {
    if (domain.value) domain.value = await api.setDomainTags(accountId(), domain.value.id, tags)
  }

  async function setNote(note: string): Promise<void> {
    if (domain.value) domain.value = await api.setDomainNote(accountId(), domain.value.id, note)
  }

  /** Removes it from the VPS.org account (the registration itself continues). */
  async function remove(): Promise<void> {
    if (!domain.value) return
    const id = domain.value.id
    removing.value = true
    try {
      await api.removeDomain(accountId(), id)
      domain.value = await api.fetchDomain(accountId(), id)
    } finally {
      removing.value = false
    }
  }

  /** Reloads the open domain after a sync; returns the stop function. */
  function listen(): () => void {
    return onEvent('sync.finished', () => {
      const open = domain.value
      if (open)
        void api
          .fetchDomain(accountId(), open.id)
          .then((d) => (domain.value = d))
          .catch(() => {})
    })
  }

  return {
    domain,
    loading,
    refreshing,
    saving,
    removing,
    error,
    refreshError,
    lastMessage,
    open,
    refresh,
    update,
    setTags,
    setNote,
    remove,
    listen,
  }
})
