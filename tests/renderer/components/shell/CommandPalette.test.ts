import { flushPromises } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import CommandPalette from '@/components/shell/CommandPalette.vue'
import { useCommandsStore } from '@/stores/commands'
import { useNotificationCentreStore } from '@/stores/notification-centre'
import { installFakeBridge, mountApp } from '../../support/app'
import { fakePortfolio, rows, selectAccount } from '../portfolio/fixtures'

beforeEach(() => localStorage.clear())
afterEach(() => {
  delete window.domainDesk
  document.body.innerHTML = ''
})

async function openPalette(locale: 'en' | 'hy' = 'en') {
  const portfolio = fakePortfolio(rows(5000))
  installFakeBridge({ 'portfolio.list': portfolio.handler })
  const opener = document.createElement('button')
  opener.textContent = 'where I was'
  document.body.append(opener)
  opener.focus()
  const { wrapper, router } = await mountApp(CommandPalette, {
    locale,
    path: '/calendar',
    // The dialog's enter and leave hooks (focus, Escape, focus back) run as in the app.
    global: { stubs: { transition: false } },
  })
  selectAccount()
  const commands = useCommandsStore()
  commands.paletteOpen = true
  await flushPromises()
  const input = document.querySelector<HTMLInputElement>('[role="combobox"]')!
  return { wrapper, router, commands, portfolio, opener, input }
}
const options = () => [...document.querySelectorAll<HTMLElement>('[role="option"]')]
const labels = () => options().map((o) => o.querySelector('.palette-label')?.textContent?.trim())
const activeOption = (input: HTMLInputElement) =>
  document.getElementById(input.getAttribute('aria-activedescendant') ?? '')
async function type(input: HTMLInputElement, text: string) {
  input.value = text
  input.dispatchEvent(new Event('input'))
  await flushPromises()
}
function press(input: HTMLInputElement, key: string) {
  input.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }))
}

describe('CommandPalette', { timeout: 20_000 }, () => {
  it('is a labelled combobox over a listbox, focused when it opens, with shortcuts shown', async () => {
    const { input } = await openPalette()
    expect(document.activeElement).toBe(input)
    expect(input.getAttribute('aria-label')).toBe('Search domains and actions')
    const list = document.getElementById(input.getAttribute('aria-controls')!)!
    expect(list.getAttribute('role')).toBe('listbox')
    expect(list.getAttribute('aria-label')).toBe('Domains and actions')
    expect(document.querySelector('[role="dialog"]')?.getAttribute('aria-modal')).toBe('true')
    const sync = options().find((o) => o.textContent?.includes('Sync now'))!
    expect(sync.querySelector('kbd')?.textContent).toMatch(/^(Ctrl\+R|⌘R)$/)
    expect(sync.getAttribute('aria-keyshortcuts')).toMatch(/^(Control|Meta)\+R$/)
    expect(activeOption(input)?.getAttribute('aria-selected')).toBe('true')
  })

  it('finds domains through main’s search, asking for a few, and opens one with Enter', async () => {
    const { input, portfolio, router, commands } = await openPalette()
    await type(input, 'd4321')
    // One page of at most 8 names: the 5,000 domains stay in main.
    expect(portfolio.queries.at(-1)).toMatchObject({ search: 'd4321', limit: 8, offset: 0 })
    expect(labels()[0]).toBe('d4321.com')
    expect(activeOption(input)?.textContent).toContain('d4321.com')
    press(input, 'Enter')
    await flushPromises()
    expect(commands.paletteOpen).toBe(false)
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('domain'), 10_000)
    expect(router.currentRoute.value.params['id']).toBe('4322')
  })

  it('moves with the arrows, wrapping, and runs the chosen action', async () => {
    const { input, commands } = await openPalette()
    await type(input, 'settings')
    expect(labels()).toEqual(['Open settings'])
    await type(input, 'open')
    expect(labels()).toEqual([
      'Open the renewal calendar',
      'Open transfers',
      'Open notifications',
      'Open settings',
    ])
    press(input, 'ArrowUp')
    await flushPromises()
    expect(activeOption(input)).toBe(options()[3])
    press(input, 'ArrowDown')
    press(input, 'ArrowDown')
    press(input, 'ArrowDown')
    await flushPromises()
    expect(activeOption(input)).toBe(options()[2])
    expect(options()[2]!.getAttribute('aria-selected')).toBe('true')
    expect(options()[0]!.getAttribute('aria-selected')).toBe('false')
    press(input, 'Enter')
    await flushPromises()
    expect(commands.paletteOpen).toBe(false)
    expect(useNotificationCentreStore().panelOpen).toBe(true)
  })

  it('says when nothing matches, and offers the other account', async () => {
    const { input } = await openPalette()
    await type(input, 'zzzz')
    expect(options()).toHaveLength(0)
    expect(document.querySelector('[role="status"]')?.textContent).toContain('Nothing matches')
    await type(input, 'other')
    expect(labels()).toEqual(['Switch to the account “Other”'])
  })

  it('closes with Escape and gives focus back to where it was', async () => {
    const { input, commands, opener } = await openPalette()
    input.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Escape', code: 'Escape', bubbles: true }),
    )
    await flushPromises()
    expect(commands.paletteOpen).toBe(false)
    await vi.waitFor(() => expect(document.activeElement).toBe(opener))
  })

  it('speaks Armenian', async () => {
    const { input } = await openPalette('hy')
    expect(input.getAttribute('aria-label')).toBe('Որոնել դոմեններ և գործողություններ')
    expect(options().some((o) => o.textContent?.includes('Համաժամեցնել հիմա'))).toBe(true)
  })
})
