/**
 * Version 12: saved views of the portfolio, per account. A view's name is unique within its
 * account whatever its case (NOCASE folds ASCII; the service also folds other scripts).
 */
import type { Db } from './sqlite'

/** Creates the saved_views table. */
export function upToV12(db: Db): void {
  db.exec(`
    CREATE TABLE saved_views (
      id INTEGER PRIMARY KEY,
      account_id TEXT NOT NULL,
      name TEXT NOT NULL,
      state TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    );
    CREATE UNIQUE INDEX saved_views_name ON saved_views (account_id, name COLLATE NOCASE);
  `)
}
