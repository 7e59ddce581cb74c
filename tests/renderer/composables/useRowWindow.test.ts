import { mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, nextTick, reactive, ref, watch } from 'vue'
import { useRowWindow, type RowWindowOptions } from '@/composables/useRowWindow'

/** A scroller whose height and position the test sets, as a browser would report them. */
function fakeScroller(height: number): HTMLElement {
  const el = document.createElement('div')
  let top = 0
  Object.defineProperty(el, 'clientHeight', { configurable: true, get: () => height })
  Object.defineProperty(el, 'scrollTop', {
    configurable: true,
    get: () => top,
    set(value: number) {
      top = value
      el.dispatchEvent(new Event('scroll'))
    },
  })
  return el
}

/** A window over `options` (1,000 rows of 44px, six spare, no header unless told) in 440px. */
function setup(options: Partial<RowWindowOptions> = {}, height = 440) {
  const el = fakeScroller(height)
  const state = reactive({ count: 1000, rowHeight: 44, paddingStart: 0, overscan: 6, ...options })
  let win!: ReturnType<typeof useRowWindow>
  const changes: Array<[number, number]> = []
  const Host = defineComponent({
    setup() {
      const scroller = ref<HTMLElement | null>(el)
      win = useRowWindow(scroller, () => state)
      watch([win.first, win.last], ([first, last]) => changes.push([first, last]))
      return () => h('div')
    },
  })
  const wrapper = mount(Host)
  const scroll = async (top: number) => {
    el.scrollTop = top
    await nextTick()
  }
  const range = () => [win.first.value, win.last.value]
  return { el, state, win, changes, wrapper, scroll, range }
}

/** The callbacks of the ResizeObservers made, to call as a browser would on a resize. */
const observers: Array<() => void> = []
beforeEach(() => {
  observers.length = 0
  vi.stubGlobal(
    'ResizeObserver',
    class {
      constructor(callback: () => void) {
        observers.push(callback)
      }
      observe() {}
      disconnect() {}
    },
  )
})
afterEach(() => vi.unstubAllGlobals())

describe('useRowWindow', () => {
  it('renders the rows in view and the spare ones, anywhere in 100,000', async () => {
    const { scroll, range, win } = setup({ count: 100_000 })
    // 440px hold 10 rows: 0–9 in view, 6 spare below, none above the first.
    expect(range()).toEqual([0, 15])
    await scroll(44 * 50_000 + 20)
    // Row 50,000 is partly hidden above; rows up to 50,010 are (partly) in view.
    expect(range()).toEqual([50_000 - 6, 50_010 + 6])
    expect(win.scrollOffset()).toBe(44 * 50_000 + 20)
    await scroll(44 * 100_000)
    expect(range()).toEqual([99_994, 99_999])
  })

  it('starts the rows below a sticky header', async () => {
    const { scroll, range } = setup({ paddingStart: 88, overscan: 0 })
    // The header takes 88px of the 440: rows 0–7 show.
    expect(range()).toEqual([0, 7])
    await scroll(88 + 44 * 10)
    expect(range()).toEqual([10, 19])
  })

  it('changes only when the rows in view do, not at every scroll event', async () => {
    const { scroll, changes } = setup()
    for (let top = 1; top < 44; top += 3) await scroll(top)
    expect(changes).toEqual([[0, 16]])
  })

  it('follows the count (a search that finds fewer, or none) and the viewport', async () => {
    const { scroll, state, range, el } = setup()
    await scroll(44 * 500)
    state.count = 3
    await nextTick()
    expect(range()).toEqual([2, 2])
    state.count = 0
    await nextTick()
    const [first, last] = range()
    expect(last).toBeLessThan(first!)
    state.count = 1000
    await scroll(0)
    expect(range()).toEqual([0, 15])
    // The window grows to twice the height: the ResizeObserver tells.
    Object.defineProperty(el, 'clientHeight', { configurable: true, get: () => 880 })
    for (const resized of observers) resized()
    expect(range()).toEqual([0, 25])
  })

  it('stops listening when its component goes', async () => {
    const { wrapper, scroll, win } = setup({ overscan: 0 })
    await scroll(44)
    wrapper.unmount()
    await scroll(44 * 100)
    expect(win.scrollOffset()).toBe(44)
  })
})
