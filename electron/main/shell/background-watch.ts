/**
 * The background watch with Electron: while the user keeps watching, a tray / menu-bar icon
 * shows how many things need attention (tooltip, macOS title, first menu line) and the app keeps
 * running when its last window closes, so the services' periodic sync and notifications go on.
 * Also: start at login as chosen, and the dock / taskbar progress during a sync.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { app, BrowserWindow, Menu, Tray } from 'electron'
import type { WatchSettings } from '../../shared/ipc/desktop-models'
import type { AppServices } from '../services/app-services'
import { TRAY_TEXT } from '../services/tray-text'
import {
  linuxAutostartEntry,
  loginItemSettings,
  startsHidden,
  syncProgressValue,
  trayIconFile,
  trayMenuTemplate,
} from './watch-policy'

/** Where the tray icons are: beside app.asar when packaged, build/tray in a checkout. */
function trayIconDir(): string {
  return app.isPackaged
    ? join(process.resourcesPath, 'tray')
    : join(app.getAppPath(), 'build', 'tray')
}

/** Start at login as chosen: a login item on macOS and Windows, an autostart entry on Linux. */
function applyLoginItem(settings: WatchSettings): void {
  if (process.platform !== 'linux') return app.setLoginItemSettings(loginItemSettings(settings))
  const dir = join(process.env['XDG_CONFIG_HOME'] || join(homedir(), '.config'), 'autostart')
  const file = join(dir, 'domain-desk.desktop')
  if (!settings.startAtLogin) return rmSync(file, { force: true })
  mkdirSync(dir, { recursive: true })
  writeFileSync(file, linuxAutostartEntry(process.env['APPIMAGE'] ?? process.execPath, settings))
}

/** The running watch. */
export interface BackgroundWatch {
  /** Whether closing the last window keeps the app running. */
  keepsRunning(): boolean
  /** Whether this start opens no window (started at login while watching). */
  startsHidden(): boolean
}

/** Starts the watch on the services; `openWindow` opens (or brings back) the main window. */
export function startBackgroundWatch(
  services: AppServices,
  openWindow: () => void,
): BackgroundWatch {
  let tray: Tray | undefined
  let count = 0
  const language = () => services.appearance.language()

  const render = () => {
    if (!tray) return
    const text = TRAY_TEXT[language()]
    tray.setToolTip(text.toolTip(count))
    // macOS shows a title beside the menu-bar icon: the count, only when there is one.
    if (process.platform === 'darwin') tray.setTitle(count > 0 ? String(count) : '')
    const menu = trayMenuTemplate(text, count, {
      open: openWindow,
      syncNow: () => {
        for (const id of services.accounts.ids())
          services.sync.syncNow(id).catch(() => {
            // The sync records its own failure and the connectivity state says why.
          })
      },
      quit: () => app.quit(),
    })
    tray.setContextMenu(Menu.buildFromTemplate(menu))
  }

  const apply = (settings: WatchSettings) => {
    if (settings.keepWatching && !tray) {
      tray = new Tray(trayIconFile(process.platform, trayIconDir()))
      // Windows and Linux: a click on the icon opens the window (the menu is a right click).
      tray.on('click', openWindow)
      render()
    } else if (!settings.keepWatching && tray) {
      tray.destroy()
      tray = undefined
    }
  }

  const initial = services.watch.settings()
  apply(initial)
  services.watch.onSettings((settings) => {
    apply(settings)
    try {
      applyLoginItem(settings)
    } catch (error) {
      services.logger.warn('start at login could not be set', {
        message: error instanceof Error ? error.message : 'unknown error',
      })
    }
  })
  services.watch.watchAttention((next) => {
    count = next
    render()
  })
  services.bus.subscribe((event, payload) => {
    if (event === 'sync.progress') {
      const value = syncProgressValue(payload as { pagesDone: number; pagesTotal?: number })
      for (const window of BrowserWindow.getAllWindows()) window.setProgressBar(value)
    } else if (event === 'sync.finished') {
      for (const window of BrowserWindow.getAllWindows()) window.setProgressBar(-1)
    }
  })
  const openedAtLogin =
    process.platform === 'darwin' && app.getLoginItemSettings().wasOpenedAtLogin === true

  return {
    keepsRunning: () => services.watch.settings().keepWatching,
    startsHidden: () => startsHidden(process.argv, openedAtLogin, services.watch.settings()),
  }
}
