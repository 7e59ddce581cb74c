import type { BrowserWindowConstructorOptions } from 'electron'
import { DEFAULT_WINDOW_STATE, MINIMUM_WINDOW_SIZE, type WindowBounds } from './window-state'

/** The page's background (`--bg` in renderer/src/styles.css), painted before the page is. */
export const WINDOW_BACKGROUND = Object.freeze({ light: '#f8fafc', dark: '#09090b' })

/** What the main window needs from the caller. */
export interface MainWindowInputs {
  /** Absolute path of the built preload script (CommonJS, because the renderer is sandboxed). */
  preloadPath: string
  /** Whether DevTools may be opened: only for an unpackaged (development) app. Default `false`. */
  devTools?: boolean
  /** Where the window goes and how big it is; centred 1200×800 by default. */
  bounds?: WindowBounds
  /** Whether the system is in dark mode, to pick a background that does not flash white. */
  prefersDarkColors?: boolean
}

/**
 * Options for the main window. The renderer is an untrusted web page: isolated from the preload
 * world, sandboxed, without Node, with the same-origin policy on. The window starts hidden and
 * is shown on `ready-to-show`, so the user never sees an empty frame.
 */
export function mainWindowOptions({
  preloadPath,
  devTools = false,
  bounds = DEFAULT_WINDOW_STATE.bounds,
  prefersDarkColors = false,
}: MainWindowInputs): BrowserWindowConstructorOptions {
  return {
    title: 'Domain Desk',
    ...bounds,
    minWidth: MINIMUM_WINDOW_SIZE.width,
    minHeight: MINIMUM_WINDOW_SIZE.height,
    show: false,
    autoHideMenuBar: true,
    backgroundColor: prefersDarkColors ? WINDOW_BACKGROUND.dark : WINDOW_BACKGROUND.light,
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
      navigateOnDragDrop: false,
      // Page dialogs get a "prevent more dialogs" checkbox, so a page cannot loop alert().
      safeDialogs: true,
      // On Linux and Windows Chromium would download Hunspell dictionaries from Google's CDN;
      // the app's inputs are domain names and numbers, which need no spell checking.
      spellcheck: false,
      devTools,
    },
  }
}
