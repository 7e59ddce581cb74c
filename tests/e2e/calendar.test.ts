/**
 * The renewal calendar in Chromium through the web preview with the demo registrar: a domain with
 * its risk in words, paging months (buttons and keys), the 30-day window against main's own
 * answer, opening a domain, the .ics export parsed back with ical.js, every theme and language with
 * axe, and the calendar and its export still working once VPS.org is gone.
 */
import { readFileSync } from 'node:fs'
import ICAL from 'ical.js'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { localDay } from '../../electron/shared/calendar/dates'
import { seriousViolations } from './support/axe'
import { COMBOS, startE2E, type E2E } from './support/preview'

const DAY = 86_400_000
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August'].concat([
  'September',
  'October',
  'November',
  'December',
])

let e2e: E2E
let accountId: string
beforeAll(async () => {
  e2e = await startE2E()
  accountId = (await e2e.preview.services.accounts.list())[0]!.id
})
afterAll(() => e2e?.close())

/** "January 2027" for `2027-01`. */
const title = (month: string) => `${MONTHS[Number(month.slice(5)) - 1]} ${month.slice(0, 4)}`

const monthHeading = (page: Page, month: string) =>
  page.getByRole('heading', { name: title(month), level: 2, exact: true })

const pageZone = (page: Page) =>
  page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)

async function ready(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1 }).waitFor()
  await page.getByTestId('calendar-year-strip').waitFor()
  await page.locator('[data-testid="calendar-grid"][aria-busy="false"]').waitFor()
}

/** Exports with the dialog's defaults (every domain, any date, reminders), and reads it back. */
async function exportIcs(page: Page): Promise<ICAL.Component> {
  await page.getByRole('button', { name: 'Export to calendar (.ics)' }).click()
  const dialog = page.getByRole('dialog', { name: 'Export to calendar' })
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Export', exact: true }).click(),
  ])
  expect(download.suggestedFilename()).toBe('domain-desk-renewals.ics')
  return new ICAL.Component(ICAL.parse(readFileSync(await download.path(), 'utf8')))
}

