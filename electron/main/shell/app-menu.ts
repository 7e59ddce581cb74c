/**
 * Installs the application menu and rebuilds it when the user's language changes. Electron is
 * passed in (the real `Menu`, or the test stand-in's), the template comes from
 * app-menu-template.ts.
 */
import type { Menu as ElectronMenu, MenuItemConstructorOptions } from 'electron'
import { appMenuTemplate, type AppMenuActions } from './app-menu-template'
import type { MenuLanguage } from './menu-text'

/** The parts of Electron's `Menu` used here. */
export type MenuApi = {
  buildFromTemplate(template: MenuItemConstructorOptions[]): ElectronMenu
  setApplicationMenu(menu: ElectronMenu | null): void
}

/** The installed menu: `setLanguage` rebuilds it in another language (a no-op when unchanged). */
export interface AppMenuHandle {
  setLanguage(language: MenuLanguage): void
}

/** Sets the application menu (English until the page tells main the user's language). */
export function installAppMenu(
  menu: MenuApi,
  options: { platform: NodeJS.Platform; isDev: boolean },
  actions: AppMenuActions,
): AppMenuHandle {
  let current: MenuLanguage | undefined
  const setLanguage = (language: MenuLanguage) => {
    if (language === current) return
    current = language
    menu.setApplicationMenu(
      menu.buildFromTemplate(appMenuTemplate({ ...options, language }, actions)),
    )
  }
  setLanguage('en')
  return { setLanguage }
}

/** What delivering a menu command needs: the open window, if any, a way to open one, the emit. */
export interface CommandDelivery<W> {
  window(): W | undefined
  open(): W
  /** Resolves once the window's page has loaded (and so listens for commands). */
  loaded(window: W): Promise<void>
  emit(command: string): void
}

/**
 * Sends a menu command to the page. With no window open (macOS keeps the app running when the
 * last window closes, and the tray does elsewhere), it opens one and sends the command once its
 * page has loaded: sent earlier, no page would be listening and the click would be lost.
 */
export async function deliverMenuCommand<W>(
  command: string,
  delivery: CommandDelivery<W>,
): Promise<void> {
  if (!delivery.window()) await delivery.loaded(delivery.open())
  delivery.emit(command)
}
