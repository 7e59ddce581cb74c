/**
 * The whole app in Chromium through the web preview with the demo registrar: welcome → demo →
 * portfolio (filter, search, sort) → domain page → change a setting → bulk change → register →
 * pending to active → the registrar goes away → the cached portfolio still shows, writes are
 * disabled. Elements are found by role and accessible name; every screen is screenshotted in
 * light and dark, English and Armenian, and checked with axe.
 */
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seriousViolations } from './support/axe'
import { COMBOS, startE2E, type E2E } from './support/preview'

let e2e: E2E
beforeAll(async () => {
  // No demo account yet: the scenario starts on the welcome page. The demo clock runs 120×, so a
  // registration turns active within seconds.
  e2e = await startE2E({ demo: false, services: { demo: { clockSpeed: 120 } } })
})
afterAll(() => e2e?.close())

/**
 * Ticks exactly these rows' checkboxes, each found by searching for it. A row further down is not
 * clicked after scrolling to it: the virtual scroller recycles row elements as it scrolls, so the
 * element Playwright scrolled into view can show another domain by the time it is clicked (a
 * user clicks what is on screen; a test clicks the element it found). A selection by ids outlives
 * the search, as it does for a user who searches for one domain after another.
 */
async function selectRows(page: Page, names: string[]): Promise<void> {
  const search = page.getByRole('searchbox', { name: 'Search domains' })
  for (const name of names) {
    await search.fill(name)
    await expect.poll(() => domainNames(page)).toEqual([name])
    const box = page.getByRole('checkbox', { name: `Select ${name}` })
    await box.click()
    await expect.poll(() => box.getAttribute('aria-checked')).toBe('true')
  }
  await search.fill('')
  // The bar's count, in any language: its number is the count of selected rows.
  await expect
    .poll(
      async () =>
        (await page.locator('[data-testid="bulk-bar"] .bulk-count').textContent())?.match(
          /\d+/,
        )?.[0],
    )
    .toBe(String(names.length))
}

const rows = (page: Page) => page.getByRole('table', { name: 'Domains' }).getByRole('row')

async function domainNames(page: Page): Promise<string[]> {
  const cells = page.getByRole('table', { name: 'Domains' }).locator('tbody tr td:nth-child(2)')
  return (await cells.allTextContents()).map((t) => t.trim()).filter(Boolean)
}

