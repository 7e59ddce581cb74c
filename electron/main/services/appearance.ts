/**
 * How the app looks and speaks: the theme the user chose in Settings, mirrored from the renderer
 * into the cache so that main can apply it before the next window is created (no flash of the
 * wrong theme), and the language the page reads, which main's own texts follow (notifications,
 * menus, the tray, dialogs).
 */
import type { ThemeChoice } from '../../shared/ipc/models'
import type { Cache } from '../core/db/cache'
import type { ExportLanguage } from './export-text'

const THEMES: readonly string[] = ['system', 'light', 'dark']

/** Who is told at once when a choice changes. */
export interface AppearanceListeners {
  /** The window shell, so that the window follows the theme without a restart. */
  onThemeChange?: (theme: ThemeChoice) => void
  /** The menus, rebuilt in the new language. */
  onLanguageChange?: (language: ExportLanguage) => void
}

/** Reads and saves the theme choice, and keeps the page's language for main's texts. */
export class AppearanceService {
  // Not kept across starts: the page tells main its language as soon as it loads.
  private current: ExportLanguage = 'en'

  constructor(
    private readonly cache: Cache,
    private readonly listeners: AppearanceListeners = {},
  ) {}

  /** The saved theme; `system` when none (or something unknown) is saved. */
  theme(): ThemeChoice {
    const stored = this.cache.settings.text('theme')
    return THEMES.includes(stored ?? '') ? (stored as ThemeChoice) : 'system'
  }

  /** Saves the theme and tells the window shell. */
  setTheme(theme: ThemeChoice): void {
    this.cache.settings.setText('theme', theme)
    this.listeners.onThemeChange?.(theme)
  }

  /** The language the page reads; main's notifications, menus, tray and dialogs use it. */
  language(): ExportLanguage {
    return this.current
  }

  /** The page's language changed (or the page loaded): main's texts follow it. */
  setLanguage(language: ExportLanguage): void {
    this.current = language
    this.listeners.onLanguageChange?.(language)
  }
}
