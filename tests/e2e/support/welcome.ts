/**
 * Steps shared by the built-app scenarios: connecting a sandbox account through the welcome
 * page's token form, and reading the portfolio table.
 */
import type { Page } from 'playwright-core'
import type { TestSandbox } from '../../support/sandbox'

/** The names of the domains in the portfolio table. */
export async function domainNames(page: Page): Promise<string[]> {
  const cells = page.getByRole('table', { name: 'Domains' }).locator('tbody tr td:nth-child(2)')
  return (await cells.allTextContents()).map((text) => text.trim()).filter(Boolean)
}

/** Fills in label, token and (under Advanced) the sandbox's base URL, then connects. */
export async function connectSandboxAccount(page: Page, sandbox: TestSandbox): Promise<void> {
  await page.getByRole('heading', { name: 'Welcome to Domain Desk' }).waitFor()
  await page.getByRole('textbox', { name: /^Label/ }).fill('Sandbox')
  await page.getByLabel(/^API token/).fill(sandbox.token)
  await page.getByRole('button', { name: 'Advanced' }).click()
  await page.getByRole('textbox', { name: 'Base URL' }).fill(sandbox.baseUrl)
  await page.getByRole('button', { name: 'Connect', exact: true }).click()
  await page.getByRole('heading', { name: 'Portfolio', level: 1 }).waitFor()
}
