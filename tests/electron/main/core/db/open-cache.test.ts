import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { LATEST_VERSION } from '../../../../../electron/main/core/db/migrations'
import { Cache } from '../../../../../electron/main/core/db/cache'
import { openCache } from '../../../../../electron/main/core/db/open-cache'
import { openDatabase, scalar } from '../../../../../electron/main/core/db/sqlite'

const ROOT = fileURLToPath(new URL('../../../../..', import.meta.url))
const tempPath = () => join(mkdtempSync(join(tmpdir(), 'dd-open-')), 'cache.db')

describe('openCache', () => {
  it('creates a WAL database at the latest schema', () => {
    const { db, notice } = openCache(tempPath())
    expect(notice).toBeNull()
    expect(scalar(db, 'PRAGMA journal_mode')).toBe('wal')
    expect(scalar(db, 'PRAGMA user_version')).toBe(LATEST_VERSION)
  })

  it('moves a file that is not a database aside, keeps it, and starts a fresh cache', () => {
    const path = tempPath()
    writeFileSync(path, 'garbage '.repeat(1000))
    const opened = openCache(path, new Date('2026-11-29T10:00:00Z'))
    expect(opened.notice).toMatch(/could not be read because the file was damaged/)
    expect(opened.notice).toMatch(/next sync/)
    expect(existsSync(opened.movedTo!)).toBe(true)
    expect(scalar(opened.db, 'SELECT count(*) FROM prices')).toBe(7)
  })

  it('moves aside a cache whose pages are damaged', () => {
    const path = tempPath()
    const db = openDatabase(path)
    db.exec('PRAGMA journal_mode = DELETE; CREATE TABLE big (x TEXT);')
    const insert = db.prepare('INSERT INTO big VALUES (?)')
    // One transaction: 2,000 autocommits are 2,000 fsyncs, which a busy disk turns into minutes.
    db.exec('BEGIN')
    for (let i = 0; i < 2000; i++) insert.run(`row ${i} ${'x'.repeat(200)}`)
    db.exec('COMMIT')
    db.close()
    const bytes = readFileSync(path)
    bytes.fill(0x5a, 4096 * 3, 4096 * 6)
    writeFileSync(path, bytes)
    const opened = openCache(path)
    expect(opened.notice).toMatch(/damaged/)
    expect(readdirSync(join(path, '..')).some((f) => f.includes('unreadable'))).toBe(true)
  })

  it('moves aside a cache from a newer version of the app', () => {
    const path = tempPath()
    const db = openDatabase(path)
    db.exec(`PRAGMA user_version = ${LATEST_VERSION + 5}`)
    db.close()
    expect(openCache(path).notice).toMatch(/newer version of Domain Desk/)
  })
})

/** Overwrites three pages of the domains table's file region: damage the open does not read. */
function damagePages(path: string): void {
  const bytes = readFileSync(path)
  bytes.fill(0x5a, 4096 * 3, 4096 * 6)
  writeFileSync(path, bytes)
}

/** A closed cache file big enough that pages 3–6 hold rows, not the schema. */
function filledCache(path: string): Cache {
  const cache = Cache.open(path)
  const insert = cache.db.prepare('INSERT INTO app_settings (key, value) VALUES (?, ?)')
  cache.transaction(() => {
    for (let i = 0; i < 2000; i++) insert.run(`key ${i}`, 'x'.repeat(200))
  })
  return cache
}

describe('the integrity check runs at close', () => {
  it('trusts a cache that passed its check as it was closed: the open does not read every page', () => {
    const path = tempPath()
    filledCache(path).close()
    // Damage after a checked close (a disk failing while the app was not running) is what the
    // open no longer reads every page for; the next close finds it.
    damagePages(path)
    const opened = openCache(path)
    expect(opened.notice).toBeNull()
    opened.db.close()
  })

  it('uses the mark up at open, so the open after a run that died checks again', () => {
    const path = tempPath()
    filledCache(path).close()
    // A run that never closes its cache.
    openCache(path)
    damagePages(path)
    expect(openCache(path).notice).toMatch(/damaged/)
  })

  it('leaves no mark when the check at close fails, and the next open moves the file aside', () => {
    const path = tempPath()
    filledCache(path).close()
    // Opened without the check (it passed at close), then damaged under the running app.
    const cache = Cache.open(path)
    damagePages(path)
    cache.close()
    expect(readdirSync(join(path, '..')).some((f) => f.endsWith('-checked'))).toBe(false)
    expect(openCache(path).notice).toMatch(/damaged/)
  })
})

describe('openCache while another process holds the file', () => {
  it('waits for the lock instead of failing with "database is locked"', async () => {
    const path = tempPath()
    // Another process takes the file (a database not yet in WAL mode) and holds it for 600 ms.
    const holder = spawn(
      process.execPath,
      [
        '-e',
        `const Database = require('libsql')
        const db = new Database(process.argv[1])
        db.exec('CREATE TABLE t (x)')
        db.exec('BEGIN EXCLUSIVE')
        db.exec('INSERT INTO t VALUES (1)')
        console.log('locked')
        setTimeout(() => { db.exec('COMMIT'); db.close() }, 600)`,
        path,
      ],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
    )
    await new Promise<void>((resolve) =>
      createInterface({ input: holder.stdout! }).once('line', () => resolve()),
    )
    const started = Date.now()
    const { db, notice } = openCache(path)
    expect(notice).toBeNull()
    expect(Date.now() - started).toBeGreaterThan(100)
    expect(scalar(db, 'PRAGMA journal_mode')).toBe('wal')
    expect(scalar(db, 'SELECT count(*) FROM t')).toBe(1)
    db.close()
    await new Promise((resolve) => holder.once('exit', resolve))
  })
})
