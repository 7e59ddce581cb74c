/** Domain details (WHOIS, registrar, DNS record count) as last fetched from VPS.org. */
import type { DomainView } from '../../../shared/ipc/models'
import type { DomainDetail } from '../../../shared/vps-api/types'
import { nameIndexOf } from './name-index'
import { row, rows, type Db } from './sqlite'

interface DetailsRecord {
  registrar: string
  registrant: string
  admin_contact: string
  tech_contact: string
  created_date: string
  updated_date: string
  dns_records_count: number
  fetched_at: string
}

/** Reads and writes domain details. */
export class DetailsRepo {
  constructor(private readonly db: Db) {}

  save(accountId: string, d: DomainDetail, fetchedAt: string): void {
    this.db
      .prepare(
        `INSERT OR REPLACE INTO domain_details (account_id, domain_id, registrar, registrant, admin_contact,
          tech_contact, created_date, updated_date, dns_records_count, fetched_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        accountId,
        d.id,
        d.registrar,
        d.whois_info.registrant,
        d.whois_info.admin_contact,
        d.whois_info.tech_contact,
        d.whois_info.created_date,
        d.whois_info.updated_date,
        d.dns_records_count,
        fetchedAt,
      )
    // The registrar is searched.
    nameIndexOf(this.db).noteId(accountId, d.id)
  }

  get(accountId: string, domainId: number): DomainView['details'] {
    const r = row<DetailsRecord>(
      this.db,
      'SELECT * FROM domain_details WHERE account_id = ? AND domain_id = ?',
      accountId,
      domainId,
    )
    if (!r) return null
    return {
      registrar: r.registrar,
      whois: {
        registrant: r.registrant,
        adminContact: r.admin_contact,
        techContact: r.tech_contact,
        createdDate: r.created_date,
        updatedDate: r.updated_date,
      },
      dnsRecordsCount: r.dns_records_count,
      fetchedAt: r.fetched_at,
    }
  }

  /** Domains in the account whose details were never fetched, oldest ids first. */
  missing(accountId: string, limit: number): number[] {
    return rows<{ id: number }>(
      this.db,
      `SELECT d.id FROM domains d WHERE d.account_id = ? AND d.removed_at IS NULL
        AND NOT EXISTS (SELECT 1 FROM domain_details dd WHERE dd.account_id = d.account_id AND dd.domain_id = d.id)
        ORDER BY d.id LIMIT ?`,
      accountId,
      limit,
    ).map((r) => r.id)
  }

  /** Each registrar the account's domains are known to be at, with how many. */
  registrarCounts(accountId: string): Array<{ registrar: string; count: number }> {
    return rows<{ registrar: string; count: number }>(
      this.db,
      `SELECT dd.registrar AS registrar, count(*) AS count FROM domain_details dd
        JOIN domains d ON d.account_id = dd.account_id AND d.id = dd.domain_id
        WHERE dd.account_id = ? AND d.removed_at IS NULL
        GROUP BY dd.registrar ORDER BY count DESC, dd.registrar`,
      accountId,
    )
  }
}
