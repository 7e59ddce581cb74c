/**
 * Renewal budgets in Chromium through the web preview with the demo account: a bad amount refused
 * with its reason, a budget set in the form, the forecast's months over it marked in words, the
 * lapse list with its cut line, and the renewals above the line turned off through the bulk
 * change's preview and confirmation, which changes them at the sandbox registrar. Screens in light
 * and dark, English and Armenian, checked with axe. With a 10,000-domain sandbox: a yearly budget
 * just under the year's auto-renewals marks months over it, and the lapse list shows one page at a
 * time with the cut line on the first.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seriousViolations } from './support/axe'
import { COMBOS, startE2E, type E2E } from './support/preview'

let e2e: E2E
beforeAll(async () => {
  e2e = await startE2E()
})
afterAll(() => e2e?.close())

const accountId = () => e2e.preview.demoAccountId!

describe('the renewal budget', () => {
  for (const [scheme, language] of COMBOS) {
    it(`reads well and passes axe (${scheme}, ${language})`, async () => {
      e2e.preview.services.budgets.set(accountId(), { period: 'yearly', cents: 2_000 })
      const { page, context, errors } = await e2e.open('#/costs', { scheme, language })
      await page.getByTestId('lapse-window').waitFor()
      await page.getByTestId('lapse-window').locator('button').last().click()
      await page.getByTestId('lapse-table').waitFor()
      await page.getByTestId('forecast-over-months').waitFor()
      expect(await seriousViolations(page)).toEqual([])
      await page.getByTestId('forecast-by-month').scrollIntoViewIfNeeded()
      await e2e.shot(page, `budget-forecast-${scheme}-${language}`)
      await page.getByTestId('budget-form').scrollIntoViewIfNeeded()
      await e2e.shot(page, `budget-${scheme}-${language}`)
      await page.getByTestId('lapse-table').scrollIntoViewIfNeeded()
      await e2e.shot(page, `budget-lapse-${scheme}-${language}`)
      expect(errors).toEqual([])
      await context.close()
      e2e.preview.services.budgets.clear(accountId())
    })
  }

  it('is set on the costs page, marks the months over it, and lets the cut renewals lapse', async () => {
    const { page, context, errors } = await e2e.open('#/costs')
    const form = page.getByTestId('budget-form')
    await form.waitFor()
    await page.getByTestId('budget-amount').fill('-12')
    await page.getByTestId('budget-save').click()
    await page.getByTestId('budget-error').getByText('A budget cannot be negative.').waitFor()
    expect(e2e.preview.services.budgets.get(accountId())).toBeNull()

    await page.getByTestId('budget-amount').fill('1')
    await page.getByTestId('budget-period').getByText('Per month', { exact: true }).click()
    await page.getByTestId('budget-save').click()
    await page.getByTestId('budget-current').getByText('Budget: $1.00 per month').waitFor()
    expect(e2e.preview.services.budgets.get(accountId())).toEqual({ period: 'monthly', cents: 100 })

    // Every month whose auto-renewals cost more than $1 is marked, in words.
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone
    const forecast = e2e.preview.services.planning.forecast(accountId(), 12, zone)
    const overMonths = forecast.byMonth.filter((m) => m.autoRenew.cents > 100).length
    expect(overMonths).toBeGreaterThan(0)
    await page.getByTestId('forecast-over-months').waitFor()
    expect(await page.getByTestId('month-over-budget').count()).toBe(overMonths)
    expect(await page.getByTestId('month-over-budget').first().textContent()).toContain(
      'Over budget',
    )
    await page.getByTestId('forecast-by-month').scrollIntoViewIfNeeded()
    await e2e.shot(page, 'budget-forecast-light-en')

    await page.getByTestId('lapse-window').getByText('Next 12 months').click()
    await page.getByTestId('lapse-cut').waitFor()
    const plan = e2e.preview.services.budgets.plan(accountId(), {
      windowDays: 365,
      offset: 0,
      limit: 0,
    })
    expect(plan.cutCount).toBeGreaterThan(0)
    const shown = await page.locator('[data-testid^="lapse-row-"]').count()
    expect(shown).toBe(Math.min(plan.count, 25))
    await page.getByTestId('lapse-list').scrollIntoViewIfNeeded()
    await e2e.shot(page, 'budget-lapse-light-en')

    const ids = e2e.preview.services.budgets.lapseIds(accountId(), 365)
    await page.getByTestId('lapse-choose-cut').click()
    await page.getByTestId('lapse-apply').getByText(`for ${ids.length} chosen`).waitFor()
    await page.getByTestId('lapse-apply').click()
    const dialog = page.getByRole('dialog', { name: 'Turn auto-renew off to fit the budget' })
    await dialog.getByTestId('bulk-preview').waitFor()
    await e2e.shot(page, 'budget-bulk-preview-light-en')
    const sandbox = await e2e.preview.services.demo.ensure()
    const puts = () => sandbox.log.since().filter((x) => x.method === 'PUT').length
    const putsBefore = puts()
    // Nothing has changed at VPS.org before the confirmation.
    expect(ids.every((id) => sandbox.registrar.get(id).autoRenew)).toBe(true)
    await dialog.getByTestId('bulk-confirm').click()
    await dialog.getByTestId('bulk-results').waitFor({ timeout: 30_000 })
    expect(puts() - putsBefore).toBeGreaterThan(0)
    await dialog.getByTestId('bulk-close').click()
    const turnedOff = ids.filter((id) => !sandbox.registrar.get(id).autoRenew)
    expect(turnedOff.length).toBeGreaterThan(0)
    const cached = e2e.preview.services.cache.domains.all(accountId())
    expect(turnedOff.every((id) => cached.get(id)?.autoRenew === false)).toBe(true)
    // The list follows: what was turned off is no longer an auto-renewal.
    const after = e2e.preview.services.budgets.plan(accountId(), {
      windowDays: 365,
      offset: 0,
      limit: 0,
    })
    expect(after.count).toBe(plan.count - turnedOff.length)
    expect(errors).toEqual([])
    await context.close()
  })
})

describe('the renewal budget of a 10,000-domain account', () => {
  let big: E2E
  beforeAll(async () => {
    big = await startE2E({ services: { demo: { domains: 10_000, clockSpeed: 0 } } })
  }, 300_000)
  afterAll(() => big?.close())

  it('marks the months over it and pages the lapse list with its cut line', async () => {
    const id = big.preview.demoAccountId!
    // A yearly budget a little under the year's auto-renewals: about ten of the dearest are cut.
    const before = big.preview.services.budgets.plan(id, { windowDays: 365, offset: 0, limit: 25 })
    expect(before.count).toBeGreaterThan(25)
    const dollars = Math.floor(before.rows[9]!.leftCents / 100)

    const { page, context, errors } = await big.open('#/costs')
    await page.getByTestId('budget-form').waitFor({ timeout: 60_000 })
    await page.getByTestId('budget-amount').fill(String(dollars))
    await page.getByTestId('budget-period').getByText('Per year', { exact: true }).click()
    await page.getByTestId('budget-save').click()
    await expect
      .poll(() => big.preview.services.budgets.get(id), { timeout: 60_000 })
      .toEqual({ period: 'yearly', cents: dollars * 100 })

    await page.getByTestId('forecast-over-months').waitFor({ timeout: 60_000 })
    await expect
      .poll(() => page.getByTestId('month-over-budget').count(), { timeout: 60_000 })
      .toBeGreaterThan(0)
    expect(await page.getByTestId('forecast-over-months').textContent()).toMatch(/\d/)

    await page.getByTestId('lapse-window').getByText('Next 12 months').click()
    const plan = big.preview.services.budgets.plan(id, { windowDays: 365, offset: 0, limit: 0 })
    expect(plan.cutCount).toBeGreaterThan(0)
    expect(plan.cutCount).toBeLessThanOrEqual(25)
    await page.getByTestId('lapse-cut').waitFor({ timeout: 60_000 })
    await page.getByTestId('lapse-cut-line').waitFor({ timeout: 60_000 })
    const rows = page.locator('[data-testid="lapse-table"] tbody tr[data-testid^="lapse-row-"]')
    // One page is rendered, never the whole list.
    await expect.poll(() => rows.count(), { timeout: 60_000 }).toBe(25)
    expect(await page.locator('[data-testid="lapse-table"] tr.cut').count()).toBe(plan.cutCount)
    const caption = page.locator('#lapse-caption')
    await page.getByTestId('lapse-next').click()
    await expect.poll(() => caption.textContent(), { timeout: 60_000 }).toMatch(/rows 26–50 of/)
    expect(await rows.count()).toBeLessThanOrEqual(25)
    expect(await page.getByTestId('lapse-cut-line').count()).toBe(0)
    await page.getByTestId('lapse-previous').click()
    await page.getByTestId('lapse-cut-line').waitFor({ timeout: 60_000 })
    await page.getByTestId('lapse-list').scrollIntoViewIfNeeded()
    await big.shot(page, 'budget-10k')
    expect(errors).toEqual([])
    await context.close()
  }, 240_000)
})
