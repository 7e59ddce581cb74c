/**
 * Version 13: one covering index for the Overview page. Its figures are counts over every live
 * domain (by status, DNS host, registrar, TLD; renewals by month of expiry); read from the table
 * each is a scan of 100,000 wide rows, from this narrow index a scan of its entries. Live
 * domains come first (removed_at IS NULL), then the expiry, so that the renewal window and the
 * past-expiry look-ups are ranges of it. (Version 12 belongs to another change.)
 */
import type { Db } from './sqlite'

/** Creates the overview's index. */
export function upToV13(db: Db): void {
  db.exec(`
    CREATE INDEX domains_overview ON domains (account_id, removed_at, expires_at, status,
      auto_renew, locked, dns_managed_by, registrar, name);
  `)
}
