/**
 * Opens the offline cache: WAL journal, migrations, and a quick integrity check. A damaged or
 * unreadable file (or one from a newer app version) is moved aside — never deleted, never a
 * crash — and a fresh cache is created; the next sync refills it. The caller shows `notice`.
 *
 * The integrity check reads every page: at 100,000 domains that is most of a cold start. So it
 * runs when the cache is closed, and a cache that passed it then is trusted at the next open
 * (its mark is consumed at once: a run that dies does not leave one behind, and the open after
 * it checks again).
 */
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { DomainIndexes } from './deferred-indexes'
import { LATEST_VERSION, migrate, NewerSchemaError, schemaVersion } from './migrations'
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

/** The file beside the cache saying that it passed its integrity check as it was closed. */
const checkedMark = (path: string) => `${path}-checked`

/** Whether the cache was checked as it was last closed; the mark is used up either way. */
function takeCheckedMark(path: string): boolean {
  const mark = checkedMark(path)
  if (!existsSync(mark)) return false
  rmSync(mark, { force: true })
  return true
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
  const checkedAtClose = takeCheckedMark(path)
  const db = openDatabase(path)
  try {
    configure(db)
    const problem = checkedAtClose ? null : healthy(db)
    if (problem) throw Object.assign(new Error(problem), { code: 'SQLITE_CORRUPT' })
    // A first fill that did not live to its end left indexes to build (deferred-indexes.ts),
    // in the schema it recorded them in: built before the migrations, which may change them.
    // Failing that (a full disk), the cache still answers, more slowly, and the next open tries
    // again: no reason to refuse the app.
    try {
      if (schemaVersion(db) <= LATEST_VERSION) new DomainIndexes(db).restoreAll()
    } catch {
      // The records stay until their index is built.
    }
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

/**
 * Closes the cache: folds the WAL back into the file, checks its integrity, and leaves the mark
 * that lets the next open skip the check when it passed. A failure anywhere leaves no mark.
 */
export function closeCache(db: Db, path: string | null): void {
  if (!db.open) return
  let checked = false
  try {
    db.exec('PRAGMA wal_checkpoint(TRUNCATE)')
    checked = path !== null && healthy(db) === null
  } catch {
    // Closing matters more; SQLite replays the WAL at the next open, which checks the file.
  }
  db.close()
  if (checked) writeFileSync(checkedMark(path!), '')
}
