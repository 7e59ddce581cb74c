import { WINDOW_BACKGROUND } from './window-options'

/** A theme the user can choose in Settings; `system` follows the OS. */
export type ThemeSource = 'system' | 'light' | 'dark'

/** What the window shell applies before the main window is created. */
export interface StartupAppearance {
  /** For `nativeTheme.themeSource`: the page's `prefers-color-scheme` and the OS chrome. */
  themeSource: ThemeSource
  /** The window's background, painted before the page is. */
  backgroundColor: string
}

const THEME_SOURCES: readonly string[] = ['system', 'light', 'dark']

/**
 * The appearance to start with, from the saved theme (anything unknown or missing follows the
 * OS) and whether the OS is in dark mode. Applied before the window is created, so a window
 * with a saved dark theme never flashes light, nor a light one dark.
 */
export function startupAppearance(
  saved: string | undefined,
  osPrefersDark: boolean,
): StartupAppearance {
  const themeSource = THEME_SOURCES.includes(saved ?? '') ? (saved as ThemeSource) : 'system'
  const dark = themeSource === 'system' ? osPrefersDark : themeSource === 'dark'
  return {
    themeSource,
    backgroundColor: dark ? WINDOW_BACKGROUND.dark : WINDOW_BACKGROUND.light,
  }
}
