/**
 * What has already been notified: one row per (kind, key), so that each notification is sent
 * once however often the check that finds it runs.
 */
import type { Db } from './sqlite'

const prepareInsert = (db: Db) =>
  db.prepare<[string, string, string]>(
    'INSERT OR IGNORE INTO notifications_sent (kind, key, at) VALUES (?, ?, ?)',
  )

/** Claims (kind, key) pairs in `notifications_sent`. */
export class NotificationsSentRepo {
  private insert: ReturnType<typeof prepareInsert> | undefined

  constructor(private readonly db: Db) {}

  /**
   * Records (kind, key) as sent at `at`; true when it had not been sent before (the caller sends
   * it), false when it had (the caller stays quiet). The statement is prepared once: a sync can
   * announce thousands of activations at a time.
   */
  claim(kind: string, key: string, at: string): boolean {
    this.insert ??= prepareInsert(this.db)
    return this.insert.run(kind, key, at).changes === 1
  }
}
