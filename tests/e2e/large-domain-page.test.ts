/**
 * The domain page, registration and transfers of a 5,000-domain account in Chromium through the
 * web preview: leaving with unsaved changes asks, moving DNS away from VPS.org warns with the
 * record count, reserved nameservers are refused with every bad entry marked (on the page and in
 * a bulk change, as they are typed), a name already in
 * the portfolio is named while typing, the estimate says where its figure comes from (learnt
 * from the last two-year .com charge), and the transfer picker offers only domains at another
 * registrar. Screenshots in light and dark, English and Armenian, checked with axe.
 */
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SandboxDomain } from '../../electron/sandbox/model'
import { seriousViolations } from './support/axe'
import { hasFocus } from './support/focus'
import { COMBOS, startE2E, type E2E } from './support/preview'

const DOMAINS = 5_000

let e2e: E2E
let vpsDomain: SandboxDomain
let owned: SandboxDomain
beforeAll(async () => {
  e2e = await startE2E({ services: { demo: { domains: DOMAINS, clockSpeed: 0 } } })
  await e2e.preview.services.detailsBackfill.idle()
  const sandbox = await e2e.preview.services.demo.ensure()
  const all = sandbox.registrar.list()
  vpsDomain = all.find(
    (d) =>
      d.status === 'active' &&
      d.registrar === 'VPS.org' &&
      d.nameservers.every((ns) => ns.endsWith('.vps.org')),
  )!
  owned = all[all.length - 1]!
  // One two-year .com registration through the app: the next estimate learns its charge.
  const registrations = e2e.preview.services.registration
  const intent = await registrations.prepare(e2e.preview.demoAccountId!, {
    domainName: 'large-learned-estimate.com',
    years: 2,
    autoRenew: true,
    privacy: true,
  })
  await registrations.confirm(intent.id)
}, 300_000)
afterAll(() => e2e?.close())

async function axeProblems(page: Page, where: string): Promise<string[]> {
  return (await seriousViolations(page)).map(
    (v) => `${where}: ${v.id} (${v.impact}) at ${v.targets.slice(0, 3).join(', ')}`,
  )
}

