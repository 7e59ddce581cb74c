import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  LATEST_VERSION,
  migrate,
  NewerSchemaError,
  schemaVersion,
} from '../../../../../electron/main/core/db/migrations'
import { openDatabase, rows } from '../../../../../electron/main/core/db/sqlite'

const tables = (db: ReturnType<typeof openDatabase>) =>
  rows<{ name: string }>(
    db,
    "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name",
  ).map((t) => t.name)

describe('cache migrations', () => {
  it('builds the latest schema from an empty database, with the reference prices', () => {
    const db = openDatabase(':memory:')
    expect(migrate(db)).toBe(LATEST_VERSION)
    expect(tables(db)).toEqual([
      'app_settings',
      'domain_details',
      'domains',
      'history',
      'notes',
      'notification_log',
      'notifications_sent',
      'prices',
      'registration_intents',
      'sync_runs',
      'tags',
      'transfers',
    ])
    expect(rows(db, "SELECT * FROM prices WHERE tld = 'io'")).toEqual([
      {
        tld: 'io',
        register_cents: 3999,
        renew_cents: 3999,
        transfer_cents: 3999,
        updated_at: expect.any(String),
      },
    ])
  })

  it('upgrades an older (version 1) cache and keeps its data', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'dd-mig-')), 'cache.db')
    const old = openDatabase(path)
    expect(migrate(old, 1)).toBe(1)
    old
      .prepare(
        `INSERT INTO domains VALUES ('a', 101, 'example.com', 'example.com', 'active', '2023-01-15T10:30:00Z', '2027-01-15T10:30:00Z', 0, 1, 1, 1, 'vps.org', '[]', 'x', 'x', NULL)`,
      )
      .run()
    old.prepare("UPDATE prices SET register_cents = 999 WHERE tld = 'com'").run()
    old.close()
    const db = openDatabase(path)
    expect(schemaVersion(db)).toBe(1)
    expect(migrate(db)).toBe(LATEST_VERSION)
    expect(rows(db, 'SELECT name FROM domains')).toEqual([{ name: 'example.com' }])
    expect(rows(db, "SELECT register_cents FROM prices WHERE tld = 'com'")).toEqual([
      { register_cents: 999 },
    ])
    expect(tables(db)).toContain('registration_intents')
  })

  it('is a no-op on an up-to-date cache', () => {
    const db = openDatabase(':memory:')
    migrate(db)
    migrate(db)
    expect(rows(db, 'SELECT count(*) AS n FROM prices')).toEqual([{ n: 7 }])
  })

  it('refuses a cache written by a newer version instead of guessing', () => {
    const db = openDatabase(':memory:')
    db.exec(`PRAGMA user_version = ${LATEST_VERSION + 1}`)
    expect(() => migrate(db)).toThrow(NewerSchemaError)
  })
})
