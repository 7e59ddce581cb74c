/**
 * Settings → Background watch and Updates, and the update dialog, in Chromium through the web
 * preview: the real update service drives electron-updater's real updater and generic provider
 * against a feed on loopback (only Electron's `app` and `net` replaced, see
 * tests/electron/main/services/support/update-feed.ts). Looked at and axe-checked in light and
 * dark, English and Armenian. Screenshots: test-results/e2e/updates-*.png.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DebUpdater } from 'electron-updater'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  INSTALLER,
  installedApp,
  NodeUpdateExecutor,
  startUpdateFeed,
  type UpdateFeed,
} from '../electron/main/services/support/update-feed'
import { seriousViolations } from './support/axe'
import { COMBOS, startE2E, type E2E } from './support/preview'

const NOTES = 'Keep watching in the tray.\nLinks into the app: domaindesk://domain/example.com'
let e2e: E2E
let feed: UpdateFeed
let dir: string

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'domain-desk-e2e-updates-'))
  feed = await startUpdateFeed('0.2.0', NOTES)
  e2e = await startE2E({
    services: {
      createUpdater: () => {
        const updater = new DebUpdater(null, installedApp(dir, feed.url))
        Object.assign(updater, { httpExecutor: new NodeUpdateExecutor() })
        return updater
      },
    },
  })
}, 120_000)
afterAll(async () => {
  await e2e?.close()
  await feed?.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('updates and background watch in Settings', () => {
  it('check only when asked, show what is new, and download only after Download', async () => {
    const problems: string[] = []
    for (const [scheme, language] of COMBOS) {
      const { page, context, errors } = await e2e.open('#/settings', { scheme, language })
      const section = page.getByTestId('updates-section')
      await section.waitFor()
      await page.getByTestId('watch-section').scrollIntoViewIfNeeded()
      for (const v of await seriousViolations(page))
        problems.push(`settings ${scheme} ${language}: ${v.id} at ${v.targets.slice(0, 3)}`)
      await e2e.shot(page, `updates-settings-${scheme}-${language}`)

      await page.getByTestId('check-updates').click()
      const dialog = page.getByTestId('update-dialog')
      await dialog.getByTestId('update-notes').waitFor()
      expect(await dialog.getByTestId('update-notes').textContent()).toBe(NOTES)
      for (const v of await seriousViolations(page))
        problems.push(`dialog ${scheme} ${language}: ${v.id} at ${v.targets.slice(0, 3)}`)
      await e2e.shot(page, `updates-dialog-${scheme}-${language}`)
      problems.push(...errors.map((e) => `${scheme} ${language}: console: ${e}`))
      await context.close()
    }
    expect(feed.hits.get(`/${INSTALLER}`) ?? 0).toBe(0)

    // Download, as the user agreed: then install on quit, once accepted.
    const { page, context } = await e2e.open('#/settings')
    await page.getByTestId('check-updates').click()
    await page.getByTestId('download-update').click()
    await page.getByTestId('install-on-quit').waitFor()
    expect(feed.hits.get(`/${INSTALLER}`)).toBe(1)
    await page.getByTestId('install-on-quit').click()
    await expect
      .poll(() => page.getByTestId('update-dialog-status').textContent())
      .toBe('Version 0.2.0 will be installed when you quit Domain Desk.')
    await e2e.shot(page, 'updates-dialog-downloaded')
    await context.close()
    expect(problems).toEqual([])
  }, 240_000)
})
