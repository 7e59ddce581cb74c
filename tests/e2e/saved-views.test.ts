/**
 * Saved views in Chromium through the web preview with the demo account: filter, sort and hide a
 * column, save that under a name (a taken name is refused with the reason), leave, and open it
 * again from the sidebar and from the command palette; rename it and delete it (after a
 * confirmation) from its sidebar menu, by keyboard. Screens in light and dark, English and
 * Armenian, checked with axe. With a 10,000-domain sandbox: a filtered, sorted view opened from
 * the sidebar shows the same count and the same first row as when it was saved.
 */
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEFAULT_LAYOUT } from '../../electron/shared/views/saved-view'
import { FOCUSED_WHEN_STILL } from './support/animations'
import { seriousViolations } from './support/axe'
import { COMBOS, startE2E, type E2E } from './support/preview'

let e2e: E2E
beforeAll(async () => {
  e2e = await startE2E()
})
afterAll(() => e2e?.close())

/** The role of the element with focus (a string: the node project has no DOM types). */
const FOCUSED_ROLE = `document.activeElement?.getAttribute('role') ?? ''`
const count = (page: Page) => page.getByTestId('portfolio-count').textContent()
const headers = (page: Page) =>
  page.locator('[data-testid="portfolio-table"] thead th').allTextContents()

/** The portfolio's state as the page shows it: the pressed filter, the sort, the columns. */
async function shownState(page: Page) {
  return {
    autoRenewOff: await page.getByTestId('quick-autoRenewOff').getAttribute('aria-pressed'),
    expiresSort: await page
      .locator('[data-testid="portfolio-table"] thead th', { hasText: 'Expires' })
      .getAttribute('aria-sort'),
    tagsShown: (await headers(page)).some((h) => h.includes('Tags')),
  }
}
const SAVED = { autoRenewOff: 'true', expiresSort: 'ascending', tagsShown: false }

/** Clears the filter, sorts by name and shows every column again: not the saved state. */
async function scramble(page: Page): Promise<void> {
  await page.getByTestId('quick-autoRenewOff').click()
  await page.getByRole('columnheader', { name: /Domain/ }).click()
  await page.getByTestId('portfolio-columns').click()
  await page.getByRole('option', { name: 'Tags' }).click()
  await page.keyboard.press('Escape')
  await expect
    .poll(() => shownState(page))
    .toEqual({
      autoRenewOff: 'false',
      expiresSort: 'none',
      tagsShown: true,
    })
}

