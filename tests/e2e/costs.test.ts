/**
 * The costs page in Chromium through the web preview with the demo registrar, under the app's
 * CSP: the renewal forecast (12/36 months, totals, the Chart.js chart actually painted), its CSV
 * export read back with papaparse, a price edited and saved (and the register page's estimate
 * following it), a portfolio TLD left without a price and priced again from the warning, and the
 * page in light and dark, English and Armenian, checked with axe.
 */
import { readFile } from 'node:fs/promises'
import Papa from 'papaparse'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seriousViolations } from './support/axe'
import { hasFocus } from './support/focus'
import { COMBOS, startE2E, type E2E, type Language, type Scheme } from './support/preview'

let e2e: E2E
beforeAll(async () => {
  e2e = await startE2E()
  // One registration made through the app, so the charges table has a row: two years of .com
  // are estimated at 2 × $12.99, and the sandbox charges $12.99 + $11.99.
  const registrations = e2e.preview.services.registration
  const intent = await registrations.prepare(e2e.preview.demoAccountId!, {
    domainName: 'costs-e2e-test.com',
    years: 2,
    autoRenew: true,
    privacy: true,
  })
  await registrations.confirm(intent.id)
})
afterAll(() => e2e?.close())

const total = (page: Page, which: 'auto-renew' | 'keep-all') =>
  page.getByTestId(`total-${which}`).locator('.amount').textContent()

/** The bit of a canvas this file reads (the e2e project's types have no DOM). */
interface Canvas {
  width: number
  height: number
  getContext(kind: '2d'): {
    getImageData(x: number, y: number, w: number, h: number): { data: ArrayLike<number> }
  } | null
}

/** The page's document as far as this file reads it (inlined in each page function). */
type PageDocument = { documentElement: { lang: string } }

/** Pixels of the chart's canvas within a small distance of `hex` (the canvas really drew). */
function pixelsNear(page: Page, hex: string): Promise<number> {
  return page
    .getByTestId('forecast-chart')
    .locator('canvas')
    .evaluate((node, hex) => {
      const canvas = node as unknown as Canvas
      const want = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16))
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height)
      let count = 0
      for (let i = 0; i < data.length; i += 4) {
        const d = want.reduce((sum, v, c) => sum + Math.abs(v - data[i + c]!), 0)
        if (data[i + 3]! > 200 && d < 24) count++
      }
      return count
    }, hex)
}

async function openCosts(scheme: Scheme = 'light', language: Language = 'en') {
  const opened = await e2e.open('#/costs', { scheme, language })
  await opened.page.getByTestId('total-keep-all').waitFor()
  await opened.page.getByTestId('forecast-chart').locator('canvas').waitFor()
  return opened
}

async function typePrice(page: Page, label: string, value: string): Promise<void> {
  const input = page.getByRole('spinbutton', { name: label })
  await input.click()
  await input.press('ControlOrMeta+a')
  await input.pressSequentially(value)
  await input.press('Tab')
}

