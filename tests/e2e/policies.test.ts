/**
 * Policies in Chromium through the web preview with the demo account: a rule written in the form,
 * its violations counted and named, fixed through the bulk change's preview and confirmation,
 * then checked again; a broken import refused with the reason. Screens in light and dark,
 * English and Armenian, checked with axe. With a 10,000-domain sandbox: the count shown is the
 * backend's, a few violators are named and the rest counted, and the fix's preview covers them all.
 */
import { writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FOCUSED_WHEN_STILL } from './support/animations'
import { seriousViolations } from './support/axe'
import { COMBOS, startE2E, type E2E } from './support/preview'

let e2e: E2E
beforeAll(async () => {
  e2e = await startE2E()
})
afterAll(() => e2e?.close())

const withoutPrivacy = () =>
  [...e2e.preview.services.cache.domains.all(e2e.preview.demoAccountId!).values()].filter(
    (d) => !d.privacy && !d.removedAt,
  )

describe('the policies page', () => {
  it('writes a rule, names what breaks it, and fixes it through the bulk preview', async () => {
    const before = withoutPrivacy().length
    expect(before).toBeGreaterThan(0)
    const { page, context, errors } = await e2e.open('#/policies')
    await page.getByTestId('policies-empty').waitFor()
    await page.getByTestId('policy-add').click()
    // Typing goes to the name, also once the dialog has finished opening.
    await page.getByTestId('policy-name').waitFor()
    expect(await page.evaluate(FOCUSED_WHEN_STILL)).toBe('policy-name')
    await page.getByTestId('policy-name').fill('Privacy everywhere')
    await page.getByTestId('policy-privacy').getByText('On', { exact: true }).click()
    await e2e.shot(page, 'policies-form-light-en')
    await page.getByTestId('policy-save').click()
    const rule = page.getByTestId('policy-Privacy everywhere')
    await rule.getByTestId('policy-violations').waitFor()
    expect(await rule.getByTestId('policy-violations').textContent()).toContain(
      `${before} of 40 matching domains break it.`,
    )
    expect(await rule.locator('.sample li').count()).toBe(
      Math.min(before, 8) + (before > 8 ? 1 : 0),
    )

    await rule.getByTestId('policy-fix-Privacy everywhere').click()
    const dialog = page.getByRole('dialog', { name: 'Fix: Privacy everywhere' })
    await dialog.getByTestId('bulk-preview').waitFor()
    const sandbox = await e2e.preview.services.demo.ensure()
    const puts = () => sandbox.log.since().filter((x) => x.method === 'PUT').length
    const putsBefore = puts()
    await dialog.getByTestId('bulk-confirm').click()
    await dialog.getByTestId('bulk-results').waitFor({ timeout: 30_000 })
    expect(puts() - putsBefore).toBeGreaterThan(0)
    await dialog.getByTestId('bulk-close').click()
    const left = withoutPrivacy().length
    expect(left).toBeLessThan(before)
    if (left === 0) await rule.getByText('All 40 matching domains follow it.').waitFor()
    else await rule.getByTestId('policy-violations').getByText(`${left} of 40`).waitFor()
    expect(errors).toEqual([])
    await context.close()
  })

  it('refuses a broken import with the reason and keeps the rules', async () => {
    const file = join(tmpdir(), `dd-policies-${process.pid}.json`)
    await writeFile(
      file,
      JSON.stringify({ app: 'domain-desk', kind: 'policies', version: 2, rules: [] }),
    )
    const { page, context } = await e2e.open('#/policies')
    await page.getByTestId('policy-Privacy everywhere').waitFor()
    await page.getByTestId('policies-import').setInputFiles(file)
    await page
      .getByRole('alert')
      .getByText(/not a Domain Desk policies file/)
      .waitFor()
    expect(await page.getByTestId('policy-Privacy everywhere').count()).toBe(1)
    await context.close()
  })

  for (const [scheme, language] of COMBOS) {
    it(`reads well and passes axe (${scheme}, ${language})`, async () => {
      await e2e.preview.services.policies.save({
        name: `Keep locked ${scheme} ${language}`,
        when: { kind: 'all' },
        require: { locked: true, autoRenew: true },
      })
      const { page, context, errors } = await e2e.open('#/policies', { scheme, language })
      await page.getByTestId(`policy-Keep locked ${scheme} ${language}`).waitFor()
      await page.locator('[data-testid="policy-violations"]').first().waitFor()
      expect(await seriousViolations(page)).toEqual([])
      await e2e.shot(page, `policies-${scheme}-${language}`)
      expect(errors).toEqual([])
      await context.close()
    })
  }
})