function expectRenewalEvents(calendar: ICAL.Component, domains: number): void {
  const events = calendar.getAllSubcomponents('vevent')
  expect(events).toHaveLength(domains)
  for (const event of events) {
    const triggers = event
      .getAllSubcomponents('valarm')
      .map((a) => (a.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds())
    // An expired domain gets no reminders: they would fall on days already past.
    const expired = String(event.getFirstPropertyValue('summary')).endsWith('has expired')
    expect(triggers.sort((a, b) => a - b)).toEqual(expired ? [] : [-30 * 86_400, -7 * 86_400])
  }
  expect(
    events.some((e) => String(e.getFirstPropertyValue('summary')).includes('example.com')),
  ).toBe(true)
}

describe('renewal calendar end to end', () => {
  it('shows risks, pages months, windows the agenda, opens a domain and exports', async () => {
    const { page, errors } = await e2e.open('#/calendar')
    await ready(page)
    await page.getByRole('heading', { name: 'Renewal calendar', level: 1 }).waitFor()
    const zone = await pageZone(page)
    const now = Date.now()
    const thisMonth = localDay(now, zone).slice(0, 7)
    await monthHeading(page, thisMonth).waitFor()

    // example.com renews every year on its anniversary, with auto-renew on: jump to that month.
    const year = e2e.preview.services.planning.calendar(accountId, {
      from: new Date(now).toISOString(),
      to: new Date(now + 366 * DAY).toISOString(),
    })
    const example = year.find((e) => e.name === 'example.com')!
    const exampleMonth = localDay(Date.parse(example.expiresAt), zone).slice(0, 7)
    await page.getByTestId('calendar-year-strip').locator(`[data-month="${exampleMonth}"]`).click()
    await monthHeading(page, exampleMonth).waitFor()
    const grid = page.getByRole('grid', { name: `Expirations in ${title(exampleMonth)}` })
    const link = grid.getByRole('link', { name: /^example\.com, Will renew for \$\d+\.\d\d, / })
    await link.waitFor()
    const agenda = page.getByRole('region', { name: `Expiring in ${title(exampleMonth)}` })
    await agenda
      .getByText(/^Will renew for \$\d+\.\d\d$/)
      .first()
      .waitFor()
    await e2e.shot(page, 'calendar-example-month')

    // Paging: buttons, then Page Down on the focused day, then back to today.
    await page.getByRole('button', { name: 'Next month' }).click()
    const next = exampleMonth.endsWith('-12')
      ? `${Number(exampleMonth.slice(0, 4)) + 1}-01`
      : `${exampleMonth.slice(0, 5)}${String(Number(exampleMonth.slice(5)) + 1).padStart(2, '0')}`
    await monthHeading(page, next).waitFor()
    await page.getByRole('button', { name: 'Previous month' }).click()
    await monthHeading(page, exampleMonth).waitFor()
    await page.locator('[data-testid="calendar-grid"] td[tabindex="0"]').focus()
    await page.keyboard.press('PageDown')
    await monthHeading(page, next).waitFor()
    const focused = page.locator('[data-testid="calendar-grid"] td:focus')
    const before = await focused.getAttribute('data-day')
    expect(before?.slice(0, 7)).toBe(next)
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => focused.getAttribute('data-day')).not.toBe(before)
    expect(await focused.textContent()).toMatch(/^\s*\d+\s*\w+day, /)
    await page.getByRole('button', { name: 'Today', exact: true }).click()
    await monthHeading(page, thisMonth).waitFor()
    await page.locator('[data-testid="calendar-grid"] td[aria-current="date"]').waitFor()

    // The 30-day window: the same domains main finds for [now, now + 30 days).
    await page.getByRole('button', { name: 'Next 30 days' }).click()
    await expect
      .poll(() => page.getByRole('button', { name: 'Next 30 days' }).getAttribute('aria-pressed'))
      .toBe('true')
    const windowed = page.getByRole('region', { name: 'Expiring in the next 30 days' })
    await windowed.waitFor()
    const soon = e2e.preview.services.planning.calendar(accountId, {
      from: new Date(now).toISOString(),
      to: new Date(now + 30 * DAY).toISOString(),
    })
    await expect
      .poll(() => page.getByTestId('calendar-totals').locator('dd').first().textContent())
      .toMatch(new RegExp(`^\\s*${soon.length}\\s*$`))
    if (soon.length === 0) await windowed.getByText('No domains expire in this period').waitFor()
    else
      await windowed.getByRole('link', { name: new RegExp(`^${soon[0]!.unicodeName}, `) }).waitFor()
    await e2e.shot(page, 'calendar-window-30')

    await page.getByTestId('calendar-year-strip').locator(`[data-month="${exampleMonth}"]`).click()
    // By keyboard: Tab reaches the domain's link, Enter opens it.
    await link.focus()
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { name: 'example.com', level: 1 }).waitFor()
    expect(page.url()).toMatch(/#\/domains\/101$/)

    // Export: one event per domain, each with alarms 30 and 7 days before.
    await page.goBack()
    await ready(page)
    const domains = e2e.preview.services.planning.calendar(accountId, {
      from: '1970-01-01T00:00:00Z',
      to: '9999-01-01T00:00:00Z',
    }).length
    expectRenewalEvents(await exportIcs(page), domains)
    expect(errors).toEqual([])
  }, 180_000)

  it('looks right in both themes and languages, with no serious accessibility problems', async () => {
    const problems: string[] = []
    for (const [scheme, language] of COMBOS) {
      const { page, context, errors } = await e2e.open('#/calendar', { scheme, language })
      await ready(page)
      expect(await page.locator('html').getAttribute('lang')).toBe(language)
      await e2e.shot(page, `calendar-${scheme}-${language}`)
      await page.locator('#calendar-agenda').scrollIntoViewIfNeeded()
      await e2e.shot(page, `calendar-agenda-${scheme}-${language}`)
      for (const v of await seriousViolations(page))
        problems.push(
          `${scheme} ${language}: ${v.id} (${v.impact}) at ${v.targets.slice(0, 3).join(', ')}`,
        )
      problems.push(...errors.map((e) => `${scheme} ${language}: console: ${e}`))
      await context.close()
    }
    expect(problems).toEqual([])
  }, 180_000)

  it('still shows the calendar and exports it once VPS.org is gone', async () => {
    await (await e2e.preview.services.demo.ensure()).close()
    await e2e.preview.services.sync.syncNow(accountId).catch(() => {})
    const { page } = await e2e.open('#/calendar')
    await ready(page)
    await page.getByTestId('calendar-offline').waitFor()
    await page.getByRole('button', { name: 'Next 90 days' }).click()
    await page.getByRole('region', { name: 'Expiring in the next 90 days' }).waitFor()
    await page
      .getByTestId('calendar-agenda-table')
      .locator('tbody tr')
      .last()
      .scrollIntoViewIfNeeded()
    await e2e.shot(page, 'calendar-offline-agenda-light-en')
    await page.getByTestId('calendar-offline').scrollIntoViewIfNeeded()
    await e2e.shot(page, 'calendar-offline-light-en')
    expect(await seriousViolations(page)).toEqual([])
    const calendar = await exportIcs(page)
    expect(calendar.getAllSubcomponents('vevent').length).toBeGreaterThan(10)
  }, 180_000)
})
