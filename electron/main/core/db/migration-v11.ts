/** Version 11: the user's portfolio policies (rules), in the order they were written. */
import type { Db } from './sqlite'

/** Creates the policies table. */
export function upToV11(db: Db): void {
  db.exec(`
    CREATE TABLE policies (
      id TEXT PRIMARY KEY,
      position INTEGER NOT NULL,
      rule TEXT NOT NULL,
      updated_at TEXT NOT NULL
    );
  `)
}
