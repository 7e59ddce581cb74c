/**
 * Receives `domaindesk://` links from the OS: registers the app as the scheme's handler, and
 * takes links from wherever each OS delivers them — `open-url` on macOS (also for the link that
 * started the app), the command line of the first start and of a later launch
 * (`second-instance`) on Windows and Linux. Links that arrive before the app is ready wait.
 * What a link may open is decided by services/deep-links.ts, never here.
 */
import { resolve } from 'node:path'
import type { App } from 'electron'
import { DEEP_LINK_SCHEME, deepLinkInArgv } from '../core/links/deep-link'

/** How the process was started, to register the right command with the OS. */
export interface LaunchInfo {
  /** `process.argv` of this process. */
  argv: readonly string[]
  /** `process.defaultApp`: true when run as `electron path/to/app` (development). */
  defaultApp: boolean
  /** `process.execPath`. */
  execPath: string
}

/** Holds links until `start()`, then hands each to `deliver`. */
export interface DeepLinkReceiver {
  /** From now on links are delivered; the ones that came earlier go first, in order. */
  start(): void
}

/**
 * Registers the scheme and listens for links; call before the app is ready (macOS sends the
 * launching link as `open-url` right after `will-finish-launching`).
 */
export function receiveDeepLinks(
  app: Pick<App, 'on' | 'setAsDefaultProtocolClient'>,
  launch: LaunchInfo,
  deliver: (link: string) => void,
  /** A later launch without a link (from the Start menu, say), once started. */
  relaunched: () => void = () => undefined,
): DeepLinkReceiver {
  // In development the OS must start Electron with the app's folder, or it opens bare Electron.
  if (launch.defaultApp && launch.argv[1])
    app.setAsDefaultProtocolClient(DEEP_LINK_SCHEME, launch.execPath, [resolve(launch.argv[1])])
  else app.setAsDefaultProtocolClient(DEEP_LINK_SCHEME)

  let started = false
  const waiting: string[] = []
  const receive = (link: string) => (started ? deliver(link) : waiting.push(link))
  const first = deepLinkInArgv(launch.argv)
  if (first) waiting.push(first)
  app.on('open-url', (event, url) => {
    event.preventDefault()
    receive(url)
  })
  app.on('second-instance', (_event, argv) => {
    const link = deepLinkInArgv(argv)
    if (link) receive(link)
    // While watching in the tray there may be no window for the single-instance lock to raise.
    else if (started) relaunched()
  })
  return {
    start() {
      started = true
      for (const link of waiting.splice(0)) deliver(link)
    },
  }
}
