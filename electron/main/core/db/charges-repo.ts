/** What VPS.org actually charged, per kind, TLD and period (estimates learn from it). */
import { row, type Db } from './sqlite'

export type ChargeKind = 'registration' | 'transfer' | 'renewal'

/** One recorded charge, as an estimate cites it. */
export interface LastCharge {
  cents: number
  at: string
  domainName: string
}

/** Records charges and answers the latest for a kind, TLD and number of years. */
export class ChargesRepo {
  constructor(private readonly db: Db) {}

  record(charge: {
    accountId: string
    kind: ChargeKind
    tld: string
    years: number
    cents: number
    domainName: string
    at: string
  }): void {
    this.db
      .prepare(
        `INSERT INTO charges (account_id, kind, tld, years, charged_cents, domain_name, at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        charge.accountId,
        charge.kind,
        charge.tld,
        charge.years,
        charge.cents,
        charge.domainName,
        charge.at,
      )
  }

  /** The newest charge for this kind, TLD and period (any account: VPS.org's prices are one). */
  latest(kind: ChargeKind, tld: string, years: number): LastCharge | null {
    const found = row<{ cents: number; at: string; domain_name: string }>(
      this.db,
      `SELECT charged_cents AS cents, at, domain_name FROM charges
        WHERE kind = ? AND tld = ? AND years = ? ORDER BY at DESC, id DESC LIMIT 1`,
      kind,
      tld,
      years,
    )
    return found ? { cents: found.cents, at: found.at, domainName: found.domain_name } : null
  }
}
