/**
 * The portfolio as the table sees it: the query (status, search, quick filters, tag, sort), the
 * number of matching domains, and the rows loaded so far — fetched from the main process's cache
 * in windows of 200 as the virtual table scrolls, so 100,000 domains never sit in the renderer.
 * A newer query always wins over answers to an older one.
 */
import { defineStore } from 'pinia'
import { computed, markRaw, ref, shallowRef } from 'vue'
import type { DomainRow, PortfolioQuery, QUICK_FILTERS, SORT_FIELDS } from '@shared/ipc/models'
import type { DomainStatus } from '@shared/vps-api/types'
import { onEvent, onProgressReload } from '@/api/events'
import { fetchPortfolioPage } from '@/api/portfolio'
import { useAccountsStore } from './accounts'
import { usePortfolioSelection } from './portfolio-selection'
import { errorText } from '@/format/error-text'

/**
 * Rows asked of main at once: a screenful and the table's spare rows, about. Every keystroke of
 * a search asks for the first window, and its round trip grows with the rows in it (at 100,000
 * domains, 6–7 ms for 200 rows against 2–4 ms for 60), while a tall window needs two at most.
 */
export const WINDOW_SIZE = 64
export type QuickFilter = (typeof QUICK_FILTERS)[number]
export type SortField = (typeof SORT_FIELDS)[number]

/** What the table is asked to show. */
export interface PortfolioFilters {
  status: DomainStatus | null
  search: string
  quick: QuickFilter[]
  tag: string | null
  /** Only domains at this registrar. */
  registrar: string | null
  /** Only the domains a grouped notification stands for (its id in the notification centre). */
  notification: number | null
  sort: { by: SortField; dir: 'asc' | 'desc' }
}

const DEFAULT_FILTERS: PortfolioFilters = {
  status: null,
  search: '',
  quick: [],
  tag: null,
  registrar: null,
  notification: null,
  sort: { by: 'name', dir: 'asc' },
}

/** Quick filters that contradict each other (the server ANDs them), so only one can be on. */
const EXCLUSIVE_QUICK: readonly QuickFilter[] = [
  'expiring30',
  'expiring60',
  'expiring90',
  'expired',
]

/**
 * A fresh rows array. markRaw: the table reads rows by position and the array is replaced as a
 * whole, so Vue must never walk or proxy its 100,000 entries.
 */
function emptyRows(length: number): Array<DomainRow | undefined> {
  return markRaw(new Array<DomainRow | undefined>(length))
}

