/**
 * Errors in Armenian, in Chromium through the web preview: every kind of failure a user can meet
 * (a rejected token, an unreachable base URL, invalid nameservers, a transfer VPS.org refuses, a
 * duplicate in a form, being offline) is said in Armenian from the error catalogue, never in
 * main's English; so is what the app noted on the refused transfer it keeps. Each is
 * screenshotted in light and dark and checked with axe.
 */
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startSandbox, type RunningSandbox } from '../../electron/sandbox/index'
import hyWelcome from '../../renderer/src/i18n/hy/welcome.json'
import hyTransfers from '../../renderer/src/i18n/hy/transfers.json'
import hyDomain from '../../renderer/src/i18n/hy/domain.json'
import hyCosts from '../../renderer/src/i18n/hy/costs.json'
import hyErrors from '../../renderer/src/i18n/hy/errors.json'
import enErrors from '../../renderer/src/i18n/en/errors.json'
import enWelcome from '../../renderer/src/i18n/en/welcome.json'
import enTransfers from '../../renderer/src/i18n/en/transfers.json'
import { seriousViolations } from './support/axe'
import { startE2E, type E2E, type Scheme } from './support/preview'

let e2e: E2E
let registrar: RunningSandbox
beforeAll(async () => {
  // No account yet: the welcome form is the first thing shown.
  e2e = await startE2E({ demo: false })
  registrar = await startSandbox({ port: 0, token: 'the-right-token', domains: 5 })
})
afterAll(async () => {
  await registrar?.close()
  await e2e?.close()
})

const SCHEMES: readonly Scheme[] = ['light', 'dark']

/** Screenshots the page in this scheme and collects axe's serious findings. */
async function look(page: Page, name: string, problems: string[]): Promise<void> {
  await e2e.shot(page, name)
  for (const v of await seriousViolations(page))
    problems.push(`${name}: ${v.id} at ${v.targets.slice(0, 3)}`)
}

/** A catalogue text with its {params} as wildcards. */
function template(text: string): RegExp {
  const parts = text.split(/\{\w+\}/).map((p) => p.replace(/[.*+?^$()|[\]\\]/g, '\\$&'))
  return new RegExp(parts.join('.+'))
}

/** Fills the connect form and submits it. */
async function connect(page: Page, token: string, baseUrl: string): Promise<void> {
  await page.locator('#connect-label').fill('Ընկերություն')
  await page.locator('#connect-token').fill(token)
  const advanced = page.getByRole('button', { name: hyWelcome.connect.advanced })
  if ((await advanced.getAttribute('aria-expanded')) !== 'true') await advanced.click()
  await page.locator('#connect-base-url').fill(baseUrl)
  await page.getByTestId('connect-submit').click()
}

