/**
 * The BUILT app (`out/main/index.js`, `out/preload/index.cjs`, `out/renderer/`, as `npm run
 * build` leaves them) started under Node with the Electron stand-in, in a fresh user-data folder
 * and the test run's real Secret Service: connect a sandbox account on the welcome page, paint the
 * portfolio, turn auto-renew off and pick the dark theme, close the window (the app quits), then
 * start again with the registrar gone and read the cache. Screenshots: test-results/built-app/.
 */
import { describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '../../electron/main/shell/content-security-policy'
import { startTestSandbox } from '../support/sandbox'
import {
  connectSandboxAccount,
  domainNames,
  openPortfolioFromLanding,
  keychainAllowed,
  removeAllAccounts,
  useBuiltApp,
} from './support/built-app-steps'

/**
 * What the test runs in the page, as strings: the node project has no DOM types. Evaluations
 * from DevTools are exempt from the CSP, so eval is tried from a timer the page runs itself.
 */
const IN_PAGE = {
  csp: `fetch('/index.html').then((r) => r.headers.get('content-security-policy'))`,
  evalFromTimer: `new Promise((resolve) => setTimeout(() => {
    try { resolve(String(eval('"eval ran"'))) } catch (error) { resolve(error.name) }
  }))`,
  globals: 'Object.getOwnPropertyNames(window)',
  overwriteBridge: `(() => {
    try { window.domainDesk = null } catch {}
    return typeof window.domainDesk.accounts.list
  })()`,
  appInfo: 'window.domainDesk.app.info()',
  listAccounts: 'window.domainDesk.accounts.list()',
  dark: `document.documentElement.classList.contains('dd-dark')`,
  leave: `void (location.href = 'https://example.org/')`,
  open: `void window.open('https://vps.org/docs')`,
}

describe.runIf(keychainAllowed)('the built app under the Electron stand-in', () => {
  const built = useBuiltApp('built', 'built-app')

  it('connects an account, changes settings, quits, and shows the cache offline', async () => {
    const sandbox = await startTestSandbox({ domains: 12 })
    const first = await built.start()
    const { page } = first
    await page.getByRole('heading', { name: 'Welcome to Domain Desk' }).waitFor()

    // What Electron guarantees the page: the app:// handler's CSP, only the preload's bridge.
    expect(await page.evaluate(IN_PAGE.csp)).toBe(CONTENT_SECURITY_POLICY)
    expect(await page.evaluate(IN_PAGE.evalFromTimer)).toBe('EvalError')
    const globals = (await page.evaluate(IN_PAGE.globals)) as string[]
    expect(globals).toContain('domainDesk')
    expect(
      globals.filter((name) => /electron|standin|ipc|^require$|^process$|^module$/i.test(name)),
    ).toEqual([])
    expect(await page.evaluate(IN_PAGE.overwriteBridge)).toBe('function')
    await built.shot(page, 'welcome')

    // The welcome page's token form, against the sandbox on loopback.
    await connectSandboxAccount(page, sandbox)
    await expect.poll(() => domainNames(page), { timeout: 30_000 }).toContain('example.com')
    expect((await domainNames(page)).length).toBeGreaterThan(5)
    const info = (await page.evaluate(IN_PAGE.appInfo)) as any
    expect(info.ok).toBe(true)
    expect(info.data.tokenStorage.storage).toBe('keychain')
    expect(JSON.stringify(info)).not.toContain(sandbox.token)
    await built.shot(page, 'portfolio')

    // A setting of a domain, sent to the registrar by the main process.
    expect((await sandbox.api('GET', '/domains/101/')).json.auto_renew).toBe(true)
    // Only the rows in view are rendered: the search brings the row there, as for a user.
    await page.getByRole('searchbox', { name: 'Search domains' }).fill('example.com')
    await page.getByRole('cell', { name: 'example.com', exact: true }).click()
    await page.getByRole('heading', { name: 'example.com', level: 1 }).waitFor()
    await page.getByRole('switch', { name: 'Auto-renew' }).click()
    await page.getByRole('button', { name: 'Save changes' }).click()
    await page.getByText('The new settings are in effect at VPS.org.').first().waitFor()
    expect((await sandbox.api('GET', '/domains/101/')).json.auto_renew).toBe(false)
    await built.shot(page, 'domain-saved')

    // A setting of the app, kept by Chromium's profile in userData.
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Settings' })
      .click()
    await page.getByRole('radio', { name: 'Dark' }).click()
    await expect.poll(() => page.evaluate(IN_PAGE.dark)).toBe(true)
    await built.shot(page, 'settings-dark')

    // Guards: a foreign navigation is cancelled, window.open goes to the browser for https.
    const before = page.url()
    await page.evaluate(IN_PAGE.leave)
    await page.waitForTimeout(500)
    expect(page.url()).toBe(before)
    await page.evaluate(IN_PAGE.open)
    await expect
      .poll(() => first.reports.filter((r) => r.type === 'open-external'))
      .toEqual([{ type: 'open-external', url: 'https://vps.org/docs' }])

    // Every IPC call came from the app's own page, as the trusted-sender check saw it.
    const senders = first.reports.flatMap((r) => (r.type === 'ipc' ? [r.senderUrl] : []))
    expect(senders.length).toBeGreaterThan(5)
    for (const url of senders) expect(url).toMatch(/^app:\/\/domain-desk\/index\.html(#|$)/)

    // A page of another origin behind the preload (only main-process code could put it there)
    // gets the bridge, but the main process refuses it: the trusted-sender check on the frame.
    first.loadUrl('data:text/html,<title>elsewhere</title>')
    await expect.poll(() => page.title()).toBe('elsewhere')
    const refused = (await page.evaluate(IN_PAGE.listAccounts)) as any
    expect(refused).toMatchObject({ ok: false, error: { code: 'Forbidden' } })
    expect(first.reports.at(-1)).toEqual({
      type: 'ipc',
      channel: 'accounts.list',
      senderUrl: 'data:text/html,<title>elsewhere</title>',
    })

    // Closing the window quits the app on Linux and Windows; the services close cleanly.
    expect(await first.closeWindows(), first.output()).toBe(0)
    expect(first.reports.at(-1)).toEqual({ type: 'quit', exitCode: 0 })
    built.running = undefined
    await sandbox.close()

    // Offline: the same user data, the registrar gone.
    const again = await built.start()
    const offline = again.page
    await openPortfolioFromLanding(offline)
    await expect.poll(() => domainNames(offline), { timeout: 30_000 }).toContain('example.com')
    await offline.getByRole('button', { name: 'Sync now' }).click()
    await offline.getByTestId('offline-banner').waitFor({ timeout: 30_000 })
    expect(await offline.evaluate(IN_PAGE.dark)).toBe(true)
    await built.shot(offline, 'offline-portfolio')
    await offline.getByRole('searchbox', { name: 'Search domains' }).fill('example.com')
    await offline.getByRole('cell', { name: 'example.com', exact: true }).click()
    await offline.getByRole('heading', { name: 'example.com', level: 1 }).waitFor()
    const autoRenew = offline.getByRole('switch', { name: 'Auto-renew' })
    expect(await autoRenew.isChecked()).toBe(false)
    expect(await autoRenew.isDisabled()).toBe(true)
    await built.shot(offline, 'offline-domain')
    // Removing the account also deletes its token, so the keychain is left as it was.
    await offline.getByRole('link', { name: 'Back to the portfolio' }).click()
    expect(await removeAllAccounts(offline)).toBe(1)
    expect(await again.quit()).toBe(0)
    built.running = undefined
  }, 180_000)
})
