import { describe, expect, it, vi } from 'vitest'
import { usePortfolioLayoutStore } from '@/stores/portfolio-layout'
import { callsOf, rows, settle, usePortfolioViewLifecycle } from './fixtures'
import { mountPortfolioView } from './mount-portfolio'

usePortfolioViewLifecycle()

async function mountTable(count: number) {
  const mounted = await mountPortfolioView({
    data: rows(count),
    handlers: { 'views.setLayout': async (layout: unknown) => layout },
  })
  const { wrapper } = mounted
  const scroller = wrapper.get('.portfolio-scroller').element as HTMLElement
  return { ...mounted, scroller, layout: usePortfolioLayoutStore(wrapper.vm.$pinia) }
}

const renderedIndexes = (root: Element) =>
  [...root.querySelectorAll('tbody tr[data-index]')].map((tr) =>
    Number(tr.getAttribute('data-index')),
  )

describe('PortfolioTable', { timeout: 30_000 }, () => {
  it('neither reads nor sets the scroll position while a search at the top is answered and drawn', async () => {
    const { wrapper, scroller } = await mountTable(1000)
    // First in this file: no earlier mount left a place to put back (putting it back reads and
    // sets the position).
    const faked = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'scrollTop')!
    const touched: string[] = []
    Object.defineProperty(scroller, 'scrollTop', {
      configurable: true,
      get() {
        touched.push('read')
        return faked.get!.call(this)
      },
      set(value: number) {
        touched.push('set')
        faked.set!.call(this, value)
      },
    })
    const input = wrapper.get('#portfolio-search').element as HTMLInputElement
    input.value = 'd0007'
    input.dispatchEvent(new Event('input'))
    // The keystroke's whole path (query, answer, render) runs in microtasks here.
    for (let i = 0; i < 100; i++) await Promise.resolve()
    expect(wrapper.get('tbody tr[data-index="0"] .domain-name').text()).toBe('d0007.com')
    expect(touched).toEqual([])
  })

  it('renders only the rows in view and a few spare ones, out of 100,000', async () => {
    const { wrapper, scroller } = await mountTable(100_000)
    // A 440px viewport holds 10 rows; the spare rows keep keyboard moves on rendered rows.
    const shown = renderedIndexes(wrapper.element)
    expect(shown[0]).toBe(0)
    expect(shown.length).toBeGreaterThanOrEqual(10)
    expect(shown.length).toBeLessThanOrEqual(24)
    scroller.scrollTop = 44 * 50_000
    await vi.waitFor(() => expect(renderedIndexes(wrapper.element)).toContain(50_005))
    const after = renderedIndexes(wrapper.element)
    expect(after.length).toBeLessThanOrEqual(24)
    // The space above and below stands in for the other rows, so the scroll range stays exact.
    const spacers = wrapper
      .findAll('tr.spacer td')
      .map((td) => parseFloat(td.attributes('style')!.replace(/^height: /, '')))
    expect(spacers[0]).toBe(after[0]! * 44)
    expect(spacers[0]! + after.length * 44 + spacers[1]!).toBe(100_000 * 44)
  })

  it('moves focus to a row in view when the focused row scrolls out of the window', async () => {
    const { wrapper, scroller } = await mountTable(1000)
    const first = wrapper.get('tbody tr[data-index="0"]').element as HTMLElement
    first.focus()
    expect(document.activeElement).toBe(first)
    scroller.scrollTop = 44 * 400
    await vi.waitFor(() => {
      const focused = Number(document.activeElement?.getAttribute('data-index'))
      expect(focused).toBeGreaterThanOrEqual(400)
      expect(focused).toBeLessThan(411)
    })
    expect(document.activeElement?.getAttribute('tabindex')).toBe('0')
  })

  it('leaves focus alone when it had moved elsewhere before the scroll', async () => {
    const { wrapper, scroller } = await mountTable(1000)
    ;(wrapper.get('tbody tr[data-index="0"]').element as HTMLElement).focus()
    const search = wrapper.get('#portfolio-search').element as HTMLInputElement
    search.focus()
    scroller.scrollTop = 44 * 400
    await settle()
    expect(document.activeElement).toBe(search)
  })

  it('starts a new search at the top: the tab stop goes back to the first row', async () => {
    const { wrapper } = await mountTable(1000)
    const first = wrapper.get('tbody tr[data-index="0"]').element as HTMLElement
    first.focus()
    for (let i = 0; i < 3; i++) {
      document.activeElement!.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }),
      )
      await settle()
    }
    expect(wrapper.get('tbody tr[tabindex="0"]').attributes('data-index')).toBe('3')
    const input = wrapper.get('#portfolio-search').element as HTMLInputElement
    input.value = 'd00'
    input.dispatchEvent(new Event('input'))
    await settle()
    expect(wrapper.get('tbody tr[data-index="0"] .domain-name').text()).toBe('d0000.com')
    expect(wrapper.get('tbody tr[tabindex="0"]').attributes('data-index')).toBe('0')
  })

  it('resizes a column by dragging its edge and keeps the width', async () => {
    const { wrapper, fake, layout } = await mountTable(50)
    const th = wrapper.get('thead th.col-status')
    vi.spyOn(th.element, 'getBoundingClientRect').mockReturnValue({ width: 104 } as DOMRect)
    const edge = th.get('.col-resizer')
    // A right-button press is not a drag.
    await edge.trigger('pointerdown', { button: 2, clientX: 500 })
    window.dispatchEvent(new MouseEvent('pointerup', { clientX: 600 }))
    expect(callsOf(fake, 'views.setLayout')).toHaveLength(0)

    await edge.trigger('pointerdown', { button: 0, clientX: 500 })
    window.dispatchEvent(new MouseEvent('pointermove', { clientX: 560 }))
    await settle()
    // The column follows the pointer while it moves.
    expect(th.attributes('style')).toContain('width: 164px')
    window.dispatchEvent(new MouseEvent('pointerup', { clientX: 560 }))
    await settle()
    expect(layout.widths.status).toBe(164)
    expect(callsOf(fake, 'views.setLayout').at(-1)?.[0]).toMatchObject({
      widths: { status: 164 },
    })

    // Never narrower than a readable minimum.
    await edge.trigger('pointerdown', { button: 0, clientX: 500 })
    window.dispatchEvent(new MouseEvent('pointermove', { clientX: 100 }))
    window.dispatchEvent(new MouseEvent('pointerup', { clientX: 100 }))
    await settle()
    expect(layout.widths.status).toBe(48)
  })
})
