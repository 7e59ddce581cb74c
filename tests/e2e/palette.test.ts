/**
 * Keyboard first, in Chromium through the web preview with the demo registrar: open the command
 * palette with Ctrl+K, jump to a domain by typing part of its name, run Sync now from the palette,
 * use the row context menu from the keyboard (Shift+F10) and Ctrl+F / Ctrl+N / Ctrl+, in the
 * page. The palette and the row menu are screenshotted and axe-checked in light and dark,
 * English and Armenian.
 */
import type { Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seriousViolations } from './support/axe'
import { COMBOS, startE2E, type E2E } from './support/preview'

/** Whether the element has the page's focus (the node project has no DOM types). */
const hasFocus = (locator: Locator) =>
  locator.evaluate((el) => el === (globalThis as any).document.activeElement)

let e2e: E2E
beforeAll(async () => {
  e2e = await startE2E()
})
afterAll(() => e2e?.close())

async function axeProblems(page: Page, where: string): Promise<string[]> {
  return (await seriousViolations(page)).map(
    (v) => `${where}: ${v.id} (${v.impact}) at ${v.targets.slice(0, 3).join(', ')}`,
  )
}

/** The element that has focus, described by its role, name and id. */
const FOCUSED = `(() => {
  const el = document.activeElement
  return el ? [el.tagName, el.id, el.getAttribute('aria-label') ?? el.textContent?.trim()].join('|') : ''
})()`

const paletteInput = (page: Page, name = 'Search domains and actions') =>
  page.getByRole('combobox', { name })

