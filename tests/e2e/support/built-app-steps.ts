/**
 * Steps shared by the built-app scenarios: whether they may use the real keychain, connecting a
 * sandbox account through the welcome page's token form, reading the portfolio table, and
 * removing the accounts again so that no token is left in the keychain; and the lifecycle of the
 * built app around each scenario (`useBuiltApp`).
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll } from 'vitest'
import { startBuiltApp, type BuiltApp } from '../../support/built-app'
import type { TestSandbox } from '../../support/sandbox'
import {
  keychainProblem,
  realKeychainTestsAllowed,
} from '../../electron/main/core/vault/support/secret-service'

const REPO = fileURLToPath(new URL('../../../', import.meta.url))
/** The built main process, as `npm run build` leaves it. */
export const MAIN = join(REPO, 'out', 'main', 'index.js')

/**
 * The built app keeps its token in the OS keychain under its real name. On Linux that is the
 * test run's throw-away keyring (a missing one fails, with how to run); on macOS and Windows it
 * is the user's own, so the scenarios run there only with DOMAIN_DESK_KEYCHAIN_TESTS=1.
 */
export const keychainAllowed = realKeychainTestsAllowed()

/** Throws with instructions when the keychain cannot be used. */
export async function requireKeychain(): Promise<void> {
  const problem = await keychainProblem('Domain Desk built-app probe')
  if (problem) throw new Error(problem)
}

/** Removes every account through the bridge (which deletes its token); returns how many. */
export async function removeAllAccounts(page: Page): Promise<number> {
  return (await page.evaluate(`(async () => {
    const list = await window.domainDesk.accounts.list()
    for (const account of list.data) {
      const removed = await window.domainDesk.accounts.remove(account.id)
      if (!removed.ok) throw new Error(removed.error.message)
    }
    return list.data.length
  })()`)) as number
}

/** The names of the domains in the portfolio table. */
export async function domainNames(page: Page): Promise<string[]> {
  const cells = page.getByRole('table', { name: 'Domains' }).locator('tbody tr td:nth-child(2)')
  return (await cells.allTextContents()).map((text) => text.trim()).filter(Boolean)
}

/**
 * A start with an account lands on the Overview; the portfolio is one click away in the
 * sidebar, as a user would open it.
 */
export async function openPortfolioFromLanding(page: Page): Promise<void> {
  await page.getByRole('heading', { name: 'Overview', level: 1 }).waitFor()
  await page.getByRole('link', { name: 'Portfolio', exact: true }).click()
  await page.getByRole('heading', { name: 'Portfolio', level: 1 }).waitFor()
}

/** Fills in label, token and (under Advanced) the sandbox's base URL, then connects. */
export async function connectSandboxAccount(page: Page, sandbox: TestSandbox): Promise<void> {
  await page.getByRole('heading', { name: 'Welcome to Domain Desk' }).waitFor()
  await page.getByRole('textbox', { name: /^Label/ }).fill('Sandbox')
  await page.getByLabel(/^API token/).fill(sandbox.token)
  await page.getByRole('button', { name: 'Advanced' }).click()
  await page.getByRole('textbox', { name: 'Base URL' }).fill(sandbox.baseUrl)
  await page.getByRole('button', { name: 'Connect', exact: true }).click()
  await page
    .getByRole('heading', { name: 'Portfolio', level: 1 })
    .waitFor()
    .catch(async (error: unknown) => {
      await page.screenshot({ path: 'test-results/built-app/failed-connect.png' })
      throw error
    })
}

/** What a built-app scenario holds while it runs. */
export interface BuiltAppSuite {
  /** The fresh user-data folder of this describe block (read it after the app quit). */
  readonly userData: string
  /** Where this block's screenshots go: test-results/<shots>/. */
  readonly shotsDir: string
  /** The app started last, until it quit (then set it to undefined) or the test ended. */
  running: BuiltApp | undefined
  /** Starts the built app on this block's user data. */
  start(): Promise<BuiltApp>
  /** A screenshot into test-results/<shots>/<name>.png. */
  shot(page: Page, name: string): Promise<Buffer>
}

/**
 * The built app's lifecycle for one describe block, as every built-app scenario needs it: the
 * keychain checked and `out/main/index.js` present before anything starts, a fresh user-data
 * folder (prefix `domain-desk-<name>-`), the app killed after each test whatever happened, the
 * folder removed at the end. Call it at the top of the describe block.
 */
export function useBuiltApp(name: string, shots = name): BuiltAppSuite {
  const shotsDir = join(REPO, 'test-results', shots)
  let userData = ''
  const suite: BuiltAppSuite = {
    get userData() {
      return userData
    },
    shotsDir,
    running: undefined,
    async start() {
      suite.running = await startBuiltApp({ mainScript: MAIN, userData })
      return suite.running
    },
    shot: (page, name) => page.screenshot({ path: join(shotsDir, `${name}.png`) }),
  }
  beforeAll(async () => {
    await requireKeychain()
    if (!existsSync(MAIN))
      throw new Error('Run `npm run build` first: out/main/index.js is missing')
    mkdirSync(shotsDir, { recursive: true })
    userData = mkdtempSync(join(tmpdir(), `domain-desk-${name}-`))
  })
  afterEach(async () => {
    await suite.running?.kill()
    suite.running = undefined
  })
  // Chromium's helpers may still be writing their profile for a moment after the app exits.
  afterAll(() =>
    rmSync(userData, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 }),
  )
  return suite
}
