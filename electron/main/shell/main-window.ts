import { BrowserWindow, nativeTheme, screen } from 'electron'
import { APP_ENTRY_URL } from './app-origin'
import { startupAppearance, type ThemeSource } from './appearance'
import { mainWindowOptions } from './window-options'
import { fitWindowStateToDisplays, restoreSteps, type ScreenRect } from './window-state'
import { loadWindowState, trackWindowState } from './window-state-store'

/** Where the main window's code and page come from, and where it keeps its state. */
export interface MainWindowSources {
  /** Absolute path of the built preload script. */
  preloadPath: string
  /** The Vite dev server (`ELECTRON_RENDERER_URL` under `electron-vite dev`), if any. */
  devServerUrl: string | undefined
  /** Whether DevTools may be opened: pass `!app.isPackaged`. */
  devTools: boolean
  /** The JSON file the window's bounds are kept in (see `windowStateFileIn(userData)`). */
  windowStateFile: string
  /** The theme saved in Settings (the cache's `app_settings`), if any. */
  savedTheme?: string
  /** The page to open instead of the start page (a renderer route such as `/registration`). */
  route?: string
}

/** The work areas of all displays, the primary display's first. */
function displayWorkAreas(): ScreenRect[] {
  const primary = screen.getPrimaryDisplay()
  const others = screen.getAllDisplays().filter((display) => display.id !== primary.id)
  return [primary, ...others].map((display) => display.workArea)
}

/**
 * Opens the main window where it last was (fitted to the displays there are now), shows it once
 * its first frame is ready and loads the renderer: from the dev server under `electron-vite
 * dev`, otherwise from `app://domain-desk/index.html`, which `serveRendererOverAppProtocol`
 * must already serve.
 */
export function createMainWindow(sources: MainWindowSources): BrowserWindow {
  const state = fitWindowStateToDisplays(
    loadWindowState(sources.windowStateFile),
    displayWorkAreas(),
  )
  // The saved theme reaches Chromium before the window exists, so the first paint is right.
  const appearance = applyTheme(sources.savedTheme)
  const window = new BrowserWindow({
    ...mainWindowOptions({
      preloadPath: sources.preloadPath,
      devTools: sources.devTools,
      bounds: state.bounds,
    }),
    backgroundColor: appearance.backgroundColor,
  })
  trackWindowState(window, sources.windowStateFile)
  window.once('ready-to-show', () => {
    for (const step of restoreSteps(state)) {
      if (step === 'maximize') window.maximize()
      else window.setFullScreen(true)
    }
    window.show()
  })
  // The renderer's router uses the hash, so a route given here is the first page it shows.
  const entry = sources.devServerUrl ?? APP_ENTRY_URL
  window
    .loadURL(sources.route ? `${entry}#${sources.route}` : entry)
    .catch((error: unknown) => console.error('The main window failed to load:', error))
  return window
}

/**
 * Sets `nativeTheme.themeSource` to a theme (the OS's when unknown) and returns the matching
 * window background; with `window`, repaints its background too (the user chose a theme).
 */
export function applyTheme(
  theme: string | undefined,
  window?: BrowserWindow,
): { themeSource: ThemeSource; backgroundColor: string } {
  nativeTheme.themeSource = startupAppearance(theme, false).themeSource
  // Now `shouldUseDarkColors` is the OS's preference under `system`, the chosen theme otherwise.
  const appearance = startupAppearance(theme, nativeTheme.shouldUseDarkColors)
  if (window && !window.isDestroyed()) window.setBackgroundColor(appearance.backgroundColor)
  return appearance
}
