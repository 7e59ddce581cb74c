/**
 * Dragging a column's edge in the portfolio table: the column follows the pointer (the domain
 * column, which has no width of its own, gives and takes the difference), and the width is kept
 * once the pointer lets go.
 */
import { ref } from 'vue'
import type { HideableColumn } from '@shared/views/saved-view'

/** Narrower than this a column shows nothing readable. */
export const MIN_COLUMN_WIDTH = 48

/** The column being dragged and its width so far; `keep` is told the width when it ends. */
export function useColumnResize(keep: (column: HideableColumn, width: number) => void) {
  const dragging = ref<{ column: HideableColumn; width: number } | null>(null)

  /** A pointer pressed on `column`'s edge: follows it until it is released or cancelled. */
  function start(event: PointerEvent, column: HideableColumn): void {
    if (event.button !== 0) return
    const th = (event.target as HTMLElement).closest('th')
    if (!th) return
    event.preventDefault()
    const from = event.clientX
    const width = th.getBoundingClientRect().width
    // Right-to-left layouts grow a column by dragging its edge to the left.
    const sign = getComputedStyle(th).direction === 'rtl' ? -1 : 1
    dragging.value = { column, width: Math.round(width) }
    const move = (e: PointerEvent) => {
      const next = Math.max(MIN_COLUMN_WIDTH, Math.round(width + sign * (e.clientX - from)))
      dragging.value = { column, width: next }
    }
    const end = () => {
      window.removeEventListener('pointermove', move)
      window.removeEventListener('pointerup', end)
      window.removeEventListener('pointercancel', end)
      const done = dragging.value
      dragging.value = null
      if (done && Math.abs(done.width - width) >= 1) keep(done.column, done.width)
    }
    window.addEventListener('pointermove', move)
    window.addEventListener('pointerup', end)
    window.addEventListener('pointercancel', end)
  }

  return { dragging, start }
}
