/**
 * The application menu of the BUILT app (`out/main/index.js`, run `npm run build` first) under the
 * Electron stand-in: the app sets its own menu (Linux conventions here: File, Edit, View, Window,
 * Help, no "Learn More"), a click on one of its items reaches the page's command registry over
 * the event bus and the preload, Help opens the API documentation through the link allowlist, and
 * the menu is rebuilt in Armenian when the user picks it in Settings. A right click in a text field
 * pops up main's edit menu; on a portfolio row, the page's own menu instead.
 */
import { describe, expect, it } from 'vitest'
import { API_DOCS_URL } from '../../electron/shared/commands/app-commands'
import type { BuiltApp } from '../support/built-app'
import type { MenuOutline } from '../support/electron-standin/desktop'
import { startTestSandbox } from '../support/sandbox'
import {
  connectSandboxAccount,
  keychainAllowed,
  removeAllAccounts,
  useBuiltApp,
} from './support/built-app-steps'
import { hasFocus } from './support/focus'

/** Asks the stand-in for the application menu and waits for its answer. */
async function applicationMenu(app: BuiltApp): Promise<MenuOutline[] | null> {
  const seen = app.reports.length
  app.send('menu')
  await expect
    .poll(() => app.reports.slice(seen).some((r) => r.type === 'application-menu'))
    .toBe(true)
  const report = app.reports.slice(seen).find((r) => r.type === 'application-menu')!
  return report.type === 'application-menu' ? report.menu : null
}
const labels = (items: MenuOutline[] | undefined) => (items ?? []).map((item) => item.label)
function flat(items: MenuOutline[]): MenuOutline[] {
  return items.flatMap((item) => [item, ...flat(item.submenu ?? [])])
}

describe.runIf(keychainAllowed)('the built app’s application menu under the stand-in', () => {
  const built = useBuiltApp('menu')

  it('sets its own menu, whose clicks reach the page, in the user’s language', async () => {
    const sandbox = await startTestSandbox({ domains: 6 })
    const app = await built.start()
    const { page } = app

    const menu = (await applicationMenu(app))!
    expect(labels(menu)).toEqual(['File', 'Edit', 'View', 'Window', 'Help'])
    const all = flat(menu)
    expect(labels(all).join(' ')).not.toMatch(/Learn More|Electron/)
    expect(all.filter((item) => item.role === 'reload')).toEqual([])
    const byId = new Map(all.map((item) => [item.id, item]))
    expect(byId.get('command.sync')).toMatchObject({
      label: 'Sync Now',
      accelerator: 'CmdOrCtrl+R',
    })
    expect(byId.get('command.palette')?.accelerator).toBe('CmdOrCtrl+K')

    await connectSandboxAccount(page, sandbox)

    // A right click in a text field: main's edit menu, in the user's language.
    const popups = () => app.reports.filter((r) => r.type === 'popup-menu')
    await page.locator('#portfolio-search').fill('example')
    await page.locator('#portfolio-search').click({ button: 'right' })
    await expect.poll(() => popups().length).toBe(1)
    const edit = popups()[0]!
    expect(edit.type === 'popup-menu' && edit.menu).toEqual([
      { label: 'Cut', role: 'cut', enabled: false },
      { label: 'Copy', role: 'copy', enabled: false },
      { label: 'Paste', role: 'paste', enabled: true },
      { label: 'Select All', role: 'selectAll', enabled: true },
    ])
    // On a portfolio row the page's own menu opens instead, and main shows none.
    const cell = page.getByRole('cell', { name: 'example.com', exact: true })
    await cell.click({ button: 'right' })
    const rowMenu = page.getByRole('menubar', { name: 'Actions for example.com' })
    await rowMenu.waitFor()
    await page.keyboard.press('Escape')
    await rowMenu.waitFor({ state: 'hidden' })
    expect(popups()).toHaveLength(1)
    await page.locator('#portfolio-search').fill('')

    // A menu click runs the page's command: the palette opens, focused, over the portfolio.
    app.send('menu-click command.palette')
    const input = page.getByRole('combobox', { name: 'Search domains and actions' })
    await input.waitFor()
    expect(await hasFocus(input)).toBe(true)
    await page.keyboard.press('Escape')
    await input.waitFor({ state: 'detached' })

    // File → Register a Domain… navigates; File → Sync Now syncs through main.
    app.send('menu-click command.register')
    await page.getByRole('heading', { name: 'Register a domain', level: 1 }).waitFor()
    // A sync lists the domains: GET …/domains/ (page by page).
    const listings = () =>
      sandbox.log.since().filter((r) => r.method === 'GET' && /\/domains\/?$/.test(r.path)).length
    const before = listings()
    app.send('menu-click command.sync')
    await expect.poll(listings, { timeout: 30_000 }).toBeGreaterThan(before)

    // Help → the API documentation, through the external-link allowlist.
    app.send('menu-click help.apiDocs')
    await expect
      .poll(() => app.reports.filter((r) => r.type === 'open-external'))
      .toEqual([{ type: 'open-external', url: API_DOCS_URL }])

    // Armenian in Settings: the menu is rebuilt in Armenian; the commands still arrive.
    app.send('menu-click command.settings')
    await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor()
    await page.getByLabel('Հայերեն').check()
    await expect.poll(async () => labels((await applicationMenu(app)) ?? [])[0]).toBe('Ֆայլ')
    app.send('menu-click command.find')
    const search = page.locator('#portfolio-search')
    await expect.poll(() => hasFocus(search)).toBe(true)

    await page.getByRole('link', { name: 'Կարգավորումներ' }).click()
    await page.getByLabel('English').check()
    expect(await removeAllAccounts(page)).toBe(1)
    expect(await app.quit()).toBe(0)
    built.running = undefined
    await sandbox.close()
  }, 180_000)
})
