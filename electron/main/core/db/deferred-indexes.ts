/**
 * The indexes of `domains` that a first fill builds once, at its end, instead of row by row.
 *
 * Every secondary index of `domains` is updated at a scattered place for each row written, and
 * every commit rewrites each index page it touched. Measured at 100,000 domains on the
 * development machine: rows written with the indexes in place took 5.5–6.5 s, the same rows into
 * the bare table 1.0–1.3 s and the five indexes built over them afterwards 0.6–0.9 s. So while
 * `domains` is empty (a first sync into a new cache), its secondary indexes are dropped and built
 * back when the fill ends; meanwhile the queries over it scan instead of seeking, which costs
 * little at the sizes a fill passes through before its first rows show.
 *
 * The dropped indexes are recorded (`deferred_indexes`, migration 15) in the transaction that
 * drops them, so a run that dies mid-fill leaves the record, and the next open builds them back
 * (`restoreAll`). The SQL comes from the schema itself (`sqlite_master`), so a migration that
 * changes an index needs nothing here.
 */
import { rows, transaction, type Db } from './sqlite'

interface IndexDef {
  name: string
  sql: string
}

// Unique indexes enforce a rule: never dropped. SQLite keeps the CREATE text of each index.
const SECONDARY = `SELECT name, sql FROM sqlite_master
  WHERE type = 'index' AND tbl_name = 'domains' AND sql IS NOT NULL
    AND sql NOT LIKE 'CREATE UNIQUE%' ORDER BY name`

/**
 * The CREATE text made safe to run when the index exists: a sort may build its index while the
 * fill runs (sort-index.ts). SQLite stores the text without any IF NOT EXISTS.
 */
const ifMissing = (sql: string) => sql.replace(/^CREATE INDEX /i, 'CREATE INDEX IF NOT EXISTS ')

/**
 * `INDEXED BY index` for a query over `domains d` that names its index, or nothing while a first
 * fill has the index dropped: a named index that is missing is an error, not a slower plan.
 */
export function indexedBy(db: Db, index: string): string {
  const found = rows(db, "SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?", index)
  return found.length > 0 ? `INDEXED BY ${index}` : ''
}

/** Drops and builds back the secondary indexes of `domains`. One per connection is enough. */
export class DomainIndexes {
  constructor(private readonly db: Db) {}

  /**
   * Drops the secondary indexes of `domains` when the table is empty, and records them; returns
   * how many were dropped (0 when the table has rows, or another fill already dropped them).
   */
  deferWhileEmpty(): number {
    return transaction(this.db, () => {
      if (rows(this.db, 'SELECT 1 FROM domains LIMIT 1').length > 0) return 0
      const found = rows<IndexDef>(this.db, SECONDARY)
      const record = this.db.prepare(
        'INSERT OR REPLACE INTO deferred_indexes (name, sql) VALUES (?, ?)',
      )
      for (const index of found) {
        record.run(index.name, index.sql)
        this.db.exec(`DROP INDEX "${index.name.replace(/"/g, '""')}"`)
      }
      return found.length
    })
  }

  /** How many dropped indexes wait to be built. */
  pending(): number {
    return rows<{ n: number }>(this.db, 'SELECT count(*) AS n FROM deferred_indexes')[0]!.n
  }

  /**
   * Builds back one recorded index (in its own transaction, with its record); returns whether
   * any remain. One at a time, so that the caller can let other work run between them: each
   * is a sort of the whole table (30–220 ms at 100,000 domains).
   */
  restoreOne(): boolean {
    const next = rows<IndexDef>(this.db, 'SELECT name, sql FROM deferred_indexes LIMIT 1')[0]
    if (!next) return false
    this.build(next)
    return this.pending() > 0
  }

  /**
   * Builds back every recorded index, one per turn of the event loop, so that the answers to the
   * window wait for one index at most, not for all of them.
   */
  async restoreInSteps(
    pause: () => Promise<void> = () => new Promise((resolve) => setImmediate(resolve)),
  ): Promise<void> {
    while (this.restoreOne()) await pause()
  }

  /**
   * Builds back every recorded index (at open, before the migrations: what a run that died left,
   * in the schema it was recorded in); returns how many. One that fails does not keep the others
   * from being built; the first failure is thrown at the end, and its record stays.
   */
  restoreAll(): number {
    const table = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'deferred_indexes'"
    if (rows(this.db, table).length === 0) return 0
    let built = 0
    let failure: unknown
    for (const index of rows<IndexDef>(this.db, 'SELECT name, sql FROM deferred_indexes')) {
      try {
        this.build(index)
        built++
      } catch (error) {
        failure ??= error
      }
    }
    if (failure !== undefined) throw failure
    return built
  }

  /** Builds one recorded index and forgets its record, in one transaction. */
  private build(index: IndexDef): void {
    transaction(this.db, () => {
      this.db.exec(ifMissing(index.sql))
      this.db.prepare('DELETE FROM deferred_indexes WHERE name = ?').run(index.name)
    })
  }
}
