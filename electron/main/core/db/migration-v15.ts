/**
 * Version 15: `deferred_indexes`, the indexes of `domains` that a first fill dropped and has not
 * built back yet (deferred-indexes.ts). A run that dies mid-fill leaves its rows here, and the
 * next open builds those indexes back.
 */
import type { Db } from './sqlite'

/** Creates the table of deferred indexes. */
export function upToV15(db: Db): void {
  db.exec(`
    CREATE TABLE deferred_indexes (
      name TEXT PRIMARY KEY,
      sql TEXT NOT NULL
    );
  `)
}
