import type { App, BrowserWindow } from 'electron'

/** The window methods needed to bring a window to the front. */
export type FocusableWindow = Pick<BrowserWindow, 'isMinimized' | 'restore' | 'show' | 'focus'>

/** Brings a window to the front, restoring it first if it was minimised. */
export function bringToFront(window: FocusableWindow): void {
  if (window.isMinimized()) window.restore()
  window.show()
  window.focus()
}

/**
 * Makes this process the only running Domain Desk. In a second process it returns `false` and
 * quits it (the caller must then start nothing); in the first it returns `true`, and each later
 * launch brings `currentWindow()` to the front instead of opening a second copy of the app
 * against the same cache and keychain entries. Call before the app is ready.
 */
export function claimSingleInstance(
  app: Pick<App, 'requestSingleInstanceLock' | 'quit' | 'on'>,
  currentWindow: () => FocusableWindow | undefined,
): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit()
    return false
  }
  app.on('second-instance', () => {
    const window = currentWindow()
    if (window) bringToFront(window)
  })
  return true
}
