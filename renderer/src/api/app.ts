/** App-level calls over the bridge. */
import type { AppInfo } from '@shared/ipc/models'
import { bridge, unwrap } from './bridge'

/** Version, platform, where tokens are kept, and any notice about the cache. */
export function fetchAppInfo(): Promise<AppInfo> {
  return unwrap(bridge().app.info())
}

/** A script error or unhandled rejection of this page, for main's log. */
export interface PageErrorReport {
  kind: 'error' | 'unhandledrejection'
  message: string
  stack?: string
  source?: string
}

/** Sends an error of this page to main's log (scrubbed there). */
export function reportError(report: PageErrorReport): Promise<null> {
  return unwrap(bridge().app.reportError(report))
}