describe('Domain Desk end to end', () => {
  it('goes from the welcome page to a registration that turns active', async () => {
    const { page, errors } = await e2e.open('')
    await page.getByRole('heading', { name: 'Welcome to Domain Desk' }).waitFor()
    await page.getByRole('button', { name: 'Explore with demo data' }).click()

    // Portfolio: filter, search, sort.
    await page.getByRole('heading', { name: 'Portfolio', level: 1 }).waitFor()
    await expect.poll(() => page.getByText(/^40 domains/).count()).toBeGreaterThan(0)
    await page.getByRole('combobox', { name: 'Status' }).click()
    await page.getByRole('option', { name: 'Expired' }).click()
    await expect
      .poll(async () =>
        (await rows(page).allTextContents()).slice(1).every((r) => r.includes('Expired')),
      )
      .toBe(true)
    await page.getByRole('combobox', { name: 'Status' }).click()
    await page.getByRole('option', { name: 'All statuses' }).click()
    const autoRenewOff = page.getByRole('button', { name: 'Auto-renew off' })
    await autoRenewOff.click()
    await expect.poll(() => autoRenewOff.getAttribute('aria-pressed')).toBe('true')
    await autoRenewOff.click()
    await page.getByRole('searchbox', { name: 'Search domains' }).fill('myapp')
    await expect.poll(() => domainNames(page)).toEqual(['myapp.io'])
    await page.getByRole('searchbox', { name: 'Search domains' }).fill('')
    await page.getByRole('columnheader', { name: 'Expires' }).click()
    await expect
      .poll(() => page.getByRole('columnheader', { name: 'Expires' }).getAttribute('aria-sort'))
      .toBe('ascending')

    // Domain page: change a setting; the save is confirmed and the history records it.
    await page.getByRole('searchbox', { name: 'Search domains' }).fill('example.com')
    await expect.poll(() => domainNames(page)).toEqual(['example.com'])
    await page.getByRole('cell', { name: 'example.com', exact: true }).click()
    await page.getByRole('heading', { name: 'example.com', level: 1 }).waitFor()
    await page.getByRole('switch', { name: 'Auto-renew' }).click()
    await page.getByRole('button', { name: 'Save changes' }).click()
    await page.getByText('The new settings are in effect at VPS.org.').first().waitFor()
    await expect
      .poll(() => page.getByRole('region', { name: 'History' }).textContent())
      .toMatch(/Auto-renew/)
    expect(await page.getByRole('switch', { name: 'Auto-renew' }).isChecked()).toBe(false)

    // Bulk change: two domains, preview, confirm, per-domain results.
    await page.getByRole('link', { name: 'Back to the portfolio' }).click()
    await selectRows(page, ['example.com', 'myapp.io'])
    await page.getByText('2 selected').waitFor()
    await page
      .getByRole('group', { name: 'Auto-renew' })
      .getByRole('button', { name: 'Turn on' })
      .click()
    const dialog = page.getByRole('dialog', { name: 'Turn auto-renew on' })
    await dialog.getByText('2 domains will change').waitFor()
    await dialog.getByRole('button', { name: 'Change 2 domains' }).click()
    await dialog.getByText('2 domains changed').waitFor()
    await e2e.shot(page, 'flow-bulk-results')
    await dialog.getByRole('button', { name: 'Close' }).first().click()

    // Register: estimate first, one confirmation, the charge, then pending → active.
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Register a domain' })
      .click()
    await page.getByRole('textbox', { name: 'Domain name' }).fill('end-to-end-test.com')
    await page.getByText('$12.99 for 1 year').waitFor()
    await page.getByText(/Estimate from the price table/).waitFor()
    await page.getByRole('button', { name: 'Review' }).click()
    const confirm = page.getByRole('dialog', { name: 'Confirm the registration' })
    await confirm.getByText('Register end-to-end-test.com for 1 year — estimated $12.99').waitFor()
    await e2e.shot(page, 'flow-register-confirm')
    await confirm.getByRole('button', { name: 'Confirm and register' }).dblclick()
    expect(await page.getByTestId('charged').textContent()).toMatch(
      /Charged \$12\.99 — exactly as estimated/,
    )
    await page.getByRole('progressbar', { name: 'Activation of end-to-end-test.com' }).waitFor()
    await e2e.shot(page, 'flow-register-pending')
    await page.getByText('Active', { exact: true }).first().waitFor({ timeout: 60_000 })
    await e2e.shot(page, 'flow-register-active')
    // The notification (an OS one in Electron, a toast here) opens the domain's page.
    const toast = page.getByRole('status').filter({ hasText: 'end-to-end-test.com is active' })
    await toast.waitFor({ timeout: 30_000 })
    await e2e.shot(page, 'flow-notification')
    await toast.getByRole('button', { name: 'Open' }).click()
    await page.getByRole('heading', { name: 'end-to-end-test.com', level: 1 }).waitFor()
    const sandbox = await e2e.preview.services.demo.ensure()
    expect(sandbox.log.since().filter((r) => r.effect === 'domain.created')).toHaveLength(1)
    expect(errors).toEqual([])
  }, 180_000)

  const SCREENS: Array<[string, string, (page: Page) => Promise<unknown>]> = [
    ['welcome', '#/welcome', (p) => p.getByRole('heading', { level: 1 }).waitFor()],
    ['portfolio', '#/portfolio', (p) => p.getByRole('table').locator('tbody tr').first().waitFor()],
    ['domain', '#/domains/101', (p) => p.getByRole('heading', { level: 1 }).waitFor()],
    ['register', '#/registration', (p) => p.getByRole('heading', { level: 1 }).waitFor()],
    ['costs', '#/costs', (p) => p.getByRole('table').first().waitFor()],
    ['settings', '#/settings', (p) => p.getByRole('heading', { level: 1 }).waitFor()],
  ]

  it('shows every screen in both themes and both languages, with no serious accessibility problems', async () => {
    const problems: string[] = []
    for (const [scheme, language] of COMBOS) {
      for (const [name, hash, ready] of SCREENS) {
        const { page, context, errors } = await e2e.open(hash, { scheme, language })
        await ready(page)
        expect(await page.evaluate('document.documentElement.lang')).toBe(language)
        await e2e.shot(page, `${name}-${scheme}-${language}`)
        for (const v of await seriousViolations(page))
          problems.push(
            `${name} ${scheme} ${language}: ${v.id} (${v.impact}) at ${v.targets.slice(0, 3).join(', ')}`,
          )
        problems.push(...errors.map((e) => `${name} ${scheme} ${language}: console: ${e}`))
        await context.close()
      }
    }
    expect(problems).toEqual([])
    // 24 screens with axe each: minutes on a busy machine.
  }, 360_000)

  it('renames the account in a dialog from Settings, which checks the label and closes on save', async () => {
    for (const [scheme, language] of COMBOS) {
      const { page, context, errors } = await e2e.open('#/settings', { scheme, language })
      const name =
        language === 'en' ? 'Rename Demo portfolio' : 'Վերանվանել «Demo portfolio» հաշիվը'
      await page.getByRole('button', { name }).click()
      const dialog = page.getByRole('dialog')
      const label = dialog.getByRole('textbox')
      await label.fill('   ')
      await dialog.locator('button[type="submit"]').click()
      await dialog.getByRole('alert').waitFor()
      expect(await label.getAttribute('aria-invalid')).toBe('true')
      await e2e.shot(page, `settings-rename-${scheme}-${language}`)
      const problems = await seriousViolations(page)
      expect(problems, `${scheme} ${language}`).toEqual([])
      if (scheme === 'light' && language === 'en') {
        await label.fill('My sandbox')
        await dialog.getByRole('button', { name: 'Save' }).click()
        await dialog.waitFor({ state: 'detached' })
        await page.getByRole('button', { name: 'Rename My sandbox' }).waitFor()
        await page.getByRole('button', { name: 'Rename My sandbox' }).click()
        expect(await page.getByRole('dialog').getByRole('textbox').inputValue()).toBe('My sandbox')
        await page.getByRole('dialog').getByRole('textbox').fill('Demo portfolio')
        await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click()
        await page.getByRole('dialog').waitFor({ state: 'detached' })
      }
      expect(errors).toEqual([])
      await context.close()
    }
  }, 120_000)

  it('keeps showing the cached portfolio when VPS.org is gone, with writes disabled and saying why', async () => {
    await (await e2e.preview.services.demo.ensure()).close()
    for (const [scheme, language] of COMBOS) {
      const { page, context } = await e2e.open('#/portfolio', { scheme, language })
      await page.getByRole('table').locator('tbody tr').first().waitFor()
      if (scheme === 'light' && language === 'en') {
        await page.getByRole('button', { name: 'Sync now' }).click()
        await page.getByTestId('offline-banner').waitFor()
        expect(await page.getByTestId('offline-banner').textContent()).toMatch(
          /can't be reached.*changes are disabled/,
        )
        // The failed sync reloads the visible rows; let that settle before clicking in them. The
        // banner may come first (the window's own check finds VPS.org gone at once), while the
        // sync is still retrying.
        await expect
          .poll(() => page.getByRole('button', { name: 'Sync now' }).isEnabled(), {
            timeout: 30_000,
          })
          .toBe(true)
        await page.waitForLoadState('networkidle')
        expect(await rows(page).count()).toBeGreaterThan(10)
        await selectRows(page, ['example.com'])
        expect(
          await page
            .getByRole('group', { name: 'Auto-renew' })
            .getByRole('button', { name: 'Turn on' })
            .isDisabled(),
        ).toBe(true)
      } else {
        await page.getByTestId('offline-banner').waitFor()
      }
      await e2e.shot(page, `offline-portfolio-${scheme}-${language}`)
      expect(await seriousViolations(page)).toEqual([])
      const domain = await e2e.open('#/domains/101', { scheme, language })
      await domain.page.getByRole('heading', { name: 'example.com', level: 1 }).waitFor()
      await domain.page.getByTestId('offline-banner').waitFor()
      expect(await domain.page.getByRole('switch').first().isDisabled()).toBe(true)
      await e2e.shot(domain.page, `offline-domain-${scheme}-${language}`)
      await domain.context.close()
      await context.close()
    }
    const { page } = await e2e.open('#/registration')
    await page.getByRole('textbox', { name: 'Domain name' }).fill('offline-try.com')
    expect(await page.getByRole('button', { name: 'Review' }).isDisabled()).toBe(true)
    await e2e.shot(page, 'offline-register-light-en')
  }, 180_000)
})
