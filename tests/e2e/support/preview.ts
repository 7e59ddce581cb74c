/**
 * The E2E world: the web preview (the app's real services and IPC handlers in Node, the built
 * renderer) with the demo account on the embedded sandbox, and Debian's Chromium. Screenshots go
 * to test-results/e2e/ (git-ignored).
 */
import { mkdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { createTokenVault } from '../../../electron/main/core/vault/index'
import {
  startPreview,
  type PreviewOptions,
  type RunningPreview,
} from '../../../electron/web-preview/preview'
import { memoryKeytar } from '../../support/memory-keytar'
import { launchChromium } from '../../support/chromium'
import { ANIMATIONS_FINISHED } from './animations'
import { reportPageOnFailure } from './on-failure'

export const SCREENSHOT_DIR = fileURLToPath(new URL('../../../test-results/e2e/', import.meta.url))

export type Scheme = 'light' | 'dark'
export type Language = 'en' | 'hy'

/** Every theme with every language: what each screen is looked at and axe-checked in. */
export const COMBOS: ReadonlyArray<readonly [Scheme, Language]> = [
  ['light', 'en'],
  ['dark', 'en'],
  ['light', 'hy'],
  ['dark', 'hy'],
]
export const LOCALE_TAG: Record<Language, string> = { en: 'en-US', hy: 'hy-AM' }

/** A running preview and browser for one test file. */
export interface E2E {
  preview: RunningPreview
  browser: Browser
  /** A page in a fresh context with the given colour scheme and OS language; errors are collected. */
  open(
    hash: string,
    options?: {
      scheme?: Scheme
      language?: Language
      /** The window's size; 1360×860 by default. */
      viewport?: { width: number; height: number }
    },
  ): Promise<{ page: Page; context: BrowserContext; errors: string[] }>
  /** Screenshot into test-results/e2e/<name>.png. */
  shot(page: Page, name: string): Promise<string>
  close(): Promise<void>
}

/** Starts the preview (demo by default) and Chromium. */
export async function startE2E(options: PreviewOptions = {}): Promise<E2E> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true })
  const preview = await startPreview({
    port: 0,
    demo: true,
    vault: createTokenVault({ backend: memoryKeytar(), service: 'e2e' }),
    ...options,
    services: { refreshIntervalMs: 0, ...options.services },
  })
  await preview.services.sync.idle()
  const browser = await launchChromium()
  return {
    preview,
    browser,
    async open(hash, { scheme = 'light', language = 'en', viewport } = {}) {
      const context = await browser.newContext({
        colorScheme: scheme,
        locale: LOCALE_TAG[language],
        viewport: viewport ?? { width: 1360, height: 860 },
      })
      const page = await context.newPage()
      const errors: string[] = []
      page.on('pageerror', (e) => errors.push(e.message))
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
      reportPageOnFailure(page, SCREENSHOT_DIR)
      await page.goto(`${preview.url}${hash}`)
      return { page, context, errors }
    },
    async shot(page, name) {
      const path = `${SCREENSHOT_DIR}${name}.png`
      // A dialog or toast caught mid-fade shows nothing useful: let finite animations end first
      // (spinners loop forever and are left running).
      await page.evaluate(ANIMATIONS_FINISHED)
      await page.screenshot({ path, fullPage: false })
      return path
    },
    async close() {
      await browser.close()
      await preview.close()
    },
  }
}