describe('saved views', () => {
  it('saves, reopens from the sidebar and the palette, renames and deletes a view', async () => {
    const { page, context, errors } = await e2e.open('#/portfolio')
    await page.getByRole('cell', { name: 'alpinefarm.dev', exact: true }).waitFor()
    const all = await count(page)

    // Filter, sort and hide a column.
    await page.getByTestId('quick-autoRenewOff').click()
    await expect.poll(() => count(page)).not.toBe(all)
    await page.getByRole('columnheader', { name: /Expires/ }).click()
    await page.getByTestId('portfolio-columns').click()
    await page.getByRole('option', { name: 'Tags' }).click()
    await page.keyboard.press('Escape')
    await expect.poll(() => shownState(page)).toEqual(SAVED)
    const filtered = await count(page)

    // Save it; the same name in other letter case is refused with the reason.
    await page.getByTestId('save-view').click()
    const dialog = page.getByRole('dialog', { name: 'Save this view' })
    // The name field has the focus, and keeps it once the dialog has finished opening.
    await dialog.getByLabel('Name').waitFor()
    expect(await page.evaluate(FOCUSED_WHEN_STILL)).toBe('view-name')
    await dialog.getByLabel('Name').fill('  Renew by hand ')
    await dialog.getByRole('button', { name: 'Save' }).click()
    await dialog.waitFor({ state: 'detached' })
    const link = page.getByRole('link', { name: 'Renew by hand' })
    await link.waitFor()
    await page.getByTestId('save-view').click()
    await dialog.getByLabel('Name').fill('RENEW BY HAND')
    await dialog.getByRole('button', { name: 'Save' }).click()
    await dialog
      .getByRole('alert')
      .getByText(/There is already a view called “RENEW BY HAND”/)
      .waitFor()
    expect(await dialog.getByLabel('Name').inputValue()).toBe('RENEW BY HAND')
    await dialog.getByRole('button', { name: 'Cancel' }).click()

    // Leave, change everything, and open the view from the sidebar.
    await page.getByRole('link', { name: 'Renewal calendar' }).click()
    await page.getByRole('link', { name: 'Portfolio', exact: true }).click()
    await scramble(page)
    await page.getByRole('link', { name: 'Renewal calendar' }).click()
    await link.click()
    await expect.poll(() => shownState(page)).toEqual(SAVED)
    await expect.poll(() => count(page)).toBe(filtered)
    await expect.poll(() => page.url()).toMatch(/#\/portfolio$/)

    // And from the command palette.
    await scramble(page)
    await page.keyboard.press('Control+K')
    await page.getByRole('combobox', { name: 'Search domains and actions' }).fill('open view')
    await page.getByRole('option', { name: 'Open view: Renew by hand' }).waitFor()
    await page.keyboard.press('Enter')
    await expect.poll(() => shownState(page)).toEqual(SAVED)
    await expect.poll(() => count(page)).toBe(filtered)

    // Rename from the view's menu, by keyboard.
    await page.getByRole('button', { name: 'Actions for the view “Renew by hand”' }).focus()
    await page.keyboard.press('Enter')
    await page.getByRole('menuitem', { name: 'Rename…' }).waitFor()
    // The menu takes the focus once it has appeared; the arrow then moves to its first item.
    await expect.poll(() => page.evaluate(FOCUSED_ROLE), { timeout: 10_000 }).toBe('menu')
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('Enter')
    const rename = page.getByRole('dialog', { name: 'Rename the view “Renew by hand”' })
    await rename.getByLabel('Name').waitFor()
    expect(await page.evaluate(FOCUSED_WHEN_STILL)).toBe('view-name')
    await rename.getByLabel('Name').fill('Manual renewals')
    await page.keyboard.press('Enter')
    await page.getByRole('link', { name: 'Manual renewals' }).waitFor()
    expect(await link.count()).toBe(0)

    // Delete, after the confirmation.
    await page.getByRole('link', { name: 'Manual renewals' }).focus()
    await page.keyboard.press('Shift+F10')
    await page.getByRole('menuitem', { name: 'Delete…' }).click()
    const confirm = page.getByRole('alertdialog', { name: 'Delete the view “Manual renewals”?' })
    await confirm.getByRole('button', { name: 'Delete' }).click()
    await page.getByRole('link', { name: 'Manual renewals' }).waitFor({ state: 'detached' })
    expect(e2e.preview.services.views.list(e2e.preview.demoAccountId!)).toEqual([])
    expect(errors).toEqual([])
    await context.close()
  })

  it('keeps the columns chosen and the widths dragged when the app opens again', async () => {
    const first = await e2e.open('#/portfolio')
    const page = first.page
    await page.getByRole('cell', { name: 'alpinefarm.dev', exact: true }).waitFor()
    await page.getByTestId('portfolio-columns').click()
    await page.getByRole('option', { name: 'Registrar' }).click()
    await page.keyboard.press('Escape')
    await expect.poll(async () => (await headers(page)).join('|')).not.toContain('Registrar')
    const status = page.locator('[data-testid="portfolio-table"] thead th.col-status')
    const before = (await status.boundingBox())!.width
    const edge = (await status.locator('.col-resizer').boundingBox())!
    await page.mouse.move(edge.x + edge.width / 2, edge.y + edge.height / 2)
    await page.mouse.down()
    await page.mouse.move(edge.x + 80, edge.y + edge.height / 2, { steps: 5 })
    await page.mouse.up()
    await expect
      .poll(() => e2e.preview.services.views.layout().widths.status ?? 0)
      .toBeGreaterThan(before + 40)
    expect(e2e.preview.services.views.layout().columns).not.toContain('registrar')
    const kept = e2e.preview.services.views.layout().widths.status!
    expect(first.errors).toEqual([])
    await first.context.close()

    const again = await e2e.open('#/portfolio')
    await again.page.getByRole('cell', { name: 'alpinefarm.dev', exact: true }).waitFor()
    expect((await headers(again.page)).some((h) => h.includes('Registrar'))).toBe(false)
    const width = (await again.page
      .locator('[data-testid="portfolio-table"] thead th.col-status')
      .boundingBox())!.width
    expect(Math.abs(width - kept)).toBeLessThan(2)
    await again.context.close()
    e2e.preview.services.views.setLayout(DEFAULT_LAYOUT)
  })

  for (const [scheme, language] of COMBOS) {
    it(`reads well and passes axe (${scheme}, ${language})`, async () => {
      const accountId = e2e.preview.demoAccountId!
      const name = language === 'hy' ? `Ձեռքով ${scheme}` : `By hand ${scheme}`
      const view = e2e.preview.services.views.save(accountId, {
        name,
        state: {
          columns: ['status', 'expires', 'autoRenew', 'registrar'],
          widths: { registrar: 220 },
          status: null,
          search: '',
          quick: ['autoRenewOff'],
          tag: null,
          registrar: null,
          sort: { by: 'expires', dir: 'asc' },
        },
      })
      const { page, context, errors } = await e2e.open(`#/portfolio?view=${view.id}`, {
        scheme,
        language,
      })
      await page.getByTestId(`sidebar-view-${view.id}`).waitFor()
      await page.locator('[data-testid="portfolio-table"] tbody tr[data-index]').first().waitFor()
      await expect
        .poll(() => page.locator('[data-testid="portfolio-table"] thead th').count())
        .toBe(6)
      await page.getByTestId(`sidebar-view-menu-${view.id}`).click()
      await page.getByRole('menu').waitFor()
      expect(await seriousViolations(page)).toEqual([])
      await e2e.shot(page, `saved-views-${scheme}-${language}`)
      await page.keyboard.press('Escape')

      await page.getByTestId('save-view').click()
      await page.getByTestId('view-name').fill(name.toUpperCase())
      await page.getByTestId('view-name').press('Enter')
      await page.locator('#view-name-error').waitFor()
      expect(await seriousViolations(page)).toEqual([])
      await e2e.shot(page, `saved-views-dialog-${scheme}-${language}`)
      expect(errors).toEqual([])
      e2e.preview.services.views.remove(accountId, view.id)
      await context.close()
    })
  }
})

describe('saved views of a 10,000-domain account', () => {
  let big: E2E
  beforeAll(async () => {
    big = await startE2E({ services: { demo: { domains: 10_000, clockSpeed: 0 } } })
  }, 300_000)
  afterAll(() => big?.close())

  it('opens from the sidebar with the same count and the same first row', async () => {
    const { page, context, errors } = await big.open('#/portfolio')
    const firstRow = page.locator('[data-testid="portfolio-table"] tbody tr[data-index]').first()
    await firstRow.waitFor({ timeout: 60_000 })
    const all = await count(page)
    await page.getByTestId('quick-autoRenewOff').click()
    await expect.poll(() => count(page), { timeout: 60_000 }).not.toBe(all)
    await page.getByRole('columnheader', { name: /Expires/ }).click()
    const expires = page.locator('[data-testid="portfolio-table"] thead th', { hasText: 'Expires' })
    await expect
      .poll(() => expires.getAttribute('aria-sort'), { timeout: 60_000 })
      .toBe('ascending')
    // Both the count and the first row have settled before they are remembered.
    let saved = { total: '', first: '' }
    await expect
      .poll(
        async () => {
          const now = { total: (await count(page)) ?? '', first: await firstRow.innerText() }
          const same = now.total === saved.total && now.first === saved.first
          saved = now
          return same
        },
        { timeout: 60_000, interval: 1_000 },
      )
      .toBe(true)

    await page.getByTestId('save-view').click()
    const dialog = page.getByRole('dialog', { name: 'Save this view' })
    await dialog.getByLabel('Name').fill('Big renew by hand')
    await dialog.getByRole('button', { name: 'Save' }).click()
    await dialog.waitFor({ state: 'detached', timeout: 60_000 })
    const link = page.getByRole('link', { name: 'Big renew by hand' })
    await link.waitFor({ timeout: 60_000 })

    // Undo the filter, leave, and open the view from the sidebar.
    await page.getByTestId('quick-autoRenewOff').click()
    await expect.poll(() => count(page), { timeout: 60_000 }).toBe(all)
    await page.getByRole('link', { name: 'Renewal calendar' }).click()
    await page.getByRole('heading', { name: 'Renewal calendar', level: 1 }).waitFor()
    await link.click()
    await expect.poll(() => count(page), { timeout: 60_000 }).toBe(saved.total)
    await expect.poll(() => firstRow.innerText(), { timeout: 60_000 }).toBe(saved.first)
    expect(await page.getByTestId('quick-autoRenewOff').getAttribute('aria-pressed')).toBe('true')
    await big.shot(page, 'saved-views-10k')
    expect(errors).toEqual([])
    await context.close()
  }, 240_000)
})
