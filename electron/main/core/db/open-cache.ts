/**
 * Opens the offline cache: WAL journal, migrations, and a quick integrity check. A damaged or
 * unreadable file (or one from a newer app version) is moved aside — never deleted, never a
 * crash — and a fresh cache is created; the next sync refills it. The caller shows `notice`.
 */
import { existsSync, renameSync } from 'node:fs'
import { LATEST_VERSION, migrate, NewerSchemaError } from './migrations'
import { isCorruption, openDatabase, scalar, type Db } from './sqlite'
import { systemClock } from '../clock'

/** An open cache and, if it had to be rebuilt, why and where the old file went. */
export interface OpenedCache {
  db: Db
  /** A sentence for the user when the old cache was moved aside; null otherwise. */
  notice: string | null
  movedTo: string | null
}

function configure(db: Db): void {
  // First: another process can hold the file for a moment (an instance still closing, one that
  // died mid-write and whose WAL the next opener recovers), and every statement below would
  // otherwise fail at once with "database is locked" instead of waiting for it.
  db.exec('PRAGMA busy_timeout = 5000')
  db.exec('PRAGMA journal_mode = WAL')
  // NORMAL is durable across app crashes in WAL mode; only a power loss can drop the last commit.
  db.exec('PRAGMA synchronous = NORMAL')
  db.exec('PRAGMA foreign_keys = ON')
  // 32 MiB of page cache (SQLite's default is 2): a 100,000-domain sync updates several indexes
  // at scattered places, and each page that has to be read back costs a system call.
  db.exec('PRAGMA cache_size = -32768')
}

function healthy(db: Db): string | null {
  const result = scalar<string>(db, 'PRAGMA quick_check(1)')
  return result === 'ok' ? null : `integrity check: ${result}`
}

/** Moves the database and its WAL/SHM companions to `<path>.unreadable-<time>`. */
function moveAside(path: string, now: Date): string {
  const target = `${path}.unreadable-${now.toISOString().replace(/[:.]/g, '-')}`
  for (const suffix of ['', '-wal', '-shm']) {
    if (existsSync(path + suffix)) renameSync(path + suffix, target + suffix)
  }
  return target
}

function tryOpen(path: string): Db {
  const db = openDatabase(path)
  try {
    configure(db)
    const problem = healthy(db)
    if (problem) throw Object.assign(new Error(problem), { code: 'SQLITE_CORRUPT' })
    migrate(db)
    return db
  } catch (error) {
    db.close()
    throw error
  }
}

/** Opens (creating if needed) the cache at `path`, rebuilding it when it is unreadable. */
export function openCache(path: string, now = systemClock.now()): OpenedCache {
  try {
    return { db: tryOpen(path), notice: null, movedTo: null }
  } catch (error) {
    const newer = error instanceof NewerSchemaError
    if (!newer && !isCorruption(error)) throw error
    const movedTo = moveAside(path, now)
    const why = newer
      ? `it was written by a newer version of Domain Desk (schema ${(error as NewerSchemaError).found}, this one knows ${LATEST_VERSION})`
      : 'the file was damaged'
    return {
      db: tryOpen(path),
      movedTo,
      notice: `The offline cache could not be read because ${why}. It was moved to ${movedTo} and a new cache will be filled by the next sync; local tags and notes in the old file are kept there.`,
    }
  }
}
