/** The last DNS check of each domain (see migration-v10.ts). */
import { DnsCheckSchema, type DnsCheck } from '../../../shared/ipc/dns-models'
import { rows, type Db } from './sqlite'

/** Reads and writes the last check per (account, domain). */
export class DnsChecksRepo {
  constructor(private readonly db: Db) {}

  /** Keeps `check` as the domain's last one. */
  save(accountId: string, check: DnsCheck): void {
    this.db
      .prepare(
        `INSERT OR REPLACE INTO dns_checks (account_id, domain_id, state, result, checked_at)
         VALUES (?, ?, ?, ?, ?)`,
      )
      .run(accountId, check.domainId, check.state, JSON.stringify(check), check.checkedAt)
  }

  /** The last checks of these domains (those never checked are absent). */
  forDomains(accountId: string, domainIds: readonly number[]): DnsCheck[] {
    if (domainIds.length === 0) return []
    return rows<{ result: string }>(
      this.db,
      `SELECT result FROM dns_checks WHERE account_id = ?
       AND domain_id IN (SELECT value FROM json_each(?)) ORDER BY domain_id`,
      accountId,
      JSON.stringify(domainIds),
    ).flatMap((r) => {
      // A row from an older shape is dropped rather than shown wrong.
      const parsed = DnsCheckSchema.safeParse(JSON.parse(r.result))
      return parsed.success ? [parsed.data] : []
    })
  }
}