/** The portfolio table's data and selection. */
export const usePortfolioStore = defineStore('portfolio', () => {
  const filters = ref<PortfolioFilters>({ ...DEFAULT_FILTERS })
  const total = ref(0)
  /** Sparse: index = position in the current order; undefined until its window is loaded. */
  const rows = shallowRef<Array<DomainRow | undefined>>(emptyRows(0))
  const syncedAt = ref<string | null>(null)
  const syncing = ref(false)
  const loading = ref(false)
  const error = ref<string | null>(null)
  /** The account whose rows are shown (a switch of account starts over). */
  const loadedFor = ref<string | null>(null)
  let generation = 0
  /** The generation `rows` belongs to: older rows stay visible until the new query answers. */
  let rowsGeneration = -1
  let loadedWindows = new Set<number>()
  /** The rows the table last asked for, so that a reload refreshes what is on screen. */
  let lastRange = { first: 0, last: 0 }

  const hasFilters = computed(() => {
    const f = filters.value
    return (
      f.status !== null ||
      f.search.trim() !== '' ||
      f.quick.length > 0 ||
      f.tag !== null ||
      f.registrar !== null ||
      f.notification !== null
    )
  })
  const accountId = () => useAccountsStore().current?.id ?? null

  /** The current filter alone (what "every match" means). */
  function filterQuery() {
    const f = filters.value
    return {
      ...(f.status ? { status: f.status } : {}),
      ...(f.search.trim() ? { search: f.search.trim() } : {}),
      ...(f.quick.length ? { quick: f.quick } : {}),
      ...(f.tag ? { tag: f.tag } : {}),
      ...(f.registrar ? { registrar: f.registrar } : {}),
      ...(f.notification ? { notification: f.notification } : {}),
    }
  }
  const selected = usePortfolioSelection(total, filterQuery)
  const { selection, clearSelection } = selected

  function queryFor(window: number): PortfolioQuery {
    return {
      ...filterQuery(),
      sort: filters.value.sort,
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
      const fresh = rowsGeneration !== gen || rows.value.length !== page.total
      // A changed total within one generation means the cache changed under us: the other
      // windows are out of date, so they are fetched again when next shown.
      if (fresh && rowsGeneration === gen) loadedWindows = new Set([window])
      const next = fresh ? emptyRows(page.total) : markRaw([...rows.value])
      page.rows.forEach((row, i) => (next[page.offset + i] = row))
      rows.value = next
      rowsGeneration = gen
      total.value = page.total
      syncedAt.value = page.syncedAt
      syncing.value = page.syncing
      loadedFor.value = id
      error.value = null
    } catch (e) {
      loadedWindows.delete(window)
      if (gen !== generation) return
      error.value = errorText(e)
      // Rows of an older query must not pass for answers to this one.
      if (rowsGeneration !== gen) {
        rows.value = emptyRows(0)
        total.value = 0
      }
    }
  }

  function windowsOf(first: number, last: number): number[] {
    const out: number[] = []
    const from = Math.floor(Math.max(0, first) / WINDOW_SIZE)
    const to = Math.floor(Math.max(0, last) / WINDOW_SIZE)
    for (let w = from; w <= to; w++) out.push(w)
    return out
  }

  /** Makes sure rows `first`..`last` are loaded (or loading). */
  async function loadRange(first: number, last: number): Promise<void> {
    lastRange = { first, last }
    const wanted = windowsOf(first, last).filter((w) => !loadedWindows.has(w))
    await Promise.all(wanted.map((w) => loadWindow(w, generation)))
  }

  /** Starts over with the current filters (first window); the old rows stay until it answers. */
  async function reset(): Promise<void> {
    generation++
    loadedWindows = new Set()
    lastRange = { first: 0, last: 0 }
    loading.value = true
    const gen = generation
    try {
      await loadWindow(0, gen)
    } finally {
      if (gen === generation) loading.value = false
    }
  }

  /** A first load started before the view mounted, which the view's first ensureLoaded takes. */
  let prefetched: { id: string; done: Promise<void> } | null = null

  /**
   * Starts the first page of the current account before the portfolio view has loaded, so the
   * request runs while the view's code is fetched and parsed; the view's first `ensureLoaded`
   * then waits for it instead of asking again.
   */
  function prefetch(): void {
    const id = accountId()
    if (!id || prefetched || loadedFor.value === id) return
    prefetched = { id, done: ensureLoaded() }
  }

  /** Shows the current account's portfolio: from scratch after an account switch, else fresh. */
  function ensureLoaded(): Promise<void> {
    const id = accountId()
    const early = prefetched
    prefetched = null
    if (early && early.id === id) return early.done
    if (id && id === loadedFor.value) return reload()
    rows.value = emptyRows(0)
    total.value = 0
    syncedAt.value = null
    error.value = null
    clearSelection()
    return reset()
  }

  /** Changes filters (search as you type calls this on every keystroke; the newest wins). */
  function setFilters(change: Partial<PortfolioFilters>): Promise<void> {
    const sortOnly = Object.keys(change).every((k) => k === 'sort')
    // "Every match" of the old filter is not what the new one shows.
    if (selected.allExcept.value && !sortOnly) clearSelection()
    // Field by field, in place: a keystroke in the search re-renders what shows the search, not
    // everything that reads some filter (the page, the header, the other controls).
    const current = filters.value as Record<string, unknown>
    for (const [key, value] of Object.entries(change))
      if (current[key] !== value) current[key] = value
    return reset()
  }

  /** Removes every filter and the search; the sort order stays. */
  function clearFilters(): Promise<void> {
    return setFilters({
      status: null,
      search: '',
      quick: [],
      tag: null,
      registrar: null,
      notification: null,
    })
  }

  /** Turns a quick filter on or off; turning one expiry filter on turns the others off. */
  function toggleQuick(filter: QuickFilter): Promise<void> {
    const current = filters.value.quick
    const quick = current.includes(filter)
      ? current.filter((q) => q !== filter)
      : [
          ...current.filter(
            (q) => !(EXCLUSIVE_QUICK.includes(filter) && EXCLUSIVE_QUICK.includes(q)),
          ),
          filter,
        ]
    return setFilters({ quick })
  }

  /** Sorts by a column; the same column again flips the direction. */
  function sortBy(by: SortField): Promise<void> {
    const { sort } = filters.value
    return setFilters({ sort: { by, dir: sort.by === by && sort.dir === 'asc' ? 'desc' : 'asc' } })
  }

  /** Fetches again what is on screen (after a sync or a change), keeping the scroll position. */
  async function reload(): Promise<void> {
    generation++
    loadedWindows = new Set()
    const gen = generation
    await Promise.all(windowsOf(lastRange.first, lastRange.last).map((w) => loadWindow(w, gen)))
    if (gen !== generation) return
    selected.refreshRows(rows.value)
  }

  /** The row at a position in the current order, if its window is loaded. */
  function rowAt(index: number): DomainRow | undefined {
    return rows.value[index]
  }

  /** Adds rows `from`..`to` (either order) to the selection, loading their windows first. */
  async function selectRange(from: number, to: number): Promise<void> {
    const [first, last] = from <= to ? [from, to] : [to, from]
    const gen = generation
    await Promise.all(
      windowsOf(first, last)
        .filter((w) => !loadedWindows.has(w))
        .map((w) => loadWindow(w, gen)),
    )
    if (gen !== generation) return
    const range: DomainRow[] = []
    for (let i = first; i <= Math.min(last, rows.value.length - 1); i++) {
      const row = rows.value[i]
      if (row) range.push(row)
    }
    selected.addRows(range)
  }

  /** Refreshes when a sync of the current account finishes; returns the stop function. */
  function listen(): () => void {
    const stops = [
      onEvent('sync.finished', (p) => {
        if (p.accountId === accountId()) void ensureLoaded()
      }),
      // A first sync writes each page as it lands: while main holds more domains than are
      // shown, show them, at most once a second. (A resync changes nothing until it finishes.)
      onProgressReload(
        (p) => p.accountId === accountId() && !hasFilters.value && p.received > total.value,
        () => void ensureLoaded(),
      ),
    ]
    return () => stops.forEach((stop) => stop())
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
    selectedRows: selected.selectedRows,
    selectedCount: selected.selectedCount,
    allSelected: selected.allSelected,
    hasFilters,
    loadedFor,
    loadRange,
    reset,
    ensureLoaded,
    prefetch,
    setFilters,
    clearFilters,
    toggleQuick,
    sortBy,
    reload,
    rowAt,
    isSelected: selected.isSelected,
    toggleSelected: selected.toggleSelected,
    selectRange,
    selectAllMatching: selected.selectAllMatching,
    setSelection: selected.setSelection,
    clearSelection,
    selectionDescriptor: selected.selectionDescriptor,
    listen,
  }
})
