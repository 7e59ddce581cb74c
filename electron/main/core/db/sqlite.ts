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

/**
 * Whether a transaction is open on `db`; false once it is closed. libsql's own `inTransaction`
 * aborts the whole process on a closed connection (a Rust panic, not an error), and work that
 * steps between turns of the event loop can find the cache closed by a quit.
 */
export function inTransaction(db: Db): boolean {
  return db.open && db.inTransaction
}

let savepoints = 0

/**
 * Runs `fn` in a transaction (a savepoint when one is already open) and rethrows `fn`'s own
 * error. libsql's `db.transaction()` is not used: when SQLite has already rolled back by itself
 * (SQLITE_FULL does), its ROLLBACK fails and hides the real error behind "no transaction is active".
 */
export function transaction<T>(db: Db, fn: () => T): T {
  const nested = inTransaction(db)
  const savepoint = `sp_${++savepoints}`
  db.exec(nested ? `SAVEPOINT ${savepoint}` : 'BEGIN')
  try {
    const result = fn()
    db.exec(nested ? `RELEASE ${savepoint}` : 'COMMIT')
    return result
  } catch (error) {
    if (inTransaction(db)) {
      try {
        db.exec(nested ? `ROLLBACK TO ${savepoint}; RELEASE ${savepoint}` : 'ROLLBACK')
      } catch {
        // The original error is the one worth reporting.
      }
    }
    throw error
  }
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

/** A UNIQUE (or primary key) rule refused the write: someone else holds that slot. */
export function isUniqueViolation(error: unknown): boolean {
  const code = sqliteCode(error)
  return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY'
}
