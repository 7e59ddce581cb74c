import type { App, WebContents } from 'electron'
import type { OwnOrigins } from './app-origin'
import { describeRefusedLink, externalLinkToOpen, isAllowedNavigation } from './navigation-policy'

/** What the guards need: the app's own origins and a way to open links in the user's browser. */
export interface WebContentsGuardOptions extends OwnOrigins {
  /** `shell.openExternal`, passed in so this module stays free of Electron values. */
  openExternal: (url: string) => Promise<void>
  /** Where refused links are reported (the app's log once it runs; the console before). */
  log?: (message: string, fields: Record<string, unknown>) => void
}

/** The web contents events and methods the guards use. */
export type GuardedWebContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>

/**
 * Locks one web contents down: navigations and redirects (main frame and subframes) to any
 * other origin are cancelled, `<webview>` is never attached, and `window.open` / `target=_blank`
 * never creates a window: an https link to an allowed host goes to the user's browser instead,
 * anything else is dropped and logged.
 */
export function guardWebContents(
  contents: GuardedWebContents,
  options: WebContentsGuardOptions,
): void {
  const origins: OwnOrigins = { devServerUrl: options.devServerUrl }
  const refuseForeign = (event: { url: string; preventDefault(): void }): void => {
    if (!isAllowedNavigation(event.url, origins)) event.preventDefault()
  }
  contents.on('will-navigate', refuseForeign)
  contents.on('will-frame-navigate', refuseForeign)
  contents.on('will-redirect', refuseForeign)
  contents.on('will-attach-webview', (event) => event.preventDefault())
  const log = options.log ?? ((message, fields) => console.warn(message, fields))
  contents.setWindowOpenHandler(({ url }) => {
    const external = externalLinkToOpen(url)
    if (external === undefined) {
      log('Refused to open a link outside the allowlist.', { link: describeRefusedLink(url) })
    } else {
      options.openExternal(external).catch((error: unknown) => {
        console.error('Could not open the link in the browser:', error)
      })
    }
    return { action: 'deny' }
  })
}

/**
 * Applies {@link guardWebContents} to every web contents the app ever creates, the main
 * window's included, so no window can escape the guards. Call before the app is ready.
 */
export function guardAllWebContents(app: Pick<App, 'on'>, options: WebContentsGuardOptions): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, options))
}
