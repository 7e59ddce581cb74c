/**
 * Change history: every difference a sync found and every change the app made — what, old,
 * new, when, and from where.
 */
import type { HistoryEntry } from '../../../shared/ipc/models'
import { rows, type Db } from './sqlite'

/** A history entry to record. */
export interface NewHistoryEntry {
  domainId: number
  domainName: string
  field: string
  oldValue: string | null
  newValue: string | null
  at: string
  source: HistoryEntry['source']
  syncRunId?: number
}

interface HistoryRecord {
  id: number
  at: string
  domain_name: string
  field: string
  old_value: string | null
  new_value: string | null
  source: HistoryEntry['source']
}

/** Reads and appends history. */
export class HistoryRepo {
  private readonly insert
  constructor(private readonly db: Db) {
    this.insert = db.prepare(
      `INSERT INTO history (account_id, domain_id, domain_name, field, old_value, new_value, at, source, sync_run_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
  }

  add(accountId: string, e: NewHistoryEntry): void {
    this.insert.run(
      accountId,
      e.domainId,
      e.domainName,
      e.field,
      e.oldValue,
      e.newValue,
      e.at,
      e.source,
      e.syncRunId ?? null,
    )
  }

  /** Newest first. */
  forDomain(accountId: string, domainId: number, limit = 200): HistoryEntry[] {
    return rows<HistoryRecord>(
      this.db,
      'SELECT id, at, domain_name, field, old_value, new_value, source FROM history WHERE account_id = ? AND domain_id = ? ORDER BY id DESC LIMIT ?',
      accountId,
      domainId,
      limit,
    ).map((r) => ({
      id: r.id,
      at: r.at,
      domainName: r.domain_name,
      field: r.field,
      oldValue: r.old_value,
      newValue: r.new_value,
      source: r.source,
    }))
  }
}
