/**
 * App settings in `app_settings`: one value per key, JSON for structured settings, plain text
 * for the ones stored that way since schema 3 (the theme).
 */
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

  /** The plain-text value under `key`, if any. */
  text(key: string): string | undefined {
    return row<{ value: string }>(this.db, 'SELECT value FROM app_settings WHERE key = ?', key)
      ?.value
  }

  /** Stores a plain-text value under `key`. */
  setText(key: string, value: string): void {
    this.db
      .prepare('INSERT OR REPLACE INTO app_settings (key, value) VALUES (?, ?)')
      .run(key, value)
  }
}
