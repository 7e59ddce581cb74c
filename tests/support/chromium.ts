/**
 * Test helper: the installed Chromium, Chrome or Edge (or DOMAIN_DESK_BROWSER) through
 * playwright-core, headless, with offline-safe flags. Never a downloaded browser.
 */
import { chromium, type Browser } from 'playwright-core'
import { findBrowser, noBrowserMessage } from '../../scripts/test-env'

/** The browser's executable; throws with what to install when there is none. */
export function chromiumPath(): string {
  const path = findBrowser()
  if (!path) throw new Error(noBrowserMessage(process.platform, process.env))
  return path
}

/** Launches headless Chromium with the flags this machine needs. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}