describe('the policies page with a 10,000-domain account', () => {
  let big: E2E
  beforeAll(async () => {
    big = await startE2E({ services: { demo: { domains: 10_000, clockSpeed: 0 } } })
  }, 300_000)
  afterAll(() => big?.close())

  it('counts the violations as the backend does, shows a few, and previews the fix', async () => {
    const id = big.preview.demoAccountId!
    const number = (text: string | null) => Number((text ?? '').replace(/\D/g, ''))
    const { page, context, errors } = await big.open('#/policies')
    await page.getByTestId('policies-empty').waitFor({ timeout: 60_000 })
    await page.getByTestId('policy-add').click()
    await page.getByTestId('policy-name').fill('Privacy on all 10k')
    await page.getByTestId('policy-privacy').getByText('On', { exact: true }).click()
    await page.getByTestId('policy-save').click()
    await page.getByTestId('policies-check').click()
    const rule = page.getByTestId('policy-Privacy on all 10k')
    const violations = rule.getByTestId('policy-violations')
    await violations.waitFor({ timeout: 60_000 })

    const policy = big.preview.services.policies
      .list()
      .find((p) => p.name === 'Privacy on all 10k')!
    const report = big.preview.services.policies.check(id).find((r) => r.policyId === policy.id)!
    expect(report.violations).toBeGreaterThan(100)
    expect(big.preview.services.policies.violatingIds(id, policy.id)).toHaveLength(
      report.violations,
    )
    const en = (n: number) => n.toLocaleString('en-US')
    await expect
      .poll(() => violations.textContent(), { timeout: 60_000 })
      .toContain(`${en(report.violations)} of ${en(report.matching)} matching domains break it.`)
    // A few named, the rest counted: never thousands of rows.
    expect(await rule.locator('.sample li').count()).toBe(9)
    expect(await rule.locator('.sample li').last().textContent()).toContain(
      `and ${en(report.violations - 8)} more`,
    )

    await rule.getByTestId('policy-fix-Privacy on all 10k').click()
    const dialog = page.getByRole('dialog', { name: 'Fix: Privacy on all 10k' })
    const willChange = dialog.getByTestId('bulk-will-change')
    await willChange.waitFor({ timeout: 60_000 })
    const blocked = dialog.getByTestId('bulk-blocked-count')
    const shown = async () =>
      number(await willChange.textContent()) +
      ((await blocked.count()) ? number(await blocked.textContent()) : 0)
    await expect.poll(shown, { timeout: 60_000 }).toBe(report.violations)
    expect(await dialog.locator('tbody tr').count()).toBeLessThan(report.violations)
    await big.shot(page, 'policies-10k')

    // Nothing is sent: the change to thousands of domains is cancelled.
    const sandbox = await big.preview.services.demo.ensure()
    const puts = () => sandbox.log.since().filter((x) => x.method === 'PUT').length
    const putsBefore = puts()
    await dialog.getByRole('button', { name: 'Cancel', exact: true }).click()
    await dialog.waitFor({ state: 'hidden', timeout: 60_000 })
    expect(puts()).toBe(putsBefore)
    expect(errors).toEqual([])
    await context.close()
  }, 240_000)
})
