/**
 * The Overview of the current account: what needs attention, the portfolio in numbers, renewals
 * by month and this year's spend, computed by main from its cache (so it works offline), in the
 * user's time zone. Reloaded when a sync finishes; older answers never overwrite newer ones.
 */
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { AttentionItem, Overview } from '@shared/overview/overview'
import { fetchOverview } from '@/api/overview'
import { onEvent } from '@/api/events'
import { useAccountsStore } from './accounts'
import { userTimeZone } from './forecast'
import { errorText } from '@/format/error-text'

/** The Overview and its loading state. */
export const useOverviewStore = defineStore('overview', () => {
  const overview = ref<Overview | null>(null)
  const loading = ref(false)
  const error = ref<string | null>(null)
  let ticket = 0
  let stop: (() => void) | null = null

  /** What needs attention now (count above zero) and what does not. */
  const needed = computed<AttentionItem[]>(
    () => overview.value?.attention.filter((a) => a.count > 0) ?? [],
  )
  const fine = computed<AttentionItem[]>(
    () => overview.value?.attention.filter((a) => a.count === 0) ?? [],
  )

  /** Loads the current account's Overview. */
  async function load(): Promise<void> {
    const id = useAccountsStore().current?.id
    if (!id) return
    const mine = ++ticket
    loading.value = true
    error.value = null
    try {
      const result = await fetchOverview(id, userTimeZone())
      if (mine === ticket) overview.value = result
    } catch (e) {
      if (mine === ticket) error.value = errorText(e)
    } finally {
      if (mine === ticket) loading.value = false
    }
  }

  /** Follows syncs of the current account while the page is open; returns the stop function. */
  function follow(): () => void {
    stop?.()
    const off = onEvent('sync.finished', ({ accountId }) => {
      if (accountId === useAccountsStore().current?.id) void load()
    })
    stop = () => {
      off()
      stop = null
    }
    return stop
  }

  return { overview, loading, error, needed, fine, load, follow }
})
