/**
 * What the stand-in's modules share: the Chromium it drives, the handlers the app registered,
 * and a line-based report channel to the test that started the app.
 */
import type { BrowserContext, Page } from 'playwright-core'
import type { MenuOutline } from './desktop'
import type { ProtocolHandler } from './protocol'

/** A message to the test that started the app, one JSON line on stdout. */
export type Report =
  | { type: 'ready'; cdpEndpoint: string }
  | { type: 'notification'; title: string; body: string }
  | { type: 'open-external'; url: string }
  | { type: 'dialog'; message: string; buttons: string[] }
  | { type: 'ipc'; channel: string; senderUrl: string | undefined }
  | { type: 'quit'; exitCode: number }
  | { type: 'application-menu'; menu: MenuOutline[] | null }
  | { type: 'popup-menu'; menu: MenuOutline[] }
  | { type: 'tray'; toolTip: string; title: string; items: string[]; destroyed: boolean }
  | { type: 'progress'; value: number }
  | { type: 'login-item'; openAtLogin: boolean; args: string[] }

/** The prefix of every report line, so the app's own output is told apart. */
export const REPORT_PREFIX = '[electron-standin] '

/** Shared state of one stand-in (one app process). */
export interface StandinState {
  ready: boolean
  quitting: boolean
  browser: BrowserContext | undefined
  /** Every open page, so a theme change reaches all of them. */
  pages: Set<Page>
  colorScheme: 'light' | 'dark'
  privilegedSchemes: Set<string>
  protocolHandlers: Map<string, ProtocolHandler>
  report(message: Report): void
}

/** A fresh state that reports on stdout. */
export function createState(): StandinState {
  return {
    ready: false,
    quitting: false,
    browser: undefined,
    pages: new Set(),
    colorScheme: process.env['DOMAIN_DESK_STANDIN_DARK'] === '1' ? 'dark' : 'light',
    privilegedSchemes: new Set(),
    protocolHandlers: new Map(),
    report: (message) => process.stdout.write(`${REPORT_PREFIX}${JSON.stringify(message)}\n`),
  }
}
