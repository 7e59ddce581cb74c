/**
 * The in-memory search index of each account (account-index.ts), so that a search term's matches
 * are known in well under a millisecond at 100,000 domains instead of a trigram lookup or a
 * `LIKE` scan per keystroke.
 *
 * Writers note what they change (`noteId`, `noteName`, `forget`), as they do for the SQLite
 * search index; the noted domains are re-read from SQL before the next search, so a write that
 * was rolled back costs nothing but a re-read. When many are noted (a first sync), or another
 * connection committed (SQLite's data_version moved), the account is read again in full.
 */
import { AccountIndex, type Read } from './account-index'
import { inTransaction, row, rows, type Db } from './sqlite'

/** More noted domains than this (and than a tenth of the account) and the account is re-read. */
const REREAD_FROM = 2_000
/** Domains a step of `warm` reads and indexes: a few milliseconds of the main thread. */
const WARM_STEP = 500

/** How `warm` goes: its step size, what runs between steps, and when to give up. */
export interface WarmOptions {
  /** Domains per step. */
  step?: number
  /** Runs between steps; by default it lets the event loop answer what waits. */
  pause?: () => Promise<void>
  /** Asked before each step: true leaves the index unread (a sync started, say). */
  stop?: () => boolean
}

/** A turn of the event loop: what waits (a page asked for, say) runs first. */
export const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve))

/** The searchable fields of an account's domains (over `domains d`). */
const READ = `SELECT d.id, d.name, d.unicode_name, d.removed_at IS NOT NULL AS removed,
    (SELECT dd.registrar FROM domain_details dd
      WHERE dd.account_id = d.account_id AND dd.domain_id = d.id) AS registrar,
    (SELECT group_concat(t.tag, char(10)) FROM tags t
      WHERE t.account_id = d.account_id AND t.domain_name = d.name) AS tags
  FROM domains d WHERE d.account_id = ?`

/** Every account's index on one connection, and what writers noted since it was read. */
export class NameIndex {
  private readonly accounts = new Map<string, AccountIndex>()
  private readonly ids = new Map<string, Set<number>>()
  private readonly names = new Map<string, Set<string>>()
  private dataVersion: number | undefined
  /** Accounts `warm` is reading: writes to them are noted as for a read index. */
  private readonly warming = new Set<string>()

  constructor(private readonly db: Db) {}

  private tracked(accountId: string): boolean {
    return this.accounts.has(accountId) || this.warming.has(accountId)
  }

  /** A domain's row (name, removal) or its registrar changed. Cheap: no SQL. */
  noteId(accountId: string, id: number): void {
    if (!this.tracked(accountId)) return
    let set = this.ids.get(accountId)
    if (!set) this.ids.set(accountId, (set = new Set()))
    set.add(id)
  }

  /** A name's tags changed (tags are kept by name, whichever domain holds it). */
  noteName(accountId: string, name: string): void {
    if (!this.tracked(accountId)) return
    let set = this.names.get(accountId)
    if (!set) this.names.set(accountId, (set = new Set()))
    set.add(name)
  }

  /** The account's domains are being deleted. */
  forget(accountId: string): void {
    this.accounts.delete(accountId)
    this.ids.delete(accountId)
    this.names.delete(accountId)
  }

  /**
   * Whether the account's index can answer now at the cost of what was noted: false when it was
   * never read, another connection wrote, or so much was noted that `account()` would read the
   * whole account again (up to a second at 100,000 domains).
   */
  ready(accountId: string): boolean {
    const index = this.accounts.get(accountId)
    if (!index || this.version() !== this.dataVersion) return false
    const noted = (this.ids.get(accountId)?.size ?? 0) + (this.names.get(accountId)?.size ?? 0)
    return noted <= Math.max(REREAD_FROM, index.ids.length / 10)
  }

  private version(): number {
    return row<{ data_version: number }>(this.db, 'PRAGMA data_version')!.data_version
  }

