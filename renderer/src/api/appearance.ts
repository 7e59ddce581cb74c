/**
 * The appearance settings main keeps: the page's language (main's notifications, menus, tray and
 * dialogs follow it) and the theme (applied before the next window's first paint).
 */
import { bridge, unwrap } from './bridge'

/** Tells main the language the page reads. */
export const tellLanguage = async (language: 'en' | 'hy'): Promise<void> => {
  await unwrap(bridge().appearance.setLanguage(language))
}
/** Main keeps the theme too, to apply it before the next window's first paint. */
export const tellTheme = async (theme: 'system' | 'light' | 'dark'): Promise<void> => {
  await unwrap(bridge().appearance.setTheme(theme))
}
