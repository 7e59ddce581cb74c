/**
 * Thin helpers over libsql (better-sqlite3's API, N-API prebuilt, so the same binary serves Node
 * tests and Electron). libsql's `get()` adds an enumerable `_metadata` to rows; `row()` strips it
 * so rows can be mapped and compared plainly.
 */
import Database from 'libsql'

/** An open database connection. */
export type Db = InstanceType<typeof Database>

/** Opens (or creates) a database file. */
export function openDatabase(path: string): Db {
  return new Database(path)
}

/** The first row of a query, without libsql's `_metadata`, or undefined. */
export function row<T>(db: Db, sql: string, ...params: unknown[]): T | undefined {
  const found = db.prepare(sql).get(...params) as (T & { _metadata?: unknown }) | undefined
  if (found) delete found._metadata
  return found
}

/** Every row of a query. */
export function rows<T>(db: Db, sql: string, ...params: unknown[]): T[] {
  return db.prepare(sql).all(...params) as T[]
}

/** One value: the first column of the first row. */
export function scalar<T>(db: Db, sql: string, ...params: unknown[]): T | undefined {
  const found = db
    .prepare(sql)
    .raw()
    .get(...params) as unknown[] | undefined
  return found?.[0] as T | undefined
}

/** SQLite's code for a failure (`SQLITE_CORRUPT`, `SQLITE_FULL`…), if it is one. */
export function sqliteCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown })?.code
  return typeof code === 'string' && code.startsWith('SQLITE_') ? code : undefined
}

/** The file is damaged or is not a database at all. */
export function isCorruption(error: unknown): boolean {
  const code = sqliteCode(error)
  return code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB'
}

/** The disk (or quota) is full. */
export function isDiskFull(error: unknown): boolean {
  return sqliteCode(error) === 'SQLITE_FULL'
}
