/**
 * A stand-in for the `electron` module of the main process, for tests only: the part of
 * Electron's API the built `out/main/index.js` uses, backed by headless Chromium through
 * playwright-core. Loaded by boot.mjs, which makes `import … from 'electron'` resolve here.
 *
 * Besides the app's own calls, it listens on stdin for what a user does to the desktop app:
 * `close-windows` (the close button of every window) and `quit` (Quit in the menu), and
 * `load-url <url>`, a `loadURL` of the first window as main-process code could make it (no
 * navigation guard sees that), to put a page of another origin behind the preload. `menu`
 * reports the application menu's outline, and `menu-click <id>` clicks the item with that id as
 * Electron does: `click(menuItem, focusedWindow, event)`; `tray-click` (a click on the tray
 * icon) and `tray-menu <label>` (a tray menu item).
 */
import { createInterface } from 'node:readline'
import { createApp } from './app'
import { createBrowserWindowClass } from './browser-window'
import {
  createTrayClass,
  createDialog,
  createNativeTheme,
  createNotificationClass,
  createScreen,
  createSession,
  createShell,
  StandinMenu,
  StandinMenuItem,
  outlineOf,
  reportPopupsTo,
} from './desktop'
import { StandinIpcMain } from './ipc-main'
import { createProtocol } from './protocol'
import { createState } from './state'

/** Builds the module and starts Chromium; the app becomes ready once it runs. */
export function createElectronStandin() {
  const state = createState()
  reportPopupsTo(state)
  const ipcMain = new StandinIpcMain()
  let windowAllClosed: () => void = () => undefined
  const BrowserWindow = createBrowserWindowClass(state, ipcMain, {
    webContentsCreated: (contents) => app.emit('web-contents-created', {}, contents),
    lastWindowClosed: () => windowAllClosed(),
  })
  const { app } = createApp(state, () => BrowserWindow.getAllWindows())
  const Tray = createTrayClass(state)
  // While quitting, windows close without `window-all-closed`; otherwise Electron quits when
  // the app does not listen for it.
  windowAllClosed = () => {
    if (state.quitting) return
    if (app.listenerCount('window-all-closed') > 0) app.emit('window-all-closed')
    else app.quit()
  }

  createInterface({ input: process.stdin }).on('line', (line) => {
    if (line === 'close-windows') for (const window of BrowserWindow.getAllWindows()) window.close()
    if (line === 'quit') app.quit()
    const menu = StandinMenu.getApplicationMenu()
    if (line === 'menu') state.report({ type: 'application-menu', menu: menu && outlineOf(menu) })
    if (line.startsWith('menu-click ')) {
      const item = menu?.getMenuItemById(line.slice('menu-click '.length))
      if (item?.enabled) item.click(item, BrowserWindow.getFocusedWindow() ?? undefined, {})
    }
    try {
      if (line === 'tray-click') for (const tray of Tray.all) tray.emit('click', {}, {})
      if (line.startsWith('tray-menu '))
        [...Tray.all][0]?.clickMenuItem(line.slice('tray-menu '.length))
    } catch (error) {
      console.error(error instanceof Error ? error.message : error)
    }
    if (line.startsWith('load-url ')) {
      void BrowserWindow.getAllWindows()[0]
        ?.loadURL(line.slice('load-url '.length))
        .catch((error: unknown) => console.error('electron-standin: load-url failed:', error))
    }
  })

  return {
    app,
    BrowserWindow,
    ipcMain,
    protocol: createProtocol(state),
    session: createSession(),
    shell: createShell(state),
    dialog: createDialog(state),
    nativeTheme: createNativeTheme(state),
    Notification: createNotificationClass(state),
    screen: createScreen(),
    Menu: StandinMenu,
    MenuItem: StandinMenuItem,
    Tray,
  }
}
