import { describe, expect, it } from 'vitest'
import {
  isCorruption,
  inTransaction,
  isDiskFull,
  openDatabase,
  row,
  rows,
  scalar,
  transaction,
} from '../../../../../electron/main/core/db/sqlite'

function table() {
  const db = openDatabase(':memory:')
  db.exec('CREATE TABLE t (x TEXT)')
  return db
}

describe('sqlite helpers', () => {
  it('returns rows without libsql’s _metadata', () => {
    const db = table()
    db.exec("INSERT INTO t VALUES ('a')")
    expect(row(db, 'SELECT x FROM t')).toEqual({ x: 'a' })
    expect(rows(db, 'SELECT x FROM t')).toEqual([{ x: 'a' }])
    expect(scalar(db, 'SELECT count(*) FROM t')).toBe(1)
  })

  it('commits, or rolls back and rethrows the original error', () => {
    const db = table()
    transaction(db, () => db.exec("INSERT INTO t VALUES ('kept')"))
    expect(() =>
      transaction(db, () => {
        db.exec("INSERT INTO t VALUES ('lost')")
        throw new Error('boom')
      }),
    ).toThrow('boom')
    expect(rows(db, 'SELECT x FROM t')).toEqual([{ x: 'kept' }])
    expect(db.inTransaction).toBe(false)
  })

  it('nests as savepoints: an inner failure undoes only the inner work', () => {
    const db = table()
    transaction(db, () => {
      db.exec("INSERT INTO t VALUES ('outer')")
      expect(() =>
        transaction(db, () => {
          db.exec("INSERT INTO t VALUES ('inner')")
          throw new Error('inner failed')
        }),
      ).toThrow('inner failed')
    })
    expect(rows(db, 'SELECT x FROM t')).toEqual([{ x: 'outer' }])
  })

  it('answers on a closed connection with an error, never by aborting the process', () => {
    // libsql's own transaction getter panics in native code once the connection is closed.
    const db = table()
    db.exec('BEGIN')
    expect(inTransaction(db)).toBe(true)
    db.exec('COMMIT')
    db.close()
    expect(inTransaction(db)).toBe(false)
    expect(() => transaction(db, () => db.exec("INSERT INTO t VALUES ('late')"))).toThrow(
      /not open/,
    )
  })

  it('reports SQLITE_FULL itself when SQLite rolled back on its own', () => {
    const db = table()
    db.exec(`PRAGMA max_page_count = ${scalar<number>(db, 'PRAGMA page_count')}`)
    const insert = db.prepare('INSERT INTO t VALUES (?)')
    let caught: unknown
    try {
      transaction(db, () => {
        for (let i = 0; i < 1000; i++) insert.run('x'.repeat(500))
      })
    } catch (error) {
      caught = error
    }
    expect(isDiskFull(caught)).toBe(true)
    expect(isCorruption(caught)).toBe(false)
  })
})