  /** The account's index, brought up to date with what was noted. Not inside a transaction. */
  account(accountId: string): AccountIndex {
    // Another connection's commit is not noted here: read everything again.
    const version = this.version()
    if (version !== this.dataVersion) {
      this.dataVersion = version
      for (const id of [...this.accounts.keys()]) this.forget(id)
    }
    let index = this.accounts.get(accountId)
    const ids = this.ids.get(accountId) ?? new Set<number>()
    const names = [...(this.names.get(accountId) ?? [])]
    this.ids.delete(accountId)
    this.names.delete(accountId)
    if (index && ids.size + names.length > Math.max(REREAD_FROM, index.ids.length / 10))
      index = undefined
    if (!index) {
      index = new AccountIndex()
      for (const r of rows<Read>(this.db, READ, accountId)) index.put(r)
      index.index()
      this.accounts.set(accountId, index)
      return index
    }
    if (names.length > 0) {
      for (const id of this.db
        .prepare(
          'SELECT id FROM domains WHERE account_id = ? AND name IN (SELECT value FROM json_each(?))',
        )
        .pluck()
        .all(accountId, JSON.stringify(names)) as number[])
        ids.add(id)
    }
    if (ids.size === 0) return index
    const wanted = [...ids]
    const found = rows<Read>(
      this.db,
      `${READ} AND d.id IN (SELECT value FROM json_each(?))`,
      accountId,
      JSON.stringify(wanted),
    )
    for (const r of found) index.put(r)
    const kept = new Set(found.map((r) => r.id))
    for (const id of wanted) if (!kept.has(id)) index.drop(id)
    if (index.stale) index.index()
    return index
  }

  /**
   * Reads the account's index in steps of a few milliseconds, so that a search or a page asked
   * for meanwhile waits for one step, not for the whole read (up to a second at 100,000). What
   * is written while it reads is noted and re-read by the first search after. Resolves true once
   * the index is ready; false when it gave up: `stop` said so, another connection wrote, or a
   * search read the account itself meanwhile.
   */
  async warm(accountId: string, options: WarmOptions = {}): Promise<boolean> {
    const { step = WARM_STEP, pause = nextTurn, stop = () => false } = options
    if (this.ready(accountId)) return true
    if (this.warming.has(accountId)) return false
    const version = this.version()
    this.warming.add(accountId)
    this.accounts.delete(accountId)
    this.ids.delete(accountId)
    this.names.delete(accountId)
    const index = new AccountIndex()
    // Between steps: give up when asked to, when another connection committed (nothing of its
    // writes is noted here), or when a search has read the account in full meanwhile.
    const goOn = async () => {
      do await pause()
      while (inTransaction(this.db))
      return this.db.open && !stop() && this.version() === version && !this.accounts.has(accountId)
    }
    try {
      let after = -1
      for (;;) {
        const chunk = rows<Read>(
          this.db,
          `${READ} AND d.id > ? ORDER BY d.id LIMIT ?`,
          accountId,
          after,
          step,
        )
        for (const r of chunk) index.put(r)
        if (chunk.length < step) break
        after = chunk[chunk.length - 1]!.id
        if (!(await goOn())) return false
      }
      const indexStep = index.indexInSteps(step * 2)
      while (!indexStep()) if (!(await goOn())) return false
      if (!(await goOn())) return false
      if (this.dataVersion !== version) {
        for (const id of [...this.accounts.keys()]) this.forget(id)
        this.dataVersion = version
      }
      this.accounts.set(accountId, index)
      return this.ready(accountId)
    } finally {
      this.warming.delete(accountId)
      // A read that gave up leaves nothing noted behind it.
      if (!this.accounts.has(accountId)) {
        this.ids.delete(accountId)
        this.names.delete(accountId)
      }
    }
  }
}

const indexes = new WeakMap<Db, NameIndex>()

/** The name index of a connection. */
export function nameIndexOf(db: Db): NameIndex {
  let index = indexes.get(db)
  if (!index) indexes.set(db, (index = new NameIndex(db)))
  return index
}