describe('The domain page, registration and transfers of a 5,000-domain account', () => {
  it('asks before dropping unsaved changes and warns before DNS leaves VPS.org', async () => {
    const problems: string[] = []
    for (const [scheme, language] of COMBOS) {
      const where = `domain ${scheme} ${language}`
      const { page, context, errors } = await e2e.open(`#/domains/${vpsDomain.id}`, {
        scheme,
        language,
      })
      await page.locator('#setting-locked').waitFor()
      await page.locator('#setting-locked').click()
      await page.locator('a.back-link').click()
      const dialog = page.getByRole('alertdialog')
      await dialog.waitFor()
      await e2e.shot(page, `large-domain-unsaved-${scheme}-${language}`)
      problems.push(...(await axeProblems(page, `${where} unsaved`)))
      // Escape keeps the edits and the page.
      await page.keyboard.press('Escape')
      await dialog.waitFor({ state: 'hidden' })
      expect(page.url()).toContain(`#/domains/${vpsDomain.id}`)
      expect(await page.locator('#setting-locked').isChecked()).toBe(!vpsDomain.locked)

      await page.locator('#domain-ns-0').fill('ns1.example.net')
      await page.locator('#domain-ns-1').fill('bad_host.org')
      await page.locator('#domain-ns-message p').nth(1).waitFor()
      expect(await page.locator('#domain-ns-message p').count()).toBe(2)
      expect(await page.locator('#domain-ns-0').getAttribute('aria-invalid')).toBe('true')
      expect(await page.locator('#domain-ns-1').getAttribute('aria-invalid')).toBe('true')
      await e2e.shot(page, `large-domain-ns-invalid-${scheme}-${language}`)

      await page.locator('#domain-ns-0').fill('ns1.cloudflare.com')
      await page.locator('#domain-ns-1').fill('ns2.cloudflare.com')
      const warning = page.getByTestId('dns-warning')
      await warning.waitFor()
      expect(await warning.textContent()).toContain(String(vpsDomain.dnsRecords))
      await e2e.shot(page, `large-domain-dns-warning-${scheme}-${language}`)
      problems.push(...(await axeProblems(page, `${where} dns warning`)))
      problems.push(...errors.map((e) => `${where}: console: ${e}`))
      await context.close()
    }
    expect(problems).toEqual([])
  }, 240_000)

  it('checks a bulk nameserver list as it is typed, in the words of the domain page', async () => {
    const problems: string[] = []
    for (const [scheme, language] of COMBOS) {
      const where = `bulk nameservers ${scheme} ${language}`
      const { page, context, errors } = await e2e.open('#/portfolio', { scheme, language })
      await page.getByTestId('select-all').click()
      await page.getByTestId('bulk-nameservers').click()
      const dialog = page.getByRole('dialog')
      await dialog.locator('#bulk-ns-1').waitFor()
      await dialog.locator('#bulk-ns-0').fill('ns1.example.net')
      await dialog.locator('#bulk-ns-1').fill('bad_host.org')
      // Both reasons, before any preview is asked for.
      await dialog.locator('#bulk-ns-message p').nth(1).waitFor()
      expect(await dialog.locator('#bulk-ns-message p').count()).toBe(2)
      expect(await dialog.locator('#bulk-ns-0').getAttribute('aria-invalid')).toBe('true')
      expect(await dialog.locator('#bulk-ns-1').getAttribute('aria-invalid')).toBe('true')
      await e2e.shot(page, `large-bulk-ns-invalid-${scheme}-${language}`)
      problems.push(...(await axeProblems(page, where)))
      problems.push(...errors.map((e) => `${where}: console: ${e}`))
      await context.close()
    }
    expect(problems).toEqual([])
  }, 240_000)

  it('keeps the focus in the field typed in while the dialog is still opening', async () => {
    const { page, context, errors } = await e2e.open('#/portfolio')
    // A slow opening (a busy machine), so that the typing below spans its end for certain.
    await page.addStyleTag({
      content: '.p-dialog-enter-active { animation-duration: 4000ms !important; }',
    })
    await page.getByTestId('select-all').click()
    await page.getByTestId('bulk-nameservers').click()
    const dialog = page.getByRole('dialog')
    // The dialog's code loads on the first bulk action: allow a busy machine its time.
    await expect.poll(() => hasFocus(dialog.locator('#bulk-ns-0')), { timeout: 30_000 }).toBe(true)
    expect(await dialog.evaluate((el) => el.classList.contains('p-dialog-enter-active'))).toBe(true)
    await page.keyboard.type('ns1.example.net')
    await page.keyboard.press('Tab')
    await page.keyboard.type('ns2.example.net', { delay: 300 })
    await expect
      .poll(() => dialog.evaluate((el) => el.classList.contains('p-dialog-enter-active')), {
        timeout: 30_000,
      })
      .toBe(false)
    expect(await dialog.locator('#bulk-ns-0').inputValue()).toBe('ns1.example.net')
    expect(await dialog.locator('#bulk-ns-1').inputValue()).toBe('ns2.example.net')
    expect(await hasFocus(dialog.locator('#bulk-ns-1'))).toBe(true)
    expect(errors).toEqual([])
    await context.close()
  }, 120_000)

  it('names a name already in the portfolio and says where the estimate comes from', async () => {
    const problems: string[] = []
    for (const [scheme, language] of COMBOS) {
      const where = `register ${scheme} ${language}`
      const { page, context, errors } = await e2e.open('#/registration', { scheme, language })
      const name = page.locator('#register-domain')
      await name.waitFor()
      await name.fill(owned.name)
      await page.getByTestId('already-owned').waitFor()
      expect(await page.getByTestId('review').isDisabled()).toBe(true)

      await name.fill('large-next-estimate.com')
      await page.locator('#register-years').fill('2')
      await page.locator('#register-years').press('Tab')
      const learned = page.getByTestId('estimate-learned')
      await learned.waitFor()
      expect(await learned.textContent()).toContain('.com')
      await page.getByTestId('estimate-table').waitFor()
      await page.getByTestId('register-estimate').scrollIntoViewIfNeeded()
      await e2e.shot(page, `large-estimate-sources-${scheme}-${language}`)
      problems.push(...(await axeProblems(page, where)))
      problems.push(...errors.map((e) => `${where}: console: ${e}`))
      await context.close()
    }
    expect(problems).toEqual([])
  }, 240_000)

  it('offers only domains at another registrar for a transfer, with their registrar', async () => {
    const { page, context, errors } = await e2e.open('#/transfers')
    const all = page.getByTestId('all-transferable')
    await all.waitFor()
    expect(await all.textContent()).toMatch(/See all [\d,]+ transferable domains/)
    await page.locator('#transfer-domain').fill('a')
    const options = page.getByRole('option')
    await options.first().waitFor()
    const texts = await options.allTextContents()
    expect(texts.length).toBeGreaterThan(0)
    expect(texts.every((t) => !t.includes('VPS.org'))).toBe(true)
    await e2e.shot(page, 'large-transfer-picker')
    expect(await axeProblems(page, 'transfers')).toEqual([])
    expect(errors).toEqual([])
    await context.close()
  }, 120_000)
})
