import { computed, onBeforeUnmount, ref, watch, type Ref } from 'vue'

/** What the window is computed from; read reactively. */
export interface RowWindowOptions {
  /** How many rows the list has. */
  count: number
  /** Every row's height in pixels: the rows are all the same height. */
  rowHeight: number
  /** Pixels above the first row inside the scroller (a sticky header). */
  paddingStart: number
  /** Rows rendered beyond each edge of the view, so a scroll shows rows, not gaps. */
  overscan: number
}

/**
 * The rows of a list of equal-height rows that are in view in `scroller`, plus `overscan` on
 * each side, from the scroll position and the viewport's height alone: two divisions, whatever
 * the count. The portfolio's rows are all 44px, so a general virtualizer's per-row measurements
 * buy nothing here, and its code was 32 KB (10 KB gzipped) of what loads before the first rows.
 * `first` and `last` change only when the rows in view do, not at every scroll event.
 */
export function useRowWindow(scroller: Ref<HTMLElement | null>, options: () => RowWindowOptions) {
  const scrollTop = ref(0)
  const viewport = ref(0)

  const bounds = computed(() => {
    const { count, rowHeight, paddingStart, overscan } = options()
    if (count <= 0 || viewport.value <= 0) return { first: 0, last: -1 }
    const top = Math.max(0, scrollTop.value - paddingStart)
    const bottom = Math.max(0, scrollTop.value + viewport.value - paddingStart)
    const first = Math.min(count - 1, Math.max(0, Math.floor(top / rowHeight) - overscan))
    const last = Math.min(count - 1, Math.max(0, Math.ceil(bottom / rowHeight) - 1) + overscan)
    return { first, last }
  })
  /** The first row to render (0-based). */
  const first = computed(() => bounds.value.first)
  /** The last row to render; below `first` when there is none. */
  const last = computed(() => bounds.value.last)

  const onScroll = (event: Event) => (scrollTop.value = (event.target as HTMLElement).scrollTop)
  let resize: ResizeObserver | null = null
  let detach = () => {}
  watch(
    scroller,
    (el) => {
      detach()
      if (!el) return
      scrollTop.value = el.scrollTop
      viewport.value = el.clientHeight
      el.addEventListener('scroll', onScroll, { passive: true })
      if (typeof ResizeObserver !== 'undefined') {
        // Its height only: reading the position here would force a layout for nothing.
        resize = new ResizeObserver(() => (viewport.value = el.clientHeight))
        resize.observe(el)
      }
      detach = () => {
        el.removeEventListener('scroll', onScroll)
        resize?.disconnect()
        resize = null
        detach = () => {}
      }
    },
    { immediate: true, flush: 'post' },
  )
  onBeforeUnmount(() => detach())

  return {
    first,
    last,
    /** The scroller's scroll position as last seen, in pixels. */
    scrollOffset: () => scrollTop.value,
  }
}