describe('errors in Armenian', () => {
  it('says a rejected token and an unreachable base URL in Armenian on the welcome form', async () => {
    const problems: string[] = []
    for (const scheme of SCHEMES) {
      const { page, context } = await e2e.open('', { scheme, language: 'hy' })
      await page.getByRole('heading', { name: hyWelcome.connect.title }).waitFor()

      await connect(page, 'a-wrong-token', registrar.baseUrl)
      const error = page.getByTestId('connect-error')
      await error.getByText(hyWelcome.errors.unauthorized).waitFor()
      expect(await error.textContent()).not.toContain(enWelcome.errors.unauthorized)
      await look(page, `errors-hy-token-${scheme}`, problems)

      const nowhere = 'http://127.0.0.1:9/api/v1'
      await connect(page, 'the-right-token', nowhere)
      await error
        .getByText(hyWelcome.errors.unreachable.replace('{url}', nowhere))
        .waitFor({ timeout: 30_000 })
      expect(await error.textContent()).not.toMatch(/can't reach|fetch failed|ECONNREFUSED/)
      await look(page, `errors-hy-unreachable-${scheme}`, problems)
      await context.close()
    }
    expect(problems).toEqual([])
  }, 120_000)

  it('says invalid nameservers, a refused transfer and a duplicate TLD in Armenian', async () => {
    // The demo account from here on.
    const welcome = await e2e.open('', { language: 'hy' })
    await welcome.page.getByTestId('demo-start').click()
    await welcome.page.waitForURL(/#\/portfolio/)
    await welcome.context.close()
    const sandbox = await e2e.preview.services.demo.ensure()
    const problems: string[] = []
    for (const scheme of SCHEMES) {
      // Invalid nameservers on a domain page: a reserved name and a repeat.
      const first = sandbox.registrar.list({ status: 'active' })[0]!
      let { page, context, errors } = await e2e.open(`#/domains/${first.id}`, {
        scheme,
        language: 'hy',
      })
      const nsField = (n: number) =>
        page.getByLabel(hyDomain.nameservers.label.replace('{n}', String(n)), { exact: true })
      await nsField(1).waitFor()
      await nsField(1).fill('ns1.example.com')
      await nsField(2).fill('ns2.example.net')
      await page.getByText(template(hyDomain.nameserverProblems.reserved)).first().waitFor()
      expect(await page.getByText(/reserved for examples/).count()).toBe(0)
      await look(page, `errors-hy-nameservers-${scheme}`, problems)

      // A transfer VPS.org refuses (a wrong EPP code).
      expect(errors).toEqual([])
      await context.close()
      ;({ page, context, errors } = await e2e.open('#/transfers', { scheme, language: 'hy' }))
      await page.getByRole('combobox', { name: hyTransfers.start.domain }).fill('myapp')
      await page.getByRole('option', { name: /myapp\.io/ }).click()
      await page.getByLabel(hyTransfers.checks.authCode.confirm).check()
      await page.getByLabel(hyTransfers.checks.whoisEmail.confirm).check()
      await page.getByLabel(hyTransfers.start.authCode, { exact: true }).fill('not-the-code')
      await page.getByRole('button', { name: hyTransfers.start.submit }).click()
      await page
        .getByRole('dialog', { name: hyTransfers.confirm.title })
        .getByRole('button', { name: hyTransfers.confirm.send })
        .click()
      const refused = page.getByTestId('transfer-error')
      await refused.getByText(hyTransfers.errors.title).waitFor()
      expect(await refused.textContent()).not.toContain(enTransfers.errors.title)
      expect(await refused.textContent()).not.toContain(enTransfers.errors.Validation)
      await look(page, `errors-hy-transfer-${scheme}`, problems)

      // The refused attempt as the list keeps it: the app's note said in Armenian from its code,
      // VPS.org's own words under their label, and never the EPP code.
      const card = page.getByTestId('transfer-myapp.io').first()
      await card.getByText(hyTransfers.list.note).waitFor()
      const facts = (await card.locator('dl').textContent()) ?? ''
      expect(facts).toContain(hyErrors.codes.Validation)
      expect(facts).toContain(hyTransfers.list.message)
      expect(facts).not.toContain(enErrors.codes.Validation)
      expect(facts).not.toContain('not-the-code')
      await card.locator('dl').scrollIntoViewIfNeeded()
      await look(page, `errors-hy-transfer-note-${scheme}`, problems)

      // A duplicate in a form: a TLD the price table already has.
      expect(errors).toEqual([])
      await context.close()
      ;({ page, context, errors } = await e2e.open('#/costs', { scheme, language: 'hy' }))
      await page.getByLabel(hyCosts.add.label).fill('com')
      await page.getByRole('button', { name: hyCosts.add.submit, exact: true }).click()
      await page.getByText(template(hyCosts.add.problems.duplicate)).first().waitFor()
      await look(page, `errors-hy-duplicate-${scheme}`, problems)
      expect(errors).toEqual([])
      await context.close()
    }
    expect(problems).toEqual([])
  }, 180_000)

  it('says being offline in Armenian', async () => {
    const sandbox = await e2e.preview.services.demo.ensure()
    await sandbox.close()
    const problems: string[] = []
    for (const scheme of SCHEMES) {
      const { page, context } = await e2e.open('#/portfolio', { scheme, language: 'hy' })
      const banner = page.getByTestId('offline-banner')
      await banner.waitFor({ timeout: 10_000 })
      expect(await banner.textContent()).toMatch(/[\u0531-\u058F]/)
      expect(await banner.textContent()).not.toMatch(/offline|unreachable/i)
      await look(page, `errors-hy-offline-${scheme}`, problems)
      await context.close()
    }
    expect(problems).toEqual([])
  }, 60_000)
})
