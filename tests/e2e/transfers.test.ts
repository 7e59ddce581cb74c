/**
 * Transfers and portfolio files in Chromium through the web preview with the demo registrar:
 * start a transfer of myapp.io (checklist, auth code, one confirmation naming the fee), see it
 * pending with next steps, tick one, move the sandbox's clock past completion, sync, see it
 * completed; export the portfolio CSV and import a tags CSV with a preview. The transfers page is
 * screenshotted in light and dark, English and Armenian, and checked with axe, as is a transfer
 * whose answer was lost, which the user settles.
 */
import { readFile } from 'node:fs/promises'
import Papa from 'papaparse'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seriousViolations } from './support/axe'
import { COMBOS, startE2E, type E2E } from './support/preview'

const DAY = 86_400_000

let e2e: E2E
beforeAll(async () => {
  // The demo account is connected and synced before the first page opens.
  e2e = await startE2E()
})
afterAll(() => e2e?.close())

/** axe's serious and critical findings, as readable lines. */
async function axeProblems(page: Page, where: string): Promise<string[]> {
  return (await seriousViolations(page)).map(
    (v) => `${where}: ${v.id} (${v.impact}) at ${v.targets.slice(0, 3).join(', ')}`,
  )
}

const card = (page: Page, name: string) => page.getByTestId(`transfer-${name}`)

/** Lets a dialog's opening animation finish before a screenshot. */

