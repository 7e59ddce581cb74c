/**
 * Desktop-style keyboard and pointer handling for the virtual portfolio table. One row is the
 * table's tab stop (roving tabindex); the arrow keys, Page Up/Down and Home/End move it across
 * all rows, not just the rendered ones, scrolling as needed. Space toggles selection, Enter
 * opens, Escape clears the selection; Ctrl/⌘-click toggles and Shift-click selects a range.
 * Ctrl/⌘+A in the table selects every domain matching the filter, on every page (in the search
 * field and elsewhere on the page it keeps selecting text).
 */
import { nextTick, ref, type Ref } from 'vue'
import type { DomainRow } from '@shared/ipc/models'
import { usePortfolioStore } from '@/stores/portfolio'

/** Fixed row height in pixels: the virtual window's arithmetic depends on it. */
export const ROW_HEIGHT = 44

/**
 * Keyboard and pointer behaviour of the table scrolled by `scrollerRef` (rows carry their
 * position in `data-index`); `open` shows a domain's page.
 */
export function useRowNavigation(
  scrollerRef: Ref<HTMLElement | null>,
  open: (row: DomainRow) => void,
  /**
   * The scroll offset as last seen by a scroll event. Reading or setting `scrollTop` while the
   * page has pending changes forces a layout, and these run on every keystroke of a search.
   */
  scrollOffset: () => number,
) {
  const store = usePortfolioStore()
  /** The row that is the tab stop (and has focus while the table does). */
  const activeIndex = ref(0)
  /** Where a Shift range starts: the last row toggled or clicked. */
  const anchor = ref<number | null>(null)

  const scroller = () => scrollerRef.value
  const rowEl = (index: number) =>
    scrollerRef.value?.querySelector<HTMLElement>(`tbody tr[data-index="${index}"]`) ?? null
  const indexOf = (el: EventTarget | null): number | null => {
    const tr = (el as HTMLElement | null)?.closest?.('tr[data-index]')
    return tr ? Number(tr.getAttribute('data-index')) : null
  }

  /** Rows that fit in the viewport below the sticky header. */
  function pageSize(): number {
    const el = scroller()
    const header = el?.querySelector('thead')?.offsetHeight ?? 0
    return Math.max(1, Math.floor(((el?.clientHeight ?? 0) - header) / ROW_HEIGHT))
  }

  /** Scrolls just enough for row `index` to be fully visible under the sticky header. */
  function scrollIntoView(index: number): void {
    const el = scroller()
    if (!el) return
    const header = el.querySelector('thead')?.offsetHeight ?? 0
    const top = index * ROW_HEIGHT
    const lowest = header + top + ROW_HEIGHT - el.clientHeight
    if (el.scrollTop > top) el.scrollTop = top
    else if (el.scrollTop < lowest) el.scrollTop = lowest
  }

  /** Waits (a few frames at most) for the scroller to render row `index`, then focuses it. */
  async function focusRow(index: number, tries = 10): Promise<void> {
    await nextTick()
    const el = rowEl(index)
    if (el) el.focus({ preventScroll: true })
    else if (tries > 0) {
      await new Promise((resolve) => requestAnimationFrame(resolve))
      return focusRow(index, tries - 1)
    }
  }

  /** A keyboard move whose row is not focused yet: scrolling must not redirect it. */
  let pending: number | null = null

  /** Makes row `index` (clamped) the active one, scrolls to it and focuses it. */
  async function moveTo(index: number): Promise<void> {
    if (store.total === 0) return
    const target = Math.min(Math.max(0, index), store.total - 1)
    activeIndex.value = target
    pending = target
    scrollIntoView(target)
    await focusRow(target)
    if (pending === target) pending = null
  }

  function toggleAt(index: number, clicked?: DomainRow): void {
    // The clicked row's own data wins: the rows array may already hold a newer query's answer
    // while the old row element is still on screen.
    const row = clicked ?? store.rowAt(index)
    if (!row) return
    store.toggleSelected(row)
    anchor.value = index
  }

  function rangeTo(index: number): void {
    void store.selectRange(anchor.value ?? index, index)
  }

  /** Keys pressed on a row (header cells keep their own Enter/Space for sorting). */
  function onKeydown(event: KeyboardEvent): void {
    const index = indexOf(event.target)
    if (index === null) return
    const key = event.key
    if ((event.ctrlKey || event.metaKey) && !event.altKey && key.toLowerCase() === 'a') {
      event.preventDefault()
      store.selectAllMatching()
      return
    }
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      PageDown: index + pageSize() - 1,
      PageUp: index - pageSize() + 1,
      Home: 0,
      End: store.total - 1,
    }
    if (key in moves) {
      event.preventDefault()
      const target = moves[key]!
      void moveTo(target)
      if (event.shiftKey && key.startsWith('Arrow')) {
        anchor.value ??= index
        rangeTo(Math.min(Math.max(0, target), store.total - 1))
      }
    } else if (key === ' ' || key === 'Spacebar') {
      event.preventDefault()
      if (event.shiftKey && anchor.value !== null) rangeTo(index)
      else toggleAt(index)
    } else if (key === 'Enter') {
      const row = store.rowAt(index)
      if (row) {
        event.preventDefault()
        open(row)
      }
    } else if (key === 'Escape' && store.selectedCount > 0) {
      event.preventDefault()
      store.clearSelection()
    }
  }

  /** A click on row `index` (not on its checkbox): Ctrl/⌘ toggles, Shift selects a range, else opens. */
  function onRowClick(event: MouseEvent, index: number, clicked?: DomainRow): void {
    activeIndex.value = index
    if (event.shiftKey) rangeTo(index)
    else if (event.ctrlKey || event.metaKey) toggleAt(index, clicked)
    else {
      const row = clicked ?? store.rowAt(index)
      if (row) open(row)
    }
  }

  /** A click on row `index`'s checkbox: Shift selects a range, else toggles. */
  function onCheckClick(event: MouseEvent, index: number, clicked?: DomainRow): void {
    activeIndex.value = index
    if (event.shiftKey && anchor.value !== null) rangeTo(index)
    else toggleAt(index, clicked)
    void focusRow(index)
  }

  /** The rows the scroller renders and the first one in view; plain data, read while rows render. */
  let rendered = { first: 0, last: 0, visible: 0 }

  /**
   * Whether a row is the tab stop: the active row, or the first row in view while the active row
   * is scrolled away (so that Tab always reaches the table). Keeping this out of reactive state
   * spares a full table render on every scroll step.
   */
  function isTabStop(index: number, active = activeIndex.value): boolean {
    if (active >= rendered.first && active < rendered.last) return index === active
    return index === rendered.visible
  }

  /** The row element that has focus; kept when it scrolls out of the window and is removed. */
  let focusedRow: HTMLElement | null = null

  /**
   * After the rendered rows changed: if the focused row scrolled out of the window (its element is
   * gone, so focus fell to the page), focus goes to the active row if it is still rendered, else to
   * the first row in view, so the arrow keys keep working after a scroll with the wheel.
   */
  function onRendered(range: { first: number; last: number }): void {
    const top = scrollOffset()
    const visible = Math.min(Math.max(range.first, Math.ceil(top / ROW_HEIGHT)), range.last - 1)
    rendered = { ...range, visible }
    // The rows are patched after this call: look at them once they are.
    void nextTick(() => {
      // Unmounted meanwhile, or a keyboard move is under way.
      if (pending !== null || !scrollerRef.value) return
      const active = document.activeElement
      const lost = !!focusedRow && !focusedRow.isConnected && (!active || active === document.body)
      if (!lost) {
        if (!scrollerRef.value.contains(active)) return
        const focused = indexOf(active)
        if (focused === null || focused === activeIndex.value) return
      }
      const target = rowEl(activeIndex.value) ? activeIndex.value : rendered.visible
      activeIndex.value = target
      void focusRow(target)
    })
  }

  /** Focus arriving on a row (Tab, click, or a screen reader) makes it the active row. */
  function onFocusin(event: FocusEvent): void {
    const index = indexOf(event.target)
    focusedRow = index === null ? null : (event.target as HTMLElement).closest('tr')
    if (index !== null && index !== activeIndex.value) activeIndex.value = index
  }

  /** Focus leaving for something else: a later scroll must not take it back. */
  function onFocusout(event: FocusEvent): void {
    if ((event.target as HTMLElement).isConnected) focusedRow = null
  }

  /** Back to the first row (after the query changed). */
  function resetPosition(): void {
    activeIndex.value = 0
    anchor.value = null
    const el = scroller()
    if (el && scrollOffset() !== 0) el.scrollTop = 0
  }

  return {
    activeIndex,
    isTabStop,
    onKeydown,
    onFocusin,
    onFocusout,
    onRowClick,
    onCheckClick,
    onRendered,
    resetPosition,
    moveTo,
  }
}
