/**
 * Version 10: the last DNS check of each domain's delegation (the nameserver check after a
 * change), kept so that the result and its time survive a restart and show offline.
 */
import type { Db } from './sqlite'

/** Creates the dns_checks table. */
export function upToV10(db: Db): void {
  db.exec(`
    CREATE TABLE dns_checks (
      account_id TEXT NOT NULL,
      domain_id INTEGER NOT NULL,
      state TEXT NOT NULL,
      result TEXT NOT NULL,
      checked_at TEXT NOT NULL,
      PRIMARY KEY (account_id, domain_id)
    ) WITHOUT ROWID;
  `)
}
