/**
 * Version 8: what VPS.org actually charged, per kind, TLD and period, so that estimates can learn
 * from it (a multi-year registration may cost less than the price table's sum). Earlier
 * registrations and transfers that reported a charge are carried over.
 */
import { pricingTld } from '../../../shared/pricing/estimate'
import type { Migration } from './migrations'
import { rows, type Db } from './sqlite'

function backfill(db: Db): void {
  const prices = rows<{ tld: string }>(db, 'SELECT tld FROM prices')
  const tldOf = (name: string) =>
    pricingTld(
      prices.map((p) => ({ tld: p.tld, registerCents: 0, renewCents: 0, transferCents: 0 })),
      name,
    )
  const insert = db.prepare(
    `INSERT INTO charges (account_id, kind, tld, years, charged_cents, domain_name, at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  )
  for (const r of rows<{
    account_id: string
    domain_name: string
    years: number
    cents: number
    at: string
  }>(
    db,
    `SELECT account_id, domain_name, years, total_cost_cents AS cents,
            coalesce(settled_at, sent_at, created_at) AS at
       FROM registration_intents
      WHERE state = 'succeeded' AND total_cost_cents IS NOT NULL`,
  ))
    insert.run(
      r.account_id,
      'registration',
      tldOf(r.domain_name),
      r.years,
      r.cents,
      r.domain_name,
      r.at,
    )
  for (const r of rows<{ account_id: string; domain_name: string; cents: number; at: string }>(
    db,
    `SELECT account_id, domain_name, charged_cents AS cents,
            coalesce(initiated_at, sent_at, created_at) AS at
       FROM transfers
      WHERE charged_cents IS NOT NULL AND state IN ('pending', 'completed')`,
  ))
    insert.run(r.account_id, 'transfer', tldOf(r.domain_name), 1, r.cents, r.domain_name, r.at)
}

export const v8: Migration = {
  version: 8,
  describe: 'charges per TLD and period',
  up(db) {
    db.exec(`
      CREATE TABLE charges (
        id INTEGER PRIMARY KEY,
        account_id TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('registration', 'transfer', 'renewal')),
        tld TEXT NOT NULL,
        years INTEGER NOT NULL,
        charged_cents INTEGER NOT NULL,
        domain_name TEXT NOT NULL,
        at TEXT NOT NULL
      );
      CREATE INDEX charges_by_price ON charges (kind, tld, years, at);
    `)
    backfill(db)
  },
}
