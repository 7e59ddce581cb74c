/**
 * The portfolio as the table sees it: the query (status, search, quick filters, tag, sort), the
 * number of matching domains, and the rows loaded so far — fetched from the main process's cache
 * in windows of 200 as the virtual table scrolls, so 100,000 domains never sit in the renderer.
 * A newer query always wins over answers to an older one.
 */
import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { DomainRow, PortfolioQuery, QUICK_FILTERS, SORT_FIELDS } from '@shared/ipc/models'
import type { DomainStatus } from '@shared/vps-api/types'
import { onEvent } from '@/api/events'
import { fetchPortfolioPage } from '@/api/portfolio'
import { useAccountsStore } from './accounts'

export const WINDOW_SIZE = 200
export type QuickFilter = (typeof QUICK_FILTERS)[number]
export type SortField = (typeof SORT_FIELDS)[number]

/** What the table is asked to show. */
export interface PortfolioFilters {
  status: DomainStatus | null
  search: string
  quick: QuickFilter[]
  tag: string | null
  sort: { by: SortField; dir: 'asc' | 'desc' }
}

const DEFAULT_FILTERS: PortfolioFilters = {
  status: null,
  search: '',
  quick: [],
  tag: null,
  sort: { by: 'name', dir: 'asc' },
}

/** The portfolio table's data and selection. */
export const usePortfolioStore = defineStore('portfolio', () => {
  const filters = ref<PortfolioFilters>({ ...DEFAULT_FILTERS })
  const total = ref(0)
  /** Sparse: index = position in the current order; undefined until its window is loaded. */
  const rows = shallowRef<Array<DomainRow | undefined>>([])
  const syncedAt = ref<string | null>(null)
  const syncing = ref(false)
  const loading = ref(false)
  const error = ref<string | null>(null)
  const selection = ref<Map<number, DomainRow>>(new Map())
  let generation = 0
  let loadedWindows = new Set<number>()

  const selectedRows = computed(() => [...selection.value.values()])
  const accountId = () => useAccountsStore().current?.id ?? null

  function queryFor(window: number): PortfolioQuery {
    const f = filters.value
    return {
      ...(f.status ? { status: f.status } : {}),
      ...(f.search.trim() ? { search: f.search.trim() } : {}),
      ...(f.quick.length ? { quick: f.quick } : {}),
      ...(f.tag ? { tag: f.tag } : {}),
      sort: f.sort,
      offset: window * WINDOW_SIZE,
      limit: WINDOW_SIZE,
    }
  }

  async function loadWindow(window: number, gen: number): Promise<void> {
    const id = accountId()
    if (!id) return
    loadedWindows.add(window)
    try {
      const page = await fetchPortfolioPage(id, queryFor(window))
      if (gen !== generation) return
      const next =
        rows.value.length === page.total
          ? [...rows.value]
          : new Array<DomainRow | undefined>(page.total)
      page.rows.forEach((row, i) => (next[page.offset + i] = row))
      rows.value = next
      total.value = page.total
      syncedAt.value = page.syncedAt
      syncing.value = page.syncing
      error.value = null
    } catch (e) {
      loadedWindows.delete(window)
      if (gen === generation) error.value = (e as Error).message
    }
  }

  /** Makes sure rows `first`..`last` are loaded (or loading). */
  async function loadRange(first: number, last: number): Promise<void> {
    const wanted: number[] = []
    for (
      let w = Math.floor(Math.max(0, first) / WINDOW_SIZE);
      w <= Math.floor(Math.max(0, last) / WINDOW_SIZE);
      w++
    ) {
      if (!loadedWindows.has(w)) wanted.push(w)
    }
    await Promise.all(wanted.map((w) => loadWindow(w, generation)))
  }

  /** Starts over with the current filters (first window). */
  async function reset(): Promise<void> {
    generation++
    loadedWindows = new Set()
    rows.value = []
    loading.value = true
    try {
      await loadWindow(0, generation)
    } finally {
      loading.value = false
    }
  }

  /** Changes filters (search as you type calls this on every keystroke; the newest wins). */
  function setFilters(change: Partial<PortfolioFilters>): Promise<void> {
    filters.value = { ...filters.value, ...change }
    return reset()
  }

  function toggleQuick(filter: QuickFilter): Promise<void> {
    const quick = filters.value.quick.includes(filter)
      ? filters.value.quick.filter((q) => q !== filter)
      : [...filters.value.quick, filter]
    return setFilters({ quick })
  }

  /** Sorts by a column; the same column again flips the direction. */
  function sortBy(by: SortField): Promise<void> {
    const { sort } = filters.value
    return setFilters({ sort: { by, dir: sort.by === by && sort.dir === 'asc' ? 'desc' : 'asc' } })
  }

  /** Reloads the windows already loaded (after a sync), keeping the scroll position. */
  async function reload(): Promise<void> {
    const windows = [...loadedWindows]
    generation++
    loadedWindows = new Set()
    await Promise.all((windows.length ? windows : [0]).map((w) => loadWindow(w, generation)))
    for (const [id] of selection.value) {
      const fresh = rows.value.find((r) => r?.id === id)
      if (fresh) selection.value.set(id, fresh)
    }
  }

  function toggleSelected(row: DomainRow): void {
    const next = new Map(selection.value)
    if (next.has(row.id)) next.delete(row.id)
    else next.set(row.id, row)
    selection.value = next
  }

  function setSelection(selected: DomainRow[]): void {
    selection.value = new Map(selected.map((r) => [r.id, r]))
  }

  function clearSelection(): void {
    selection.value = new Map()
  }

  /** Refreshes when a sync of the current account finishes; returns the stop function. */
  function listen(): () => void {
    return onEvent('sync.finished', (p) => {
      if (p.accountId === accountId()) void reload()
    })
  }

  return {
    filters,
    total,
    rows,
    syncedAt,
    syncing,
    loading,
    error,
    selection,
    selectedRows,
    loadRange,
    reset,
    setFilters,
    toggleQuick,
    sortBy,
    reload,
    toggleSelected,
    setSelection,
    clearSelection,
    listen,
  }
})
