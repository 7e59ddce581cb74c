/**
 * The BUILT app on the desktop, under the Electron stand-in: background watch (the tray keeps the
 * app running with the window closed, counts what needs attention, and its menu opens the window
 * again and syncs), and `domaindesk://` links delivered to the running instance by a second
 * launch, as Windows and Linux do. Screenshots: test-results/desktop-watch/.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import type { Report } from '../support/electron-standin/state'
import type { BuiltApp } from '../support/built-app'
import { startTestSandbox } from '../support/sandbox'
import {
  connectSandboxAccount,
  keychainAllowed,
  removeAllAccounts,
  useBuiltApp,
} from './support/built-app-steps'

type TrayReport = Extract<Report, { type: 'tray' }>
const trays = (app: BuiltApp) => app.reports.filter((r): r is TrayReport => r.type === 'tray')
const tray = (app: BuiltApp) => trays(app).at(-1)

/** The number in the tray's tooltip, 0 for "nothing needs attention". */
function trayCount(app: BuiltApp): number | undefined {
  const tip = tray(app)?.toolTip
  if (!tip) return undefined
  return Number(/(\d+) items? needs? attention/.exec(tip)?.[1] ?? 0)
}

const setWatching = (page: Page, keepWatching: boolean) =>
  page.evaluate(
    `window.domainDesk.watch.setSettings({ keepWatching: ${keepWatching}, startAtLogin: false })`,
  )

describe.runIf(keychainAllowed)('the built app in the background (stand-in)', () => {
  const built = useBuiltApp('watch', 'desktop-watch')

  it('keeps watching in the tray with the window closed, and takes links from later launches', async () => {
    const sandbox = await startTestSandbox({ domains: 12 })
    const app = await built.start()
    await app.page.getByRole('heading', { name: 'Welcome to Domain Desk' }).waitFor()
    expect(trays(app)).toEqual([])

    // Watching on (the same call the Settings switch makes): the tray appears, nothing counted.
    expect(await setWatching(app.page, true)).toMatchObject({ ok: true })
    await expect.poll(() => tray(app)?.toolTip).toBe('Domain Desk: nothing needs attention')
    expect(tray(app)!.items).toEqual([
      'Nothing needs attention',
      '-',
      'Open Domain Desk',
      'Sync now',
      '-',
      'Quit Domain Desk',
    ])

    // An account's first sync changes the count.
    await connectSandboxAccount(app.page, sandbox)
    await expect.poll(() => trayCount(app), { timeout: 30_000 }).toBeGreaterThan(0)
    const counted = trayCount(app)!
    expect(tray(app)!.items[0]).toMatch(new RegExp(`^${counted} items? needs? attention$`))

    // The Settings section shows the switch on.
    const settingsLink = app.page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Settings' })
    await settingsLink.click()
    const keep = app.page.getByRole('switch', { name: 'Keep watching when the window is closed' })
    expect(await keep.isChecked()).toBe(true)
    await app.page
      .getByTestId('watch-section')
      .screenshot({ path: join(built.shotsDir, 'settings.png') })

    // Closing the window keeps the app and its tray; the sync goes on from the tray's menu.
    app.send('close-windows')
    await expect.poll(() => app.page.isClosed()).toBe(true)
    expect(tray(app)!.destroyed).toBe(false)
    const syncs = () => app.reports.filter((r) => r.type === 'progress').length
    app.send('tray-menu Sync now')
    await expect.poll(syncs, { timeout: 30_000 }).toBeGreaterThan(0)
    await expect
      .poll(() => app.reports.filter((r) => r.type === 'progress').at(-1), { timeout: 30_000 })
      .toEqual({ type: 'progress', value: -1 })

    // "Open Domain Desk" opens the window again, on the landing page.
    app.send('tray-menu Open Domain Desk')
    const reopened = await app.openPage()
    await reopened.getByRole('heading', { name: 'Overview', level: 1 }).waitFor()

    // A later launch with a link hands it over and quits; the running app opens the page.
    expect(await app.launchAgain(['domaindesk://domain/example.com'])).toBe(0)
    await reopened.getByRole('heading', { name: 'example.com', level: 1 }).waitFor()

    // A register link only fills in the name: no estimate confirmed, nothing sent.
    expect(await app.launchAgain(['domaindesk://register?name=new-idea.net'])).toBe(0)
    await reopened.getByRole('heading', { name: 'Register a domain', level: 1 }).waitFor()
    await expect.poll(() => reopened.locator('#register-domain').inputValue()).toBe('new-idea.net')
    expect(await reopened.getByRole('dialog').count()).toBe(0)

    // With the window closed, launching the app again opens it.
    app.send('close-windows')
    await expect.poll(() => reopened.isClosed()).toBe(true)
    expect(await app.launchAgain([])).toBe(0)
    const relaunched = await app.openPage()
    await relaunched.getByRole('heading', { name: 'Overview', level: 1 }).waitFor()

    // A link with the window closed opens the window on its page; a bad link opens nothing and
    // is logged without its name or query.
    app.send('close-windows')
    await expect.poll(() => relaunched.isClosed()).toBe(true)
    expect(await app.launchAgain(['domaindesk://register?name=bad_name.com&pay=1'])).toBe(0)
    expect(await app.launchAgain(['domaindesk://register?name=second-idea.org'])).toBe(0)
    const linked = await app.openPage()
    await expect.poll(() => linked.locator('#register-domain').inputValue()).toBe('second-idea.org')
    const log = readFileSync(join(built.userData, 'data', 'logs', 'main.log'), 'utf8')
    expect(log).toContain('link refused')
    expect(log).toContain('unexpected-parts')
    expect(log).not.toContain('bad_name')
    expect(log).not.toContain('pay=1')

    // Watching off: closing the window quits, as before.
    expect(await setWatching(linked, false)).toMatchObject({ ok: true })
    await expect.poll(() => tray(app)?.destroyed).toBe(true)
    expect(await removeAllAccounts(linked)).toBe(1)
    // A quit that ends in a crash says why: the app's output (a native panic shows only there).
    expect(await app.closeWindows(), app.output()).toBe(0)
    built.running = undefined
    await sandbox.close()
  }, 240_000)
})
