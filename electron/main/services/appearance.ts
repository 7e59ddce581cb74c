/**
 * The theme the user chose in Settings, mirrored from the renderer into the cache so that main
 * can apply it before the next window is created (no flash of the wrong theme).
 */
import type { ThemeChoice } from '../../shared/ipc/models'
import type { Cache } from '../core/db/cache'

const THEMES: readonly string[] = ['system', 'light', 'dark']

/** Reads and saves the theme choice; `onChange` lets the window shell follow at once. */
export class AppearanceService {
  constructor(
    private readonly cache: Cache,
    private readonly onChange?: (theme: ThemeChoice) => void,
  ) {}

  /** The saved theme; `system` when none (or something unknown) is saved. */
  theme(): ThemeChoice {
    const stored = this.cache.settings.text('theme')
    return THEMES.includes(stored ?? '') ? (stored as ThemeChoice) : 'system'
  }

  /** Saves the theme and tells the window shell. */
  setTheme(theme: ThemeChoice): void {
    this.cache.settings.setText('theme', theme)
    this.onChange?.(theme)
  }
}
