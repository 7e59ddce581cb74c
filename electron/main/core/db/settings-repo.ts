/** App settings: one JSON value per key in `app_settings`. */
import { row, type Db } from './sqlite'

/** Reads and writes settings; a value that does not parse reads as absent. */
export class SettingsRepo {
  constructor(private readonly db: Db) {}

  /** The value under `key`, if it is there and `parse` accepts it. */
  get<T>(key: string, parse: (value: unknown) => T | undefined): T | undefined {
    const found = row<{ value: string }>(
      this.db,
      'SELECT value FROM app_settings WHERE key = ?',
      key,
    )
    if (!found) return undefined
    try {
      return parse(JSON.parse(found.value))
    } catch {
      return undefined
    }
  }

  /** Stores `value` (as JSON) under `key`. */
  set(key: string, value: unknown): void {
    this.db
      .prepare('INSERT OR REPLACE INTO app_settings (key, value) VALUES (?, ?)')
      .run(key, JSON.stringify(value))
  }
}
