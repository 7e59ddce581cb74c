import type { BrowserWindowConstructorOptions } from 'electron'

/** What the main window needs from the caller. */
export interface MainWindowInputs {
  /** Absolute path of the built preload script (CommonJS, because the renderer is sandboxed). */
  preloadPath: string
}

/**
 * Options for the main window. The renderer is an untrusted web page: isolated from the preload
 * world, sandboxed, without Node, with the same-origin policy on. The window starts hidden and
 * is shown on `ready-to-show`, so the user never sees an empty frame.
 */
export function mainWindowOptions({
  preloadPath,
}: MainWindowInputs): BrowserWindowConstructorOptions {
  return {
    title: 'Domain Desk',
    width: 1200,
    height: 800,
    minWidth: 720,
    minHeight: 480,
    show: false,
    autoHideMenuBar: true,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    },
  }
}
