/**
 * Steps shared by the built-app scenarios: whether they may use the real keychain, connecting a
 * sandbox account through the welcome page's token form, reading the portfolio table, and
 * removing the accounts again so that no token is left in the keychain.
 */
import type { Page } from 'playwright-core'
import type { TestSandbox } from '../../support/sandbox'
import {
  keychainProblem,
  realKeychainTestsAllowed,
} from '../../electron/main/core/vault/support/secret-service'

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
