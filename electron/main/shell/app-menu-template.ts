/**
 * The application menu as a pure function of (platform, language, development build), so that
 * each platform's conventions are tested without Electron: on macOS the app menu (About,
 * Settings…, Services, Hide, Quit) and a Window menu; on Windows and Linux Settings and Quit
 * under File and About under Help. Never Electron's default menu ("Learn More" about Electron).
 */
import type { MenuItemConstructorOptions } from 'electron'
import { COMMAND_ACCELERATORS, type AppCommand } from '../../shared/commands/app-commands'
import { MENU_TEXT, type MenuLanguage } from './menu-text'

/** What the menu's own items do; roles are left to Electron. */
export interface AppMenuActions {
  /** A command for the page's command registry (see the `menu.command` event). */
  command(command: AppCommand): void
  /** Opens VPS.org's API documentation in the browser (through the external-link allowlist). */
  openApiDocs(): void
}

/** Which menu to build. */
export interface AppMenuOptions {
  platform: NodeJS.Platform
  language: MenuLanguage
  /** A development build: reload and DevTools appear under View (never in a packaged app). */
  isDev: boolean
}

type Item = MenuItemConstructorOptions
const separator: Item = { type: 'separator' }

/** The application menu's template. */
export function appMenuTemplate(options: AppMenuOptions, actions: AppMenuActions): Item[] {
  const text = MENU_TEXT[options.language]
  const mac = options.platform === 'darwin'
  const command = (id: AppCommand, label: string): Item => ({
    id: `command.${id}`,
    label,
    accelerator: COMMAND_ACCELERATORS[id],
    click: () => actions.command(id),
  })
  const settings = command('settings', text.settings)
  const about: Item = { role: 'about', label: text.about }

  const appMenu: Item = {
    label: text.app,
    submenu: [
      about,
      separator,
      settings,
      separator,
      { role: 'services', label: text.services },
      separator,
      { role: 'hide', label: text.hide },
      { role: 'hideOthers', label: text.hideOthers },
      { role: 'unhide', label: text.showAll },
      separator,
      { role: 'quit', label: text.quit },
    ],
  }
  const file: Item = {
    label: text.file,
    submenu: [
      command('sync', text.syncNow),
      command('register', text.register),
      separator,
      command('export', text.exportPortfolio),
      separator,
      ...(mac
        ? [{ role: 'close', label: text.close } satisfies Item]
        : [settings, separator, { role: 'quit', label: text.quit } satisfies Item]),
    ],
  }
  const edit: Item = {
    label: text.edit,
    submenu: [
      { role: 'undo', label: text.undo },
      { role: 'redo', label: text.redo },
      separator,
      { role: 'cut', label: text.cut },
      { role: 'copy', label: text.copy },
      { role: 'paste', label: text.paste },
      { role: 'selectAll', label: text.selectAll },
      separator,
      command('find', text.find),
    ],
  }
  // CmdOrCtrl+R is Sync now, so the development reload keeps only its Shift variant.
  const devItems: Item[] = options.isDev
    ? [
        { role: 'forceReload', label: text.forceReload },
        { role: 'toggleDevTools', label: text.devTools },
        separator,
      ]
    : []
  const view: Item = {
    label: text.view,
    submenu: [
      command('palette', text.commandPalette),
      separator,
      ...devItems,
      { role: 'resetZoom', label: text.resetZoom },
      { role: 'zoomIn', label: text.zoomIn },
      { role: 'zoomOut', label: text.zoomOut },
      separator,
      { role: 'togglefullscreen', label: text.fullScreen },
    ],
  }
  const window: Item = {
    label: text.window,
    role: mac ? 'windowMenu' : undefined,
    submenu: mac
      ? [
          { role: 'minimize', label: text.minimize },
          { role: 'zoom', label: text.zoom },
          separator,
          { role: 'front', label: text.front },
        ]
      : [
          { role: 'minimize', label: text.minimize },
          { role: 'close', label: text.close },
        ],
  }
  const help: Item = {
    label: text.help,
    role: 'help',
    submenu: [
      { id: 'help.apiDocs', label: text.apiDocs, click: () => actions.openApiDocs() },
      ...(mac ? [] : [separator, about]),
    ],
  }
  return [...(mac ? [appMenu] : []), file, edit, view, window, help]
}
