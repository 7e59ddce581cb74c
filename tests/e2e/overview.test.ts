/**
 * The Overview in Chromium through the web preview. With the demo account: `/` lands on it,
 * every count that needs attention opens the portfolio filtered to exactly those domains, a zero
 * says there is nothing to do; screens in light and dark, English and Armenian, checked with
 * axe. With a 10,000-domain sandbox: a count and the filtered portfolio it opens agree with what
 * main's portfolio query returns for the same quick filters.
 */
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PortfolioQuery } from '../../electron/shared/ipc/models'
import { seriousViolations } from './support/axe'
import { COMBOS, startE2E, type E2E } from './support/preview'

const digits = (text: string | null) => Number((text ?? '').replace(/[^\d]/g, ''))

/** The quick filters of an attention link, from its href (`#/portfolio?quick=a&quick=b`). */
async function quickOf(link: ReturnType<Page['locator']>): Promise<PortfolioQuery['quick']> {
  const href = (await link.getAttribute('href'))!
  return new URLSearchParams(href.split('?')[1]).getAll('quick') as PortfolioQuery['quick']
}

/** Follows one attention link and checks the portfolio it opens. */
async function followToPortfolio(e2e: E2E, page: Page, kind: string): Promise<number> {
  const link = page.getByTestId(`attention-${kind}`).locator('a')
  const shown = digits(await link.locator('.attention-count').textContent())
  const quick = await quickOf(link)
  const expected = await e2e.preview.services.portfolio.list(e2e.preview.demoAccountId!, {
    quick,
    limit: 1,
  })
  expect(shown).toBe(expected.total)
  await link.click()
  await page.getByRole('heading', { name: 'Portfolio', level: 1 }).waitFor()
  await expect
    .poll(async () => digits(await page.getByTestId('portfolio-count').textContent()))
    .toBe(shown)
  for (const q of quick ?? []) {
    const toggle = page.getByTestId(`quick-${q}`)
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true')
  }
  return shown
}

describe('the Overview with the demo account', () => {
  let e2e: E2E
  beforeAll(async () => {
    e2e = await startE2E()
  }, 120_000)
  afterAll(() => e2e?.close())

  it('is the landing page, and each count opens exactly those domains', async () => {
    const { page, context, errors } = await e2e.open('#/')
    await page.getByRole('heading', { name: 'Overview', level: 1 }).waitFor()
    expect(page.url()).toMatch(/#\/overview$/)
    await page.getByTestId('attention-list').waitFor()
    expect(digits(await page.getByTestId('overview-total').textContent())).toBe(40)
    const links = page.getByTestId('attention-list').locator('a')
    expect(await links.count()).toBeGreaterThan(0)
    const fine = page.locator('[data-testid="attention-list"] li.is-fine')
    for (let i = 0; i < (await fine.count()); i++)
      expect(await fine.nth(i).textContent()).toContain('nothing to do')
    const expired = page.getByTestId('attention-expired').locator('a')
    if ((await expired.count()) > 0) {
      const shown = await followToPortfolio(e2e, page, 'expired')
      expect(shown).toBeGreaterThan(0)
    }
    await page.getByRole('link', { name: 'Overview', exact: true }).click()
    await page.getByRole('heading', { name: 'Overview', level: 1 }).waitFor()
    expect(errors).toEqual([])
    await context.close()
  }, 60_000)

  for (const [scheme, language] of COMBOS) {
    it(`is readable and accessible (${scheme}, ${language})`, async () => {
      const { page, context, errors } = await e2e.open('#/overview', { scheme, language })
      await page.getByTestId('attention-list').waitFor()
      await page.getByTestId('overview-renewals-table').waitFor()
      expect(await page.locator('canvas[role="img"]').count()).toBe(5)
      expect(await page.getByTestId('overview-synced').count()).toBeGreaterThanOrEqual(7)
      expect(await seriousViolations(page)).toEqual([])
      await e2e.shot(page, `overview-${scheme}-${language}`)
      await page.getByTestId('overview-tld-table').scrollIntoViewIfNeeded()
      await e2e.shot(page, `overview-charts-${scheme}-${language}`)
      expect(errors).toEqual([])
      await context.close()
    }, 60_000)
  }
})

describe('the Overview of a 10,000-domain portfolio', () => {
  let e2e: E2E
  beforeAll(async () => {
    e2e = await startE2E({ services: { demo: { domains: 10_000, clockSpeed: 0 } } })
  }, 300_000)
  afterAll(() => e2e?.close())

  it('links a count to the portfolio filtered to exactly those domains', async () => {
    const { page, context, errors } = await e2e.open('#/overview')
    await page.getByTestId('attention-list').waitFor({ timeout: 30_000 })
    expect(digits(await page.getByTestId('overview-total').textContent())).toBe(10_000)
    const kinds = ['expiringAutoRenewOff', 'unlockedNoTransfer', 'expired']
    let kind: string | undefined
    for (const k of kinds)
      if ((await page.getByTestId(`attention-${k}`).locator('a').count()) > 0) {
        kind = k
        break
      }
    expect(kind, 'a 10,000-domain demo has something that needs attention').toBeDefined()
    const shown = await followToPortfolio(e2e, page, kind!)
    expect(shown).toBeGreaterThan(0)
    await e2e.shot(page, `overview-10k-${kind}-portfolio`)
    expect(errors).toEqual([])
    await context.close()
  }, 120_000)
})
