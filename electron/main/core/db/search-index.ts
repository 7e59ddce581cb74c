/**
 * The portfolio's search index: an FTS5 table with the trigram tokenizer (`domain_search`) over
 * each domain's search text (ASCII name, Unicode name when it differs, tags, registrar), so that
 * a substring of three characters or more is an index lookup, not a `LIKE '%x%'` scan per
 * keystroke. FTS5 rows need an integer rowid and domains are keyed by (account, id):
 * `search_rows` maps one to the other.
 *
 * New domains are indexed in bulk, not by a trigger per row: measured at 100,000 domains, a
 * per-row insert trigger made a first sync several times slower, while one INSERT…SELECT over
 * the new rows costs a fraction of that. `DomainsRepo.upsert` notes each id it writes; `flush`
 * indexes the noted ids that have no search row yet, and every search flushes first, so a
 * search never misses a written domain. Changes to tags, registrars and names are rare and go
 * through triggers (migration 7).
 */
import { row, type Db } from './sqlite'

/** A domain's search text, over a `domains` row aliased `d` (SQL expression). */
export const SEARCH_TEXT = `d.name
  || CASE WHEN d.unicode_name <> d.name THEN ' ' || d.unicode_name ELSE '' END
  || coalesce(' ' || (SELECT group_concat(t.tag, ' ') FROM tags t
      WHERE t.account_id = d.account_id AND t.domain_name = d.name), '')
  || coalesce(' ' || (SELECT dd.registrar FROM domain_details dd
      WHERE dd.account_id = d.account_id AND dd.domain_id = d.id), '')`

/** Indexes what is written, in bulk. One per database connection. */
export class SearchIndex {
  private readonly pending = new Map<string, Set<number>>()
  /** Whether rows written before this process (e.g. by a run that crashed) were checked. */
  private checked = false

  constructor(private readonly db: Db) {}

  /** Remembers that a domain was written (cheap: no SQL). */
  note(accountId: string, id: number): void {
    let ids = this.pending.get(accountId)
    if (!ids) this.pending.set(accountId, (ids = new Set()))
    ids.add(id)
  }

  /** Indexes every written domain that has no search row yet (one statement pair per account). */
  flush(): void {
    if (!this.checked) {
      this.checked = true
      // Two index counts first: the walk over every domain only when they disagree (a run
      // stopped between writing rows and indexing them).
      const count = (table: string) =>
        row<{ n: number }>(this.db, `SELECT count(*) AS n FROM ${table}`)!.n
      if (count('domains') !== count('search_rows')) this.indexMissing(null)
    }
    for (const [accountId, ids] of this.pending) {
      this.pending.delete(accountId)
      this.indexMissing({ accountId, ids: [...ids] })
    }
  }

  /** Drops an account's search rows (before its domains go). */
  forget(accountId: string): void {
    this.pending.delete(accountId)
    this.db
      .prepare(
        'DELETE FROM domain_search WHERE rowid IN (SELECT rowid FROM search_rows WHERE account_id = ?)',
      )
      .run(accountId)
    this.db.prepare('DELETE FROM search_rows WHERE account_id = ?').run(accountId)
  }

  private indexMissing(only: { accountId: string; ids: number[] } | null): void {
    const before = row<{ m: number }>(
      this.db,
      'SELECT coalesce(max(rowid), 0) AS m FROM search_rows',
    )!.m
    const missing = `NOT EXISTS (SELECT 1 FROM search_rows s
      WHERE s.account_id = d.account_id AND s.domain_id = d.id)`
    if (only) {
      this.db
        .prepare(
          `INSERT INTO search_rows (account_id, domain_id) SELECT d.account_id, d.id FROM domains d
            WHERE d.account_id = ? AND d.id IN (SELECT value FROM json_each(?)) AND ${missing}`,
        )
        .run(only.accountId, JSON.stringify(only.ids))
    } else {
      this.db
        .prepare(
          `INSERT INTO search_rows (account_id, domain_id)
            SELECT d.account_id, d.id FROM domains d WHERE ${missing}`,
        )
        .run()
    }
    this.db
      .prepare(
        `INSERT INTO domain_search (rowid, key) SELECT s.rowid, ${SEARCH_TEXT}
          FROM search_rows s JOIN domains d ON d.account_id = s.account_id AND d.id = s.domain_id
          WHERE s.rowid > ?`,
      )
      .run(before)
    // A new domain's first tag (tags may exist before their domain: an import, a re-added name).
    this.db
      .prepare(
        `UPDATE domains AS d SET first_tag = (SELECT min(t.tag) FROM tags t
            WHERE t.account_id = d.account_id AND t.domain_name = d.name)
          FROM search_rows s
          WHERE s.rowid > ? AND d.account_id = s.account_id AND d.id = s.domain_id
            AND EXISTS (SELECT 1 FROM tags t WHERE t.account_id = d.account_id AND t.domain_name = d.name)`,
      )
      .run(before)
  }
}

const indexes = new WeakMap<Db, SearchIndex>()

/** The search index of a connection. */
export function searchIndexOf(db: Db): SearchIndex {
  let index = indexes.get(db)
  if (!index) indexes.set(db, (index = new SearchIndex(db)))
  return index
}