describe('the costs page', () => {
  it('switches the forecast between 12 and 36 months, with totals and a painted chart', async () => {
    const { page, context, errors } = await openCosts()
    expect(await total(page, 'auto-renew')).toMatch(/^\$\d+\.\d\d$/)
    const keep12 = await total(page, 'keep-all')
    const chart = page.getByRole('img', { name: /^Bar chart of estimated renewal costs/ })
    expect(await chart.getAttribute('aria-label')).toContain('over 12 months')
    // Chart.js drew the keep-everything bars (orange-600 in light) on its canvas.
    expect(await pixelsNear(page, '#ea580c')).toBeGreaterThan(100)
    const byMonth = page.getByRole('table', { name: /by month over 12 months/ })
    expect(await byMonth.locator('tbody tr').count()).toBe(12)

    const window36 = page.getByRole('button', { name: '36 months' })
    await window36.click()
    await expect.poll(() => window36.getAttribute('aria-pressed')).toBe('true')
    await page.getByRole('table', { name: /by month over 36 months/ }).waitFor()
    expect(
      await page
        .getByRole('table', { name: /by month over 36 months/ })
        .locator('tbody tr')
        .count(),
    ).toBe(36)
    expect(await chart.getAttribute('aria-label')).toContain('over 36 months')
    const keep36 = await total(page, 'keep-all')
    const dollars = (text: string | null) => Number(text!.replace(/[$,]/g, ''))
    expect(dollars(keep36)).toBeGreaterThan(dollars(keep12))

    // The registration made in beforeAll, $1.00 under its estimate.
    const charges = page.getByRole('table', { name: /Registrations and transfers made/ })
    const row = charges.getByRole('row', { name: /costs-e2e-test\.com/ })
    expect(await row.textContent()).toMatch(/\$25\.98.*\$24\.98.*\$1\.00 less than estimated/)
    expect(errors).toEqual([])
    await context.close()
  })

  it('exports the forecast as CSV that reads back with the totals shown', async () => {
    const { page, context, errors } = await openCosts()
    const keepAll = await total(page, 'keep-all')
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV' }).click(),
    ])
    expect(download.suggestedFilename()).toBe('domain-desk-forecast-12m.csv')
    const text = await readFile((await download.path())!, 'utf8')
    const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true })
    expect(parsed.errors).toEqual([])
    expect(parsed.meta.fields).toEqual([
      'group',
      'key',
      'auto_renew_usd',
      'keep_all_usd',
      'renewals',
      'unpriced',
    ])
    const rows = parsed.data
    expect(rows.filter((r) => r.group === 'month')).toHaveLength(12)
    expect(rows.filter((r) => r.group === 'tld').map((r) => r.key)).toContain('com')
    const totalRow = rows.find((r) => r.group === 'total')!
    expect(`$${totalRow.keep_all_usd}`).toBe(keepAll)
    expect(errors).toEqual([])
    await context.close()
  })

  it('saves an edited price, and the estimates elsewhere follow it', async () => {
    const { page, context, errors } = await openCosts()
    const keepBefore = await total(page, 'keep-all')
    await typePrice(page, 'Renewal price for .com, in US dollars', '20')
    await typePrice(page, 'Register price for .com, in US dollars', '15')
    await page.getByText('Unsaved changes').waitFor()
    await page.getByRole('button', { name: 'Save prices' }).click()
    await page.getByRole('status').getByText('Prices saved. Estimates now use them.').waitFor()
    // The forecast is priced again by main with the new renewal price.
    await expect.poll(() => total(page, 'keep-all')).not.toBe(keepBefore)
    await page.getByRole('textbox', { name: 'Domain name' }).fill('priced-again.com')
    await page.locator('#estimate-result').getByText('Estimated cost: $15.00').waitFor()

    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Register a domain' })
      .click()
    // The costs page has a "Domain name" box too: wait for the route change before filling.
    await page.getByRole('heading', { level: 1, name: 'Register a domain' }).waitFor()
    await page.getByRole('textbox', { name: 'Domain name' }).fill('priced-again.com')
    await page.getByText('$15.00 for 1 year').waitFor()
    expect(errors).toEqual([])
    await context.close()
  })

  it('flags a portfolio TLD without a price and prices it again from the warning', async () => {
    const { page, context, errors } = await openCosts()
    await page.getByRole('button', { name: 'Remove .io' }).click()
    await page.getByRole('button', { name: 'Save prices' }).click()
    const warning = page.getByTestId('unpriced')
    await warning.getByText('Some of your domains have no price').waitFor()
    await page
      .getByTestId('unpriced-count')
      .getByText(/renewals? ha(s|ve) no price/)
      .waitFor()
    const ioRow = page
      .getByRole('table', { name: /renewal costs by TLD/ })
      .getByRole('row', { name: /\.io/ })
    expect(await ioRow.textContent()).toContain('no price')
    const addIo = warning.getByRole('button', { name: 'Add a price for .io' })
    await addIo.waitFor()
    await e2e.shot(page, 'costs-unpriced-light-en')

    await addIo.click()
    const register = page.getByRole('spinbutton', { name: 'Register price for .io, in US dollars' })
    await expect.poll(() => hasFocus(register)).toBe(true)
    for (const column of ['Register', 'Renewal', 'Transfer'])
      await typePrice(page, `${column} price for .io, in US dollars`, '39.99')
    await page.getByRole('button', { name: 'Save prices' }).click()
    await page.getByRole('status').getByText('Prices saved.').waitFor()
    await expect.poll(() => warning.count()).toBe(0)
    expect(await ioRow.textContent()).not.toContain('no price')
    expect(errors).toEqual([])
    await context.close()
  })

  it('reads well in both themes and both languages, with no serious accessibility problems', async () => {
    const problems: string[] = []
    for (const [scheme, language] of COMBOS) {
      const { page, context, errors } = await openCosts(scheme, language)
      expect(
        await page.evaluate(
          () => (globalThis as unknown as { document: PageDocument }).document.documentElement.lang,
        ),
      ).toBe(language)
      expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1)
      // Every part of the page at once: the layout scrolls inside the window, not the document.
      await page.setViewportSize({ width: 1360, height: 2900 })
      await page.waitForTimeout(300)
      // The keep-everything series in this scheme's shade: orange-600 on light, 300 on dark.
      expect(await pixelsNear(page, scheme === 'dark' ? '#fdba74' : '#ea580c')).toBeGreaterThan(100)
      await e2e.shot(page, `costs-page-${scheme}-${language}`)
      for (const v of await seriousViolations(page))
        problems.push(`${scheme} ${language}: ${v.id} (${v.impact}) at ${v.targets.join(', ')}`)
      problems.push(...errors.map((e) => `${scheme} ${language}: console: ${e}`))
      await context.close()
    }
    expect(problems).toEqual([])
  })
})
