import { BrowserWindow } from 'electron'
import { mainWindowOptions } from './window-options'

/** Where the main window's code and page come from. */
export interface MainWindowSources {
  /** Absolute path of the built preload script. */
  preloadPath: string
  /** Absolute path of the built renderer page, loaded when there is no dev server. */
  rendererIndexPath: string
  /** The Vite dev server (`ELECTRON_RENDERER_URL` under `electron-vite dev`), if any. */
  devServerUrl: string | undefined
}

/** Opens the main window, shows it once its first frame is ready and loads the renderer. */
export function createMainWindow(sources: MainWindowSources): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions({ preloadPath: sources.preloadPath }))
  window.once('ready-to-show', () => window.show())
  const loading = sources.devServerUrl
    ? window.loadURL(sources.devServerUrl)
    : window.loadFile(sources.rendererIndexPath)
  loading.catch((error: unknown) => console.error('The main window failed to load:', error))
  return window
}
