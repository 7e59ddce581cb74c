/**
 * Edges of the portfolio window in Chromium through the web preview with the demo registrar:
 * hovered and selected rows keep readable text (axe in light and dark, English and Armenian), and
 * a window opened while VPS.org is unreachable says so within seconds over the cached portfolio,
 * then notices by itself when VPS.org is back.
 */
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startSandbox } from '../../electron/sandbox/index'
import { seriousViolations } from './support/axe'
import { COMBOS, startE2E, type E2E } from './support/preview'

let e2e: E2E
beforeAll(async () => {
  e2e = await startE2E()
})
const after: Array<() => Promise<void>> = []
afterAll(async () => {
  for (const run of after) await run()
  await e2e?.close()
})

const rows = (page: Page) => page.locator('[data-testid="portfolio-table"] tbody tr[aria-rowindex]')

describe('portfolio rows', () => {
  it('keep text contrast with a row hovered, a row selected, and a selected row hovered', async () => {
    const problems: string[] = []
    for (const [scheme, language] of COMBOS) {
      const { page, context, errors } = await e2e.open('#/portfolio', { scheme, language })
      await rows(page).nth(3).waitFor()
      const report = async (state: string) => {
        for (const v of await seriousViolations(page))
          problems.push(`${state} ${scheme} ${language}: ${v.id} at ${v.targets.slice(0, 3)}`)
      }
      // Several rows: each has muted, warning or danger text of its own.
      for (const i of [0, 1, 2, 3]) {
        await rows(page).nth(i).hover()
        await report(`hovered row ${i}`)
      }
      const box = rows(page).nth(1).getByRole('checkbox')
      await box.click()
      await expect.poll(() => box.getAttribute('aria-checked')).toBe('true')
      await page.mouse.move(1, 1)
      await report('selected row')
      await rows(page).nth(1).hover()
      await report('selected row hovered')
      await e2e.shot(page, `rows-hover-selected-${scheme}-${language}`)
      problems.push(...errors.map((e) => `${scheme} ${language}: console: ${e}`))
      await context.close()
    }
    expect(problems).toEqual([])
  }, 180_000)
})

describe('connectivity', () => {
  it('a window opened while VPS.org is unreachable says so within 5 s, then recovers by itself', async () => {
    // VPS.org goes away without any call noticing: only the new window's own check can tell.
    const sandbox = await e2e.preview.services.demo.ensure()
    await sandbox.close()
    const { page, context } = await e2e.open('#/portfolio')
    const opened = Date.now()
    await rows(page).first().waitFor()
    await page.getByTestId('offline-banner').waitFor({ timeout: 5_000 })
    expect(Date.now() - opened).toBeLessThan(5_000)
    expect(await rows(page).count()).toBeGreaterThan(10)
    expect(await page.getByRole('status').filter({ hasText: 'Offline' }).count()).toBe(1)
    await e2e.shot(page, 'offline-on-open')
    // VPS.org back on the same address: the next probe (5 s later) notices; nobody presses
    // "Sync now".
    const revived = await startSandbox({ port: sandbox.port, token: sandbox.token, domains: 40 })
    after.push(() => revived.close())
    await page.getByTestId('offline-banner').waitFor({ state: 'detached', timeout: 20_000 })
    await page.getByRole('status').filter({ hasText: 'Online' }).waitFor()
    await e2e.shot(page, 'online-again')
    await context.close()
  }, 60_000)
})
