/**
 * The decisions of the background watch, as pure functions: the tray menu, which icon file, the
 * dock/taskbar progress for a sync, what start-at-login asks of each OS, and whether a start
 * shows the window. shell/background-watch.ts applies them with Electron.
 */
import { join } from 'node:path'
import type { MenuItemConstructorOptions } from 'electron'
import type { WatchSettings } from '../../shared/ipc/desktop-models'
import type { TRAY_TEXT } from '../services/tray-text'

/** The argument a start at login carries, so the app can start without its window. */
export const HIDDEN_ARG = '--hidden'

/** What the tray menu's items do. */
export interface TrayActions {
  open(): void
  syncNow(): void
  quit(): void
}

/** The tray menu: the count (not clickable), Open, Sync now, Quit. */
export function trayMenuTemplate(
  text: (typeof TRAY_TEXT)['en'],
  count: number,
  actions: TrayActions,
): MenuItemConstructorOptions[] {
  return [
    { label: text.count(count), enabled: false },
    { type: 'separator' },
    { label: text.open, click: () => actions.open() },
    { label: text.syncNow, click: () => actions.syncNow() },
    { type: 'separator' },
    { label: text.quit, click: () => actions.quit() },
  ]
}

/**
 * The icon file for the platform: a template image on macOS (tinted for the menu bar by macOS,
 * which finds the @2x file beside it), the coloured icon elsewhere.
 */
export function trayIconFile(platform: NodeJS.Platform, iconDir: string): string {
  return join(iconDir, platform === 'darwin' ? 'trayTemplate.png' : 'tray.png')
}

/**
 * The dock / taskbar progress for a sync's progress event: the share of pages done, or
 * indeterminate (any value above 1, per Electron) while the total is not known yet.
 */
export function syncProgressValue(progress: { pagesDone: number; pagesTotal?: number }): number {
  if (!progress.pagesTotal) return 2
  return Math.min(1, Math.max(0, progress.pagesDone / progress.pagesTotal))
}

/**
 * `app.setLoginItemSettings` for macOS and Windows: starts at login only when chosen, and
 * without its window when the user also keeps watching.
 */
export function loginItemSettings(settings: WatchSettings) {
  const hidden = settings.startAtLogin && settings.keepWatching
  return {
    openAtLogin: settings.startAtLogin,
    // macOS before 13 reads openAsHidden; Windows passes args to the app it starts.
    openAsHidden: hidden,
    args: hidden ? [HIDDEN_ARG] : [],
  }
}

/**
 * Linux has no login items in Electron: an XDG autostart entry does it
 * (~/.config/autostart/domain-desk.desktop). `command` is the AppImage or the executable.
 */
export function linuxAutostartEntry(command: string, settings: WatchSettings): string {
  const quoted = `"${command.replace(/(["`$\\])/g, '\\$1')}"`
  const hidden = settings.keepWatching ? ` ${HIDDEN_ARG}` : ''
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Name=Domain Desk',
    `Exec=${quoted}${hidden}`,
    'X-GNOME-Autostart-enabled=true',
    'Terminal=false',
    '',
  ].join('\n')
}

/** Whether this start shows no window: started at login, and the user keeps watching. */
export function startsHidden(
  argv: readonly string[],
  openedAtLogin: boolean,
  settings: WatchSettings,
): boolean {
  return settings.keepWatching && (openedAtLogin || argv.includes(HIDDEN_ARG))
}
