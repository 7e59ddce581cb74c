/**
 * An investor-sized account in Chromium through the web preview: 5,000 demo domains, synced and
 * their registrars learnt. Many registrations turning active in one sync raise ONE toast that
 * opens their list, and each stays in the notification centre; the header checkbox selects every
 * match on every page; a bulk lock previews what cannot change (domains at another registrar);
 * the registrar column and the "at another registrar" filter. Screenshots in light and dark,
 * English and Armenian, checked with axe.
 */
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seriousViolations } from './support/axe'
import { COMBOS, startE2E, type E2E } from './support/preview'

const DOMAINS = 5_000

let e2e: E2E
beforeAll(async () => {
  e2e = await startE2E({ services: { demo: { domains: DOMAINS, clockSpeed: 0 } } })
  await e2e.preview.services.detailsBackfill.idle()
}, 300_000)
afterAll(() => e2e?.close())

async function axeProblems(page: Page, where: string): Promise<string[]> {
  return (await seriousViolations(page)).map(
    (v) => `${where}: ${v.id} (${v.impact}) at ${v.targets.slice(0, 3).join(', ')}`,
  )
}

const format = (n: number) => n.toLocaleString('en-US')

/** Waits (bounded) until the element's text is no longer `old`. */
async function expectChange(el: ReturnType<Page['getByTestId']>, old: string): Promise<void> {
  for (let i = 0; i < 100 && (await el.textContent())?.trim() === old; i++)
    await new Promise((resolve) => setTimeout(resolve, 100))
}

