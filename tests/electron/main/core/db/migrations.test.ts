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
      'charges',
      'deferred_indexes',
      'dns_checks',
      'domain_details',
      'domain_search',
      'domain_search_config',
      'domain_search_content',
      'domain_search_data',
      'domain_search_docsize',
      'domain_search_idx',
      'domains',
      'history',
      'notes',
      'notification_log',
      'notifications_sent',
      'policies',
      'prices',
      'registration_intents',
      'saved_views',
      'search_rows',
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

  it('v4: keeps one open transfer per domain and one registration in flight per name, flagging older duplicates instead of dropping them', () => {
    const db = openDatabase(':memory:')
    migrate(db, 3)
    const transfer = db.prepare(
      `INSERT INTO transfers (account_id, domain_id, domain_name, state, created_at) VALUES ('a', ?, 'x.io', ?, ?)`,
    )
    transfer.run(102, 'sending', '2026-01-01T00:00:00Z')
    transfer.run(102, 'pending', '2026-01-02T00:00:00Z')
    transfer.run(102, 'sending', '2026-01-03T00:00:00Z')
    transfer.run(103, 'failed', '2026-01-01T00:00:00Z')
    const intent = db.prepare(
      `INSERT INTO registration_intents (id, account_id, domain_name, unicode_name, years, auto_renew, privacy, state, created_at)
       VALUES (?, 'a', 'n.com', 'n.com', 1, 1, 1, ?, ?)`,
    )
    intent.run('i1', 'sending', '2026-01-01T00:00:00Z')
    intent.run('i2', 'sending', '2026-01-02T00:00:00Z')
    intent.run('i3', 'failed', '2026-01-03T00:00:00Z')
    expect(migrate(db)).toBe(LATEST_VERSION)
    expect(rows(db, 'SELECT id, state, duplicate_of, sent_at FROM transfers ORDER BY id')).toEqual([
      { id: 1, state: 'unknown', duplicate_of: 3, sent_at: '2026-01-01T00:00:00Z' },
      { id: 2, state: 'pending', duplicate_of: 3, sent_at: '2026-01-02T00:00:00Z' },
      { id: 3, state: 'sending', duplicate_of: null, sent_at: '2026-01-03T00:00:00Z' },
      { id: 4, state: 'failed', duplicate_of: null, sent_at: '2026-01-01T00:00:00Z' },
    ])
    expect(
      rows(db, 'SELECT id, state, duplicate_of FROM registration_intents ORDER BY id'),
    ).toEqual([
      { id: 'i1', state: 'unknown', duplicate_of: 'i2' },
      { id: 'i2', state: 'sending', duplicate_of: null },
      { id: 'i3', state: 'failed', duplicate_of: null },
    ])
    expect(() => transfer.run(102, 'pending', '2026-01-04T00:00:00Z')).toThrow(/UNIQUE/)
    expect(() => transfer.run(103, 'sending', '2026-01-04T00:00:00Z')).not.toThrow()
    expect(() => intent.run('i4', 'unknown', '2026-01-04T00:00:00Z')).toThrow(/UNIQUE/)
    expect(() => intent.run('i5', 'prepared', '2026-01-04T00:00:00Z')).not.toThrow()
  })

  it('v7: upgrades a version 6 cache, indexing its names, tags and registrars for search', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'dd-mig-')), 'cache.db')
    const old = openDatabase(path)
    expect(migrate(old, 6)).toBe(6)
    const insert = old.prepare(
      `INSERT INTO domains VALUES ('a', ?, ?, ?, 'active', '2023-01-15T10:30:00Z', '2027-01-15T10:30:00Z', 0, 1, 1, 1, 'vps.org', '[]', 'x', 'x', NULL)`,
    )
    insert.run(1, 'example.com', 'example.com')
    insert.run(2, 'xn--bcher-kva.com', 'bücher.com')
    insert.run(3, 'other.org', 'other.org')
    old
      .prepare("INSERT INTO tags VALUES ('a', 'other.org', 'zeta'), ('a', 'other.org', 'Parked')")
      .run()
    old
      .prepare(
        `INSERT INTO domain_details (account_id, domain_id, registrar, registrant, admin_contact,
          tech_contact, created_date, updated_date, dns_records_count, fetched_at)
          VALUES ('a', 1, 'GoDaddy', '', '', '', '', '', 0, 'x')`,
      )
      .run()
    old.close()
    const db = openDatabase(path)
    expect(migrate(db)).toBe(LATEST_VERSION)
    const match = (term: string) =>
      rows<{ domain_id: number }>(
        db,
        `SELECT s.domain_id FROM domain_search f JOIN search_rows s ON s.rowid = f.rowid
          WHERE f.domain_search MATCH ? ORDER BY s.domain_id`,
        `"${term}"`,
      ).map((r) => r.domain_id)
    expect(match('examp')).toEqual([1])
    expect(match('BÜCH')).toEqual([2])
    expect(match('parked')).toEqual([3])
    expect(match('daddy')).toEqual([1])
    expect(rows(db, 'SELECT id, first_tag, registrar FROM domains ORDER BY id')).toEqual([
      { id: 1, first_tag: null, registrar: 'GoDaddy' },
      { id: 2, first_tag: null, registrar: null },
      { id: 3, first_tag: 'Parked', registrar: null },
    ])
  })
})
