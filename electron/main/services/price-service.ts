/**
 * The editable price table (integer cents per TLD) that every estimate in the app comes from:
 * registrations, renewals, transfers, the forecast and budgets.
 */
import type { PriceRow } from '../../shared/ipc/models'
import type { Clock } from '../core/clock'
import type { Cache } from '../core/db/cache'
import { AppError } from './app-error'

/** Reads the price table and replaces it as a whole. */
export class PriceService {
  constructor(
    private readonly cache: Cache,
    private readonly clock: Clock,
  ) {}

  /** The table, by TLD. */
  list(): PriceRow[] {
    return this.cache.prices.all()
  }

  /**
   * Replaces the table in one transaction and answers with what was kept. A TLD listed twice is
   * refused before anything is written, so the table is never half-replaced.
   */
  set(rows: PriceRow[]): PriceRow[] {
    const seen = new Set<string>()
    for (const row of rows) {
      if (seen.has(row.tld))
        throw new AppError('InvalidArgument', `.${row.tld} appears twice in the price table.`, {
          reason: 'duplicateTld',
          field: 'tld',
          params: { tld: row.tld },
          fields: { tld: [`.${row.tld} appears twice.`] },
        })
      seen.add(row.tld)
    }
    this.cache.prices.replace(rows, this.clock.now().toISOString())
    return this.cache.prices.all()
  }
}