describe('Keyboard first: the command palette and shortcuts', () => {
  it('opens with Ctrl+K, jumps to a domain, runs a sync, and gives focus back', async () => {
    const { page, errors } = await e2e.open('#/portfolio')
    await page.getByRole('heading', { name: 'Portfolio', level: 1 }).waitFor()
    await page.getByRole('cell', { name: 'alpinefarm.dev', exact: true }).waitFor()

    // Ctrl+K from the page opens the palette with the search focused.
    await page.getByRole('link', { name: 'Renewal calendar' }).focus()
    const before = await page.evaluate(FOCUSED)
    await page.keyboard.press('Control+K')
    const input = paletteInput(page)
    await input.waitFor()
    expect(await hasFocus(input)).toBe(true)
    expect(await input.getAttribute('aria-expanded')).toBe('true')
    const listbox = page.getByRole('listbox', { name: 'Domains and actions' })
    await listbox.getByRole('option', { name: /Sync now/ }).waitFor()

    // Escape closes it and focus is back on the link.
    await page.keyboard.press('Escape')
    await input.waitFor({ state: 'detached' })
    await expect.poll(() => page.evaluate(FOCUSED)).toBe(before)

    // Typing part of a name finds domains through main's search; Enter opens the active one.
    await page.keyboard.press('Control+K')
    await paletteInput(page).pressSequentially('example.c')
    const domain = listbox.getByRole('option', { name: /^example\.com/ })
    await domain.waitFor()
    expect(await domain.getAttribute('aria-selected')).toBe('true')
    expect(await paletteInput(page).getAttribute('aria-activedescendant')).toBe(
      await domain.getAttribute('id'),
    )
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { name: 'example.com', level: 1 }).waitFor()

    // An action: Sync now, chosen with the arrows.
    await page.keyboard.press('Control+K')
    await paletteInput(page).fill('sync')
    const sync = listbox.getByRole('option', { name: /Sync now/ })
    await sync.waitFor()
    expect(await sync.getAttribute('aria-keyshortcuts')).toBe('Control+R')
    expect(await sync.getAttribute('aria-selected')).toBe('true')
    const syncs = await syncCount()
    await page.keyboard.press('Enter')
    await expect.poll(syncCount, { timeout: 30_000 }).toBe(syncs + 1)
    expect(errors).toEqual([])
  }, 120_000)

  it('runs Ctrl+F, Ctrl+N and Ctrl+, in the page', async () => {
    const { page, errors } = await e2e.open('#/settings')
    await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor()
    await page.keyboard.press('Control+F')
    const search = page.getByTestId('portfolio-search')
    await expect.poll(() => hasFocus(search)).toBe(true)
    // In the search field, Ctrl+N still registers (the field has no use for it).
    await page.keyboard.press('Control+N')
    await page.getByRole('heading', { name: 'Register a domain', level: 1 }).waitFor()
    await page.keyboard.press('Control+Comma')
    await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor()
    expect(errors).toEqual([])
  }, 60_000)

  it('opens the row menu with Shift+F10 and copies the name', async () => {
    const { page, context, errors } = await e2e.open('#/portfolio')
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    // Only the rows in view are rendered: the search brings the row there, as for a user.
    await page.getByRole('searchbox', { name: 'Search domains' }).fill('example.com')
    const cell = page.getByRole('cell', { name: 'example.com', exact: true })
    await cell.waitFor()
    const row = page.getByRole('row').filter({ has: cell })
    await row.focus()
    await page.keyboard.press('Shift+F10')
    const menu = page.getByRole('menubar', { name: 'Actions for example.com' })
    await menu.waitFor()
    expect(await menu.getByRole('menuitem').allTextContents()).toEqual([
      'Open',
      'Copy name',
      'Copy nameservers',
      'Select',
    ])
    await e2e.shot(page, 'portfolio-row-menu')
    expect(await axeProblems(page, 'row menu')).toEqual([])
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('Enter')
    await page.getByText('Copied to the clipboard.').waitFor()
    expect(await page.evaluate('navigator.clipboard.readText()')).toBe('example.com')
    await menu.waitFor({ state: 'hidden' })
    // Focus is back on the row; the menu key opens it again there, and Escape closes it.
    await expect.poll(() => hasFocus(row)).toBe(true)
    await page.keyboard.press('ContextMenu')
    await expect
      .poll(() => menu.evaluate((el) => el.contains((globalThis as any).document.activeElement)))
      .toBe(true)
    await page.keyboard.press('Escape')
    await menu.waitFor({ state: 'hidden' })
    await expect.poll(() => hasFocus(row)).toBe(true)
    // A right click opens it too; Escape closes it wherever the click left focus.
    await cell.click({ button: 'right' })
    await menu.waitFor()
    await page.keyboard.press('Escape')
    await menu.waitFor({ state: 'hidden' })
    expect(errors).toEqual([])
  }, 60_000)

  it.each(COMBOS)(
    'looks right and is axe-clean in %s, %s',
    async (scheme, language) => {
      const { page, errors } = await e2e.open('#/portfolio', { scheme, language })
      // The first row: the table renders the rows that fit, fewer where Armenian headers wrap.
      const first = page.getByRole('cell', { name: 'alpinefarm.dev', exact: true })
      await first.waitFor()
      await page.keyboard.press('Control+K')
      const name = language === 'en' ? undefined : 'Որոնել դոմեններ և գործողություններ'
      const input = paletteInput(page, name)
      await input.waitFor()
      // Every action with its shortcut, then a search that finds domains.
      await page.getByRole('option', { name: /Ctrl\+R/ }).waitFor()
      await e2e.shot(page, `palette-${scheme}-${language}`)
      expect(await axeProblems(page, `palette ${scheme} ${language}`)).toEqual([])
      await input.fill('ex')
      await page.getByRole('option', { name: /^example\.com/ }).waitFor()
      await page.keyboard.press('ArrowDown')
      await e2e.shot(page, `palette-search-${scheme}-${language}`)
      expect(await axeProblems(page, `palette search ${scheme} ${language}`)).toEqual([])
      // The row menu, opened from the keyboard on the first row.
      await page.keyboard.press('Escape')
      await input.waitFor({ state: 'detached' })
      await page.getByRole('row').filter({ has: first }).focus()
      await page.keyboard.press('Shift+F10')
      const menu = page.getByRole('menubar', { name: /alpinefarm\.dev/ })
      await menu.waitFor()
      await expect
        .poll(() => menu.evaluate((el) => el.contains((globalThis as any).document.activeElement)))
        .toBe(true)
      await page.keyboard.press('ArrowDown')
      await e2e.shot(page, `row-menu-${scheme}-${language}`)
      expect(await axeProblems(page, `row menu ${scheme} ${language}`)).toEqual([])
      expect(errors).toEqual([])
    },
    90_000,
  )
})

async function syncCount(): Promise<number> {
  const account = (await e2e.preview.services.accounts.list())[0]!
  const status = await e2e.preview.services.sync.status(account.id)
  return status.lastRun?.id ?? 0
}
