/**
 * The notification centre's history: every notification sent, newest first, and under a grouped
 * notification the single events it stands for (each with its domain, so that the group can open
 * exactly their list in the portfolio).
 */
import type { NotificationLogEntry } from '../../../shared/ipc/models'
import { rows, scalar, transaction, type Db } from './sqlite'

interface LogRecord {
  id: number
  parent_id: number | null
  kind: NotificationLogEntry['kind']
  title: string
  body: string
  route: string
  count: number
  at: string
  read: number
  message: string | null
}

/** What is written for one notification or one event under a group. */
export interface LogInput {
  parentId?: number
  accountId?: string
  domainId?: number
  kind: NotificationLogEntry['kind']
  title: string
  body: string
  route: string
  count?: number
  at: string
  /** The words as message key and arguments (JSON), to show them in a later language. */
  message?: string
}

const toEntry = (r: LogRecord): NotificationLogEntry => ({
  id: r.id,
  parentId: r.parent_id,
  kind: r.kind,
  title: r.title,
  body: r.body,
  route: r.route,
  count: r.count,
  at: r.at,
  read: r.read === 1,
})

/** Reads and writes the notification history. */
export class NotificationLogRepo {
  constructor(private readonly db: Db) {}

  /** Adds an entry; returns its id. Events under a group are born read (the group is not). */
  add(input: LogInput): number {
    return Number(
      this.db
        .prepare(
          `INSERT INTO notification_log (parent_id, account_id, domain_id, kind, title, body, route, count, at, read, message)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          input.parentId ?? null,
          input.accountId ?? null,
          input.domainId ?? null,
          input.kind,
          input.title,
          input.body,
          input.route,
          input.count ?? 1,
          input.at,
          input.parentId === undefined ? 0 : 1,
          input.message ?? null,
        ).lastInsertRowid,
    )
  }

  /**
   * Adds a grouped notification and the events under it in one transaction; its route names the
   * group itself, so it is built from the new id. Returns the group's id.
   */
  addGroup(
    group: Omit<LogInput, 'route' | 'parentId'>,
    routeFor: (id: number) => string,
    events: Array<Omit<LogInput, 'parentId'>>,
  ): number {
    return transaction(this.db, () => {
      const id = this.add({ ...group, route: '' })
      this.db.prepare('UPDATE notification_log SET route = ? WHERE id = ?').run(routeFor(id), id)
      for (const e of events) this.add({ ...e, parentId: id })
      return id
    })
  }

  /** Top-level entries (or the events under `parentId`), newest first. */
  list(options: {
    parentId?: number
    limit: number
  }): Array<NotificationLogEntry & { message: string | null }> {
    const records =
      options.parentId === undefined
        ? rows<LogRecord>(
            this.db,
            'SELECT * FROM notification_log WHERE parent_id IS NULL ORDER BY id DESC LIMIT ?',
            options.limit,
          )
        : rows<LogRecord>(
            this.db,
            'SELECT * FROM notification_log WHERE parent_id = ? ORDER BY id LIMIT ?',
            options.parentId,
            options.limit,
          )
    return records.map((r) => ({ ...toEntry(r), message: r.message }))
  }

  /** How many top-level entries have not been seen in the centre. */
  unread(): number {
    return (
      scalar<number>(
        this.db,
        'SELECT count(*) FROM notification_log WHERE parent_id IS NULL AND read = 0',
      ) ?? 0
    )
  }

  /** Marks every entry as seen. */
  markAllRead(): void {
    this.db.prepare('UPDATE notification_log SET read = 1 WHERE read = 0').run()
  }
}
