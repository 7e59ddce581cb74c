/** Saved views of the portfolio, per account (see migration-v12.ts). */
import { SavedViewSchema, type SavedView, type ViewState } from '../../../shared/views/saved-view'
import { isUniqueViolation, row, rows, scalar, type Db } from './sqlite'

interface ViewRow {
  id: number
  name: string
  state: string
  created_at: string
  updated_at: string
}

/** A stored row as a view, or undefined when its state no longer parses (left out, not fatal). */
function toView(r: ViewRow): SavedView | undefined {
  let state: unknown
  try {
    state = JSON.parse(r.state)
  } catch {
    return undefined
  }
  const parsed = SavedViewSchema.safeParse({
    id: r.id,
    name: r.name,
    state,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  })
  return parsed.success ? parsed.data : undefined
}

/** The outcome of a write that a name may collide in. */
export type ViewWrite = { ok: true; view: SavedView } | { ok: false; reason: 'duplicate' | 'gone' }

/** Reads and writes saved views; names are unique per account regardless of ASCII case. */
export class SavedViewsRepo {
  constructor(private readonly db: Db) {}

  /** An account's views, by name. */
  list(accountId: string): SavedView[] {
    return rows<ViewRow>(
      this.db,
      `SELECT id, name, state, created_at, updated_at FROM saved_views
       WHERE account_id = ? ORDER BY name COLLATE NOCASE, id`,
      accountId,
    ).flatMap((r) => toView(r) ?? [])
  }

  get(accountId: string, id: number): SavedView | undefined {
    const found = row<ViewRow>(
      this.db,
      'SELECT id, name, state, created_at, updated_at FROM saved_views WHERE account_id = ? AND id = ?',
      accountId,
      id,
    )
    return found && toView(found)
  }

  count(accountId: string): number {
    return (
      scalar<number>(this.db, 'SELECT count(*) FROM saved_views WHERE account_id = ?', accountId) ??
      0
    )
  }

  /** Adds a view; refused when the account has one of that name. */
  create(accountId: string, name: string, state: ViewState, at: string): ViewWrite {
    try {
      const id = this.db
        .prepare(
          `INSERT INTO saved_views (account_id, name, state, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?)`,
        )
        .run(accountId, name, JSON.stringify(state), at, at).lastInsertRowid
      return this.written(accountId, Number(id))
    } catch (error) {
      if (isUniqueViolation(error)) return { ok: false, reason: 'duplicate' }
      throw error
    }
  }

  /** Renames a view; refused when another view of the account has that name. */
  rename(accountId: string, id: number, name: string, at: string): ViewWrite {
    try {
      const changes = this.db
        .prepare('UPDATE saved_views SET name = ?, updated_at = ? WHERE account_id = ? AND id = ?')
        .run(name, at, accountId, id).changes
      return changes === 1 ? this.written(accountId, id) : { ok: false, reason: 'gone' }
    } catch (error) {
      if (isUniqueViolation(error)) return { ok: false, reason: 'duplicate' }
      throw error
    }
  }

  /** Deletes a view; false when there was none. */
  remove(accountId: string, id: number): boolean {
    return (
      this.db.prepare('DELETE FROM saved_views WHERE account_id = ? AND id = ?').run(accountId, id)
        .changes === 1
    )
  }

  private written(accountId: string, id: number): ViewWrite {
    const view = this.get(accountId, id)
    return view ? { ok: true, view } : { ok: false, reason: 'gone' }
  }
}