describe(`A ${format(DOMAINS)}-domain portfolio end to end`, () => {
  it('groups the registrations that turn active in one sync into one toast that opens their list', async () => {
    const sandbox = await e2e.preview.services.demo.ensure()
    const pending = sandbox.registrar.list().filter((d) => d.status === 'pending').length
    expect(pending).toBeGreaterThan(100)
    const { page, errors } = await e2e.open('#/portfolio')
    await page
      .getByTestId('portfolio-count')
      .getByText(`${format(DOMAINS)} domains`)
      .waitFor()

    sandbox.registrar.clock.advance(900_000)
    await e2e.preview.services.sync.syncNow(e2e.preview.demoAccountId!)
    const toast = page.locator('.notification-toast')
    await toast.getByText(`${format(pending)} registrations are active`).waitFor()
    expect(await toast.count()).toBe(1)
    await e2e.shot(page, 'large-notification-toast')

    await toast.getByRole('button', { name: 'Open' }).click()
    await page.getByTestId('notification-filter').waitFor()
    await page
      .getByTestId('portfolio-count')
      .getByText(`${format(pending)} domains`)
      .waitFor()
    await e2e.shot(page, 'large-notification-list')

    await page.getByTestId('notification-centre-button').click()
    const centre = page.getByTestId('notification-centre')
    await centre.getByText(`${format(pending)} registrations are active`).waitFor()
    await centre.getByRole('button', { name: `Show all ${format(pending)}` }).click()
    // The children arrive after the click: wait for them rather than count at once.
    await expect
      .poll(() => centre.getByTestId('notification-child').count())
      .toBe(Math.min(pending, 500))
    await e2e.shot(page, 'large-notification-centre')
    expect(errors).toEqual([])
  }, 180_000)

  it('selects every match on every page and previews a lock with what cannot change', async () => {
    const { page, errors } = await e2e.open('#/portfolio')
    await page
      .getByTestId('portfolio-count')
      .getByText(`${format(DOMAINS)} domains`)
      .waitFor()
    await page.getByTestId('quick-unlocked').click()
    const count = page.getByTestId('portfolio-count')
    // The count changes once the filtered answer is in.
    await expectChange(count, `${format(DOMAINS)} domains`)
    const matches = Number((await count.textContent())!.replace(/[^\d]/g, ''))
    await page.getByTestId('select-all').click()
    await page
      .getByTestId('bulk-bar')
      .getByText(`${format(matches)} selected`)
      .waitFor()
    await e2e.shot(page, 'large-select-all')

    await page.getByTestId('bulk-bar').getByRole('button', { name: 'Lock', exact: true }).click()
    const dialog = page.getByRole('dialog', { name: 'Lock against transfer' })
    await dialog.getByTestId('bulk-blocked').waitFor()
    const blocked = await dialog.getByTestId('bulk-blocked-count').textContent()
    expect(blocked).toMatch(/^\s*[\d,]+ domains? cannot change\s*$/)
    expect(await dialog.getByTestId('bulk-blocked').textContent()).toContain('Registered at ')
    await e2e.shot(page, 'large-bulk-preview')

    // Sent and stopped at once: the requests on their way finish, the rest wait.
    await dialog.getByTestId('bulk-confirm').click()
    await dialog.getByTestId('bulk-stop').click()
    await dialog.getByTestId('bulk-not-sent').waitFor()
    expect(await dialog.getByTestId('bulk-send-rest').textContent()).toMatch(
      /Send the other [\d,]+/,
    )
    await e2e.shot(page, 'large-bulk-stopped')
    expect(await axeProblems(page, 'stopped bulk change')).toEqual([])
    await dialog.getByTestId('bulk-close').click()
    expect(errors).toEqual([])
  }, 120_000)

  it('shows the registrar column and the at-another-registrar filter in both themes and languages', async () => {
    const problems: string[] = []
    for (const [scheme, language] of COMBOS) {
      const { page, context, errors } = await e2e.open('#/portfolio', { scheme, language })
      await page.getByTestId('quick-transferable').click()
      await page.locator('tbody tr[data-index="0"] .col-registrar').waitFor()
      const registrar = await page.locator('tbody tr[data-index="0"] .col-registrar').textContent()
      expect(registrar?.trim()).not.toBe('VPS.org')
      await e2e.shot(page, `large-transferable-${scheme}-${language}`)
      problems.push(...(await axeProblems(page, `portfolio ${scheme} ${language}`)))
      problems.push(...errors.map((e) => `portfolio ${scheme} ${language}: console: ${e}`))
      await context.close()
    }
    expect(problems).toEqual([])
  }, 180_000)

  it('keeps the domain name wide in a 1024-pixel window, less important columns giving way', async () => {
    const problems: string[] = []
    for (const [scheme, language] of COMBOS) {
      const { page, context, errors } = await e2e.open('#/portfolio', {
        scheme,
        language,
        viewport: { width: 1024, height: 768 },
      })
      const name = page.locator('tbody tr[data-index="0"] td.col-name')
      await name.waitFor()
      const width = await name.evaluate((td) => td.getBoundingClientRect().width)
      // Room for a 20-character name at the table's font size.
      if (width < 176) problems.push(`${scheme} ${language}: domain column ${Math.round(width)}px`)
      // Every column shown ends inside the table's frame: nothing is cut off at the right.
      const cut = await page.locator('.portfolio-table').evaluate((frame) => {
        const right = frame.getBoundingClientRect().right
        return [...frame.querySelectorAll('thead th')]
          .filter((th) => th.getBoundingClientRect().width > 0)
          .filter((th) => th.getBoundingClientRect().right > right + 1)
          .map((th) => th.className)
      })
      if (cut.length) problems.push(`${scheme} ${language}: cut off: ${cut.join(' | ')}`)
      await e2e.shot(page, `large-1024-${scheme}-${language}`)
      problems.push(...(await axeProblems(page, `1024 portfolio ${scheme} ${language}`)))
      problems.push(...errors.map((e) => `1024 ${scheme} ${language}: console: ${e}`))
      await context.close()
    }
    expect(problems).toEqual([])
  }, 180_000)

  it('shows the calendar and asks what to put in the iCal export, in both themes and languages', async () => {
    const problems: string[] = []
    for (const [scheme, language] of COMBOS) {
      const { page, context, errors } = await e2e.open('#/calendar', { scheme, language })
      const strip = page.getByTestId('calendar-year-strip')
      await strip.waitFor()
      // The shown month's card counts what the agenda of that month counts.
      const shown = strip.locator('[aria-current="true"]')
      const card = (await shown.textContent()) ?? ''
      const agenda = (await page
        .getByTestId('calendar-totals')
        .locator('dd')
        .first()
        .textContent())!
      const expiring = agenda.replace(/[^\d]/g, '')
      if (!card.replace(/[\s,]/g, '').includes(expiring))
        problems.push(`${scheme} ${language}: card "${card}" vs agenda ${expiring}`)
      await e2e.shot(page, `large-calendar-${scheme}-${language}`)
      problems.push(...(await axeProblems(page, `calendar ${scheme} ${language}`)))
      await page.getByTestId('calendar-export').click()
      const dialog = page.getByRole('dialog')
      await dialog.locator('#ics-include-lapsing').waitFor()
      await e2e.shot(page, `large-ics-options-${scheme}-${language}`)
      problems.push(...(await axeProblems(page, `iCal options ${scheme} ${language}`)))
      problems.push(...errors.map((e) => `calendar ${scheme} ${language}: console: ${e}`))
      await context.close()
    }
    expect(problems).toEqual([])
  }, 240_000)
})
