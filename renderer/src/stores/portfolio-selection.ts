/**
 * The portfolio's selection, for the portfolio store: either domains picked one by one (kept
 * with their rows), or "every domain matching the filter" minus the ones unticked since. The
 * second is what select all (the header checkbox, Ctrl/⌘+A) makes: it never loads or lists the
 * matches, so selecting 100,000 domains costs nothing, and main resolves it when a bulk change
 * needs the domains.
 */
import { computed, ref, type Ref } from 'vue'
import type { Selection } from '@shared/ipc/bulk-models'
import type { DomainRow } from '@shared/ipc/models'

type FilterQuery = Extract<Selection, { kind: 'query' }>['query']

/** Selection state and operations over the current query's `total` matches. */
export function usePortfolioSelection(total: Ref<number>, filterQuery: () => FilterQuery) {
  const selection = ref<Map<number, DomainRow>>(new Map())
  /** Set while every match is selected: the ids unticked since. */
  const allExcept = ref<Set<number> | null>(null)

  const selectedRows = computed(() => [...selection.value.values()])
  const selectedCount = computed(() =>
    allExcept.value ? Math.max(0, total.value - allExcept.value.size) : selection.value.size,
  )
  /** Every match is selected (the header checkbox is ticked). */
  const allSelected = computed(
    () => total.value > 0 && selectedCount.value === total.value && allExcept.value !== null,
  )

  function isSelected(id: number): boolean {
    return allExcept.value ? !allExcept.value.has(id) : selection.value.has(id)
  }

  function toggleSelected(row: DomainRow): void {
    if (allExcept.value) {
      const next = new Set(allExcept.value)
      if (next.has(row.id)) next.delete(row.id)
      else next.add(row.id)
      allExcept.value = next
      return
    }
    const next = new Map(selection.value)
    if (next.has(row.id)) next.delete(row.id)
    else next.set(row.id, row)
    selection.value = next
  }

  /** Adds loaded rows to the selection (a Shift range). */
  function addRows(rows: DomainRow[]): void {
    if (allExcept.value) {
      const next = new Set(allExcept.value)
      for (const row of rows) next.delete(row.id)
      allExcept.value = next
      return
    }
    const next = new Map(selection.value)
    for (const row of rows) next.set(row.id, row)
    selection.value = next
  }

  /** Selects every domain matching the current filter, on every page. */
  function selectAllMatching(): void {
    selection.value = new Map()
    allExcept.value = new Set()
  }

  function setSelection(selected: DomainRow[]): void {
    allExcept.value = null
    selection.value = new Map(selected.map((r) => [r.id, r]))
  }

  function clearSelection(): void {
    allExcept.value = null
    selection.value = new Map()
  }

  /** The selection as main resolves it: the ids, or the filter minus the unticked ids. */
  function selectionDescriptor(): Selection {
    return allExcept.value
      ? { kind: 'query', query: filterQuery(), exclude: [...allExcept.value] }
      : { kind: 'ids', ids: [...selection.value.keys()] }
  }

  /** Picked rows are replaced by their fresh versions after a reload. */
  function refreshRows(loaded: Array<DomainRow | undefined>): void {
    if (selection.value.size === 0) return
    const byId = new Map<number, DomainRow>()
    for (const row of loaded) if (row && selection.value.has(row.id)) byId.set(row.id, row)
    selection.value = new Map([...selection.value].map(([id, row]) => [id, byId.get(id) ?? row]))
  }

  return {
    selection,
    allExcept,
    selectedRows,
    selectedCount,
    allSelected,
    isSelected,
    toggleSelected,
    addRows,
    selectAllMatching,
    setSelection,
    clearSelection,
    selectionDescriptor,
    refreshRows,
  }
}
