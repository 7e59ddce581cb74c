import { afterEach, describe, expect, it } from 'vitest'
import { nextTick } from 'vue'
import { rows, usePortfolioViewLifecycle } from './fixtures'
import { mountPortfolioView } from './mount-portfolio'

usePortfolioViewLifecycle()

/** The test window's own control (happy-dom): its size, which media queries follow. */
type TestWindow = { happyDOM: { setWindowSize(size: { width: number; height: number }): void } }

/** Resizes the test window. */
async function windowWidth(width: number): Promise<void> {
  ;(window as unknown as TestWindow).happyDOM.setWindowSize({ width, height: 768 })
  await nextTick()
}

const headers = (root: Element) =>
  [...root.querySelectorAll('thead th')].map((th) => th.textContent!.trim())
const picker = (root: Element) =>
  root.querySelector('[data-testid="portfolio-columns"] .p-multiselect-label')!.textContent!.trim()

describe('ViewActions: the column picker', { timeout: 30_000 }, () => {
  afterEach(() => windowWidth(1600))

  it('counts the columns the window shows, and names the ones it is too narrow for', async () => {
    const { wrapper } = await mountPortfolioView({ data: rows(50) })
    expect(headers(wrapper.element)).toContain('Nameservers')
    expect(picker(wrapper.element)).toBe('Columns (9 of 9)')

    await windowWidth(1360)
    // Below 1440px the nameservers and the DNS manager give way: not drawn, not counted.
    expect(headers(wrapper.element)).not.toContain('Nameservers')
    expect(headers(wrapper.element)).not.toContain('DNS')
    expect(wrapper.find('tbody .col-ns').exists()).toBe(false)
    expect(picker(wrapper.element)).toBe('Columns (7 of 9)')

    await wrapper.get('[data-testid="portfolio-columns"]').trigger('click')
    await nextTick()
    const options = [...document.body.querySelectorAll('[role="option"]')]
    const text = (label: string) =>
      options
        .find((o) => o.textContent!.trim().startsWith(label))!
        .textContent!.replace(/\s+/g, ' ')
        .trim()
    expect(text('Nameservers')).toBe('Nameservers (needs a wider window)')
    expect(text('DNS')).toBe('DNS (needs a wider window)')
    expect(text('Registrar')).toBe('Registrar')

    // A wider window brings them back, chosen as they were.
    await windowWidth(1500)
    expect(headers(wrapper.element)).toContain('Nameservers')
    expect(picker(wrapper.element)).toBe('Columns (9 of 9)')
  })

  it('leaves out more as the window narrows, and says it in Armenian', async () => {
    await windowWidth(1050)
    const { wrapper } = await mountPortfolioView({ data: rows(50), locale: 'hy' })
    // Below 1100px: the nameservers, DNS, privacy, tags and the transfer lock give way.
    expect(wrapper.findAll('thead th')).toHaveLength(2 + 4)
    expect(picker(wrapper.element)).toBe('Սյունակներ (4՝ 9-ից)')
    await wrapper.get('[data-testid="portfolio-columns"]').trigger('click')
    await nextTick()
    expect(document.body.textContent).toContain('(պահանջում է ավելի լայն պատուհան)')
  })

  it('does not call a column left out by the width chosen when the user hid it', async () => {
    await windowWidth(1360)
    const { wrapper } = await mountPortfolioView({
      data: rows(50),
      handlers: {
        'views.layout': async () => ({
          columns: ['status', 'expires', 'autoRenew', 'registrar'],
          widths: {},
        }),
      },
    })
    await wrapper.get('[data-testid="portfolio-columns"]').trigger('click')
    await nextTick()
    expect(document.body.textContent).not.toContain('needs a wider window')
    expect(picker(wrapper.element)).toBe('Columns (4 of 9)')
  })
})
