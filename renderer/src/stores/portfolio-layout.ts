/**
 * The portfolio table's column layout: which of the hideable columns show and how wide they are.
 * Kept by main across starts; a saved view brings its own layout with it. A narrow window leaves
 * some chosen columns out (NARROW_WINDOW_HIDES) without changing the choice.
 */
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { HIDEABLE_COLUMNS, type ColumnLayout, type HideableColumn } from '@shared/views/saved-view'
import { fetchLayout, saveLayout } from '@/api/views'
import { errorText } from '@/format/error-text'
import { NARROW_WINDOW_HIDES } from '@/lib/portfolio/portfolio-columns'

/** The columns the window is too narrow for now, kept current as the window is resized. */
function useLeftOutByWidth() {
  const queries = NARROW_WINDOW_HIDES.map(({ maxWidth, columns }) => ({
    columns,
    list: globalThis.matchMedia?.(`(max-width: ${maxWidth}px)`),
  }))
  const leftOut = ref<ReadonlySet<HideableColumn>>(new Set())
  const measure = () =>
    (leftOut.value = new Set(queries.flatMap((q) => (q.list?.matches ? q.columns : []))))
  measure()
  for (const q of queries) q.list?.addEventListener?.('change', measure)
  return leftOut
}

/** The columns shown and their widths, loaded once and kept whenever they change. */
export const usePortfolioLayoutStore = defineStore('portfolioLayout', () => {
  const columns = ref<HideableColumn[]>([...HIDEABLE_COLUMNS])
  const widths = ref<ColumnLayout['widths']>({})
  /** The chosen columns the window is too narrow to show. */
  const leftOutByWidth = useLeftOutByWidth()
  /** The columns the table shows: the chosen ones the window has room for, in table order. */
  const inView = computed(() => columns.value.filter((c) => !leftOutByWidth.value.has(c)))
  /** Why the layout could not be kept (it still applies until the app closes). */
  const error = ref<string | null>(null)
  let loading: Promise<void> | null = null
  /** Changed before the stored layout arrived: the user's choice wins over the older one. */
  let touched = false

  /** Reads the kept layout once (later calls share the first). */
  function load(): Promise<void> {
    loading ??= fetchLayout()
      .then((layout) => {
        if (!touched) set(layout)
      })
      .catch(() => {
        // Every column at its default width is a fine layout to start from.
      })
    return loading
  }

  function set(layout: ColumnLayout): void {
    columns.value = HIDEABLE_COLUMNS.filter((c) => layout.columns.includes(c))
    widths.value = { ...layout.widths }
  }

  function current(): ColumnLayout {
    return { columns: [...columns.value], widths: { ...widths.value } }
  }

  async function keep(): Promise<void> {
    touched = true
    try {
      await saveLayout(current())
      error.value = null
    } catch (e) {
      error.value = errorText(e)
    }
  }

  const isShown = (column: HideableColumn) => columns.value.includes(column)

  /** Shows exactly these columns (in table order). */
  function setColumns(shown: readonly HideableColumn[]): Promise<void> {
    columns.value = HIDEABLE_COLUMNS.filter((c) => shown.includes(c))
    return keep()
  }

  /** Sets some columns' widths (after the user dragged a column edge). */
  function setWidths(change: ColumnLayout['widths']): Promise<void> {
    widths.value = { ...widths.value, ...change }
    return keep()
  }

  /** Takes a saved view's layout as the current one. */
  function apply(layout: ColumnLayout): Promise<void> {
    set(layout)
    return keep()
  }

  return {
    columns,
    inView,
    leftOutByWidth,
    widths,
    error,
    load,
    isShown,
    current,
    setColumns,
    setWidths,
    apply,
  }
})
