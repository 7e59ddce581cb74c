/** Sync runs: when each started and ended, what it found, and how it failed. */
import type { SyncRun } from '../../../shared/ipc/models'
import { row, type Db } from './sqlite'

interface SyncRunRecord {
  id: number
  started_at: string
  finished_at: string | null
  status: SyncRun['status']
  pages: number
  seen: number
  added: number
  changed: number
  removed: number
  error_code: string | null
  error_message: string | null
}

function toRun(r: SyncRunRecord): SyncRun {
  return {
    id: r.id,
    startedAt: r.started_at,
    finishedAt: r.finished_at,
    status: r.status,
    pages: r.pages,
    seen: r.seen,
    added: r.added,
    changed: r.changed,
    removed: r.removed,
    errorCode: r.error_code,
    errorMessage: r.error_message,
  }
}

/** What a finished run found. */
export interface RunCounts {
  pages: number
  seen: number
  added: number
  changed: number
  removed: number
}

/** Reads and writes sync runs. */
export class SyncRunsRepo {
  constructor(private readonly db: Db) {}

  start(accountId: string, at: string): number {
    const result = this.db
      .prepare("INSERT INTO sync_runs (account_id, started_at, status) VALUES (?, ?, 'running')")
      .run(accountId, at)
    return Number(result.lastInsertRowid)
  }

  succeed(id: number, at: string, counts: RunCounts): void {
    this.db
      .prepare(
        "UPDATE sync_runs SET status = 'ok', finished_at = ?, pages = ?, seen = ?, added = ?, changed = ?, removed = ? WHERE id = ?",
      )
      .run(at, counts.pages, counts.seen, counts.added, counts.changed, counts.removed, id)
  }

  fail(id: number, at: string, code: string, message: string): void {
    this.db
      .prepare(
        "UPDATE sync_runs SET status = 'failed', finished_at = ?, error_code = ?, error_message = ? WHERE id = ?",
      )
      .run(at, code, message, id)
  }

  get(id: number): SyncRun | undefined {
    const found = row<SyncRunRecord>(this.db, 'SELECT * FROM sync_runs WHERE id = ?', id)
    return found && toRun(found)
  }

  /** The newest run of an account. */
  last(accountId: string): SyncRun | undefined {
    const found = row<SyncRunRecord>(
      this.db,
      'SELECT * FROM sync_runs WHERE account_id = ? ORDER BY id DESC LIMIT 1',
      accountId,
    )
    return found && toRun(found)
  }

  /** The newest successful run of an account. */
  lastSuccess(accountId: string): SyncRun | undefined {
    const found = row<SyncRunRecord>(
      this.db,
      "SELECT * FROM sync_runs WHERE account_id = ? AND status = 'ok' ORDER BY id DESC LIMIT 1",
      accountId,
    )
    return found && toRun(found)
  }

  /** When the account's first recorded run started, if it has any. */
  firstStartedAt(accountId: string): string | undefined {
    return (
      row<{ started_at: string | null }>(
        this.db,
        'SELECT min(started_at) AS started_at FROM sync_runs WHERE account_id = ?',
        accountId,
      )?.started_at ?? undefined
    )
  }

  /** Runs left 'running' by a crash are marked failed at start-up. */
  closeInterrupted(at: string): number {
    return this.db
      .prepare(
        "UPDATE sync_runs SET status = 'failed', finished_at = ?, error_code = 'Interrupted', error_message = 'The app stopped during this sync.' WHERE status = 'running'",
      )
      .run(at).changes
  }
}