describe('Transfers and portfolio files end to end', () => {
  it('starts a transfer of myapp.io, follows its steps, and sees it complete after a sync', async () => {
    const sandbox = await e2e.preview.services.demo.ensure()
    const authCode = sandbox.registrar.get(102).authCode
    const { page, errors } = await e2e.open('#/transfers')
    await page.getByRole('heading', { name: 'Transfers', level: 1 }).waitFor()

    // Pick the domain by typing part of its name.
    await page.getByRole('combobox', { name: 'Domain to transfer' }).fill('myapp')
    await page.getByRole('option', { name: /myapp\.io/ }).click()
    const requirements = page.getByRole('list', { name: 'Requirements for transferring myapp.io' })
    await requirements.waitFor()
    expect(await requirements.getByRole('listitem').count()).toBe(6)
    expect(await page.getByTestId('check-registeredElsewhere').textContent()).toContain(
      'Registered at Namecheap, Inc.',
    )
    expect(await page.getByTestId('check-unlocked').getAttribute('data-state')).toBe('met')
    await page.getByText('$39.99 (estimate from the price table)').waitFor()

    // Start stays disabled until both confirmations are ticked and the code is typed.
    const start = page.getByRole('button', { name: 'Start transfer…' })
    expect(await start.isDisabled()).toBe(true)
    await page.getByLabel('I have the current EPP/auth code').check()
    await page.getByLabel('I can read mail sent to the WHOIS e-mail address').check()
    expect(await start.isDisabled()).toBe(true)
    await page.getByLabel('EPP/auth code', { exact: true }).fill(authCode)
    expect(await start.isEnabled()).toBe(true)
    await start.click()

    const confirm = page.getByRole('dialog', { name: 'Confirm the transfer' })
    await confirm.getByText('Transfer myapp.io to VPS.org — estimated fee $39.99').waitFor()
    await e2e.shot(page, 'transfers-confirm')
    await confirm.getByRole('button', { name: 'Confirm and start the transfer' }).dblclick()
    await page.getByText('VPS.org accepted the transfer of myapp.io').waitFor()
    expect(sandbox.log.since().filter((r) => r.effect === 'transfer.initiated')).toHaveLength(1)

    // Pending, with next steps to tick and a history.
    const transfer = card(page, 'myapp.io')
    expect(await transfer.getByTestId('transfer-state').textContent()).toBe('In progress')
    const steps = transfer.getByRole('group', { name: 'Next steps for myapp.io' })
    expect(await steps.getByRole('checkbox').count()).toBe(4)
    const first = steps.getByRole('checkbox', {
      name: 'Check email for transfer authorization request',
    })
    await first.check()
    await expect.poll(() => first.isChecked()).toBe(true)
    await expect.poll(() => first.isEnabled()).toBe(true)
    const history = transfer.getByRole('list', { name: 'Transfer history of myapp.io' })
    await history.getByText('Step done: Check email for transfer authorization request').waitFor()
    expect(await history.getByRole('listitem').count()).toBe(2)
    expect(await transfer.getByTestId('transfer-charged').textContent()).toContain('$39.99')
    await transfer.scrollIntoViewIfNeeded()
    await e2e.shot(page, 'transfers-pending')

    // A week later (on the sandbox's clock), a sync notices VPS.org became the registrar.
    sandbox.registrar.clock.advance(7 * DAY)
    await page.getByRole('button', { name: 'Sync now' }).click()
    await expect
      .poll(() => transfer.getByTestId('transfer-state').textContent(), { timeout: 30_000 })
      .toBe('Completed')
    await history.getByText('Transfer completed: VPS.org is now the registrar').waitFor()
    await page.getByText('The transfer of myapp.io is complete').waitFor()
    expect(await first.isChecked()).toBe(true)
    await e2e.shot(page, 'transfers-completed')
    expect(errors).toEqual([])
  }, 120_000)

  it('shows the transfers page in both themes and both languages with no serious accessibility problems', async () => {
    // A domain still at another registrar and transferable, so the checklist shows every kind
    // of item next to the completed transfer of myapp.io.
    const sandbox = await e2e.preview.services.demo.ensure()
    const now = sandbox.registrar.clock.now()
    const other = sandbox.registrar
      .list({ status: 'active' })
      .find(
        (d) =>
          d.registrar !== 'VPS.org' &&
          !d.locked &&
          d.whoisEmailReachable &&
          now - d.registeredAt > 90 * DAY,
      )
    const problems: string[] = []
    for (const [scheme, language] of COMBOS) {
      const { page, context, errors } = await e2e.open(`#/transfers?domain=${other?.id ?? 102}`, {
        scheme,
        language,
      })
      await page.locator('[data-testid="check-includesRenewal"]').waitFor()
      await card(page, 'myapp.io').waitFor()
      expect(await page.locator('html').getAttribute('lang')).toBe(language)
      expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1)
      await e2e.shot(page, `transfers-${scheme}-${language}`)
      problems.push(...(await axeProblems(page, `transfers ${scheme} ${language}`)))
      await card(page, 'myapp.io').scrollIntoViewIfNeeded()
      await e2e.shot(page, `transfers-list-${scheme}-${language}`)
      problems.push(...errors.map((e) => `transfers ${scheme} ${language}: console: ${e}`))
      await context.close()
    }
    expect(problems).toEqual([])
  }, 120_000)

  it('offers a way out for a transfer whose outcome is unknown, in both themes and languages', async () => {
    // The answer to the POST is lost (the request was processed or not: nobody can tell).
    const sandbox = await e2e.preview.services.demo.ensure()
    const { services } = e2e.preview
    const now = sandbox.registrar.clock.now()
    const lost = sandbox.registrar
      .list({ status: 'active' })
      .find(
        (d) =>
          d.registrar !== 'VPS.org' && !d.locked && d.id !== 102 && now - d.registeredAt > 90 * DAY,
      )!
    sandbox.faults.enqueue([
      { kind: 'drop', method: 'POST', path: `/api/v1/domains/${lost.id}/transfer/` },
    ])
    const [accountId] = services.accounts.ids()
    const started = await services.transfers.start(accountId!, lost.id, {
      authCode: lost.authCode,
      autoRenew: true,
    })
    expect(started.state).toBe('unknown')
    // The lost answer counted as a failed contact; a sync reaches VPS.org again (and cannot settle
    // the transfer: the domain is not at VPS.org yet).
    await services.sync.syncNow(accountId!)
    const problems: string[] = []
    for (const [scheme, language] of COMBOS) {
      const { page, context, errors } = await e2e.open('#/transfers', { scheme, language })
      const resolve = page.getByTestId(`resolve-${started.id}`)
      await resolve.waitFor()
      await resolve.scrollIntoViewIfNeeded()
      await e2e.shot(page, `transfers-unknown-${scheme}-${language}`)
      problems.push(...(await axeProblems(page, `unknown transfer ${scheme} ${language}`)))
      problems.push(...errors.map((e) => `unknown ${scheme} ${language}: console: ${e}`))
      await context.close()
    }
    const { page, errors } = await e2e.open('#/transfers')
    const unknown = card(page, lost.name)
    await unknown
      .getByText('once VPS.org is its registrar, the transfer is marked completed')
      .waitFor()
    // VPS.org cannot tell yet, so after Check now it still asks; the user says it did not start.
    await unknown.getByRole('button', { name: `Check now: ${lost.name} at VPS.org` }).click()
    await expect
      .poll(() => unknown.getByRole('button', { name: 'It did not start' }).isEnabled())
      .toBe(true)
    await unknown.getByRole('button', { name: 'It did not start' }).click()
    await expect.poll(() => unknown.getByTestId('transfer-state').textContent()).toBe('Failed')
    expect(
      sandbox.log.since().filter((r) => r.path.endsWith(`/${lost.id}/transfer/`)),
    ).toHaveLength(1)
    expect([...problems, ...errors]).toEqual([])
  }, 120_000)

  it('exports the portfolio as CSV and imports tags from a CSV with a preview', async () => {
    const { page, errors } = await e2e.open('#/portfolio')
    await page.getByRole('table').locator('tbody tr').first().waitFor()

    // Export: a download of every domain, tags and notes included.
    await page.getByRole('button', { name: 'Import and export' }).click()
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('menuitem', { name: 'Export portfolio (CSV)' }).click(),
    ])
    expect(download.suggestedFilename()).toBe('domain-desk-portfolio.csv')
    const exported = Papa.parse<Record<string, string>>(
      await readFile((await download.path())!, 'utf8'),
      { header: true, skipEmptyLines: true },
    )
    expect(exported.meta.fields).toEqual(expect.arrayContaining(['domain', 'tags', 'note']))
    expect(exported.data.map((r) => r.domain)).toEqual(
      expect.arrayContaining(['example.com', 'myapp.io']),
    )
    expect(exported.data.length).toBeGreaterThanOrEqual(40)

    // Import: a tags file with one row that matches nothing.
    await page.getByRole('button', { name: 'Import and export' }).click()
    await page.getByRole('menuitem', { name: 'Import tags and notes (CSV)…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Import tags and notes' })
    const csv = 'domain,tags\nexample.com,e2e-imported; client-z\nnot-in-account.com,lost\n'
    await dialog.getByLabel('CSV file').setInputFiles({
      name: 'tags.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    })
    const unmatched = dialog.getByRole('table', { name: 'Rows that will not be imported' })
    await unmatched.waitFor()
    expect(
      (await unmatched.locator('tbody tr').allTextContents()).map((r) => r.replace(/\s+/g, ' ')),
    ).toEqual([expect.stringMatching(/3\s*not-in-account\.com\s*Not in this account\./)])
    await dialog.getByText('1 row matches a domain.').waitFor()
    await dialog.getByText('No note column: notes stay as they are').waitFor()
    await e2e.shot(page, 'transfers-import-preview')
    const problems = await axeProblems(page, 'import preview')
    await dialog.getByRole('button', { name: 'Apply to 1 domain' }).click()
    await page.getByText('Tags and notes updated for 1 domain.').waitFor()

    // The new tags show in the portfolio.
    await page.getByRole('searchbox', { name: 'Search domains' }).fill('example.com')
    const row = page.getByRole('row', { name: /example\.com/ }).first()
    await expect
      .poll(() => row.textContent())
      .toMatch(/client-z.*e2e-imported|e2e-imported.*client-z/)
    expect(problems).toEqual([])
    expect(errors).toEqual([])
  }, 120_000)
})
