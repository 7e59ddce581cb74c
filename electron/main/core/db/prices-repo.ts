/** The editable price table (seeded from the reference by the first migration). */
import type { PriceRow } from '../../../shared/ipc/models'
import { rows, transaction, type Db } from './sqlite'

/** Reads and replaces the price table. */
export class PricesRepo {
  constructor(private readonly db: Db) {}

  all(): PriceRow[] {
    return rows<{
      tld: string
      register_cents: number
      renew_cents: number
      transfer_cents: number
    }>(
      this.db,
      'SELECT tld, register_cents, renew_cents, transfer_cents FROM prices ORDER BY tld',
    ).map((r) => ({
      tld: r.tld,
      registerCents: r.register_cents,
      renewCents: r.renew_cents,
      transferCents: r.transfer_cents,
    }))
  }

  /** Replaces the whole table in one transaction. */
  replace(prices: PriceRow[], at: string): void {
    transaction(this.db, () => {
      this.db.exec('DELETE FROM prices')
      const insert = this.db.prepare('INSERT INTO prices VALUES (?, ?, ?, ?, ?)')
      for (const p of prices) insert.run(p.tld, p.registerCents, p.renewCents, p.transferCents, at)
    })
  }
}
