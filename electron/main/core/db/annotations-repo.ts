/** Local tags and notes, keyed by domain name so they survive a domain leaving and rejoining. */
import { nameIndexOf } from './name-index'
import { row, rows, transaction, type Db } from './sqlite'

/** Reads and writes tags and notes. */
export class AnnotationsRepo {
  constructor(private readonly db: Db) {}

  tags(accountId: string, name: string): string[] {
    return rows<{ tag: string }>(
      this.db,
      'SELECT tag FROM tags WHERE account_id = ? AND domain_name = ? ORDER BY tag',
      accountId,
      name,
    ).map((t) => t.tag)
  }

  /** Replaces a domain's tags (trimmed, de-duplicated). */
  setTags(accountId: string, name: string, tags: string[]): void {
    const unique = [...new Set(tags.map((t) => t.trim()).filter(Boolean))]
    transaction(this.db, () => {
      this.db
        .prepare('DELETE FROM tags WHERE account_id = ? AND domain_name = ?')
        .run(accountId, name)
      const insert = this.db.prepare(
        'INSERT INTO tags (account_id, domain_name, tag) VALUES (?, ?, ?)',
      )
      for (const tag of unique) insert.run(accountId, name, tag)
    })
    nameIndexOf(this.db).noteName(accountId, name)
  }

  /** Every tag of the account as (domain name, tag), by tag: one query for an export. */
  allTags(accountId: string): Array<{ domainName: string; tag: string }> {
    return rows<{ domainName: string; tag: string }>(
      this.db,
      'SELECT domain_name AS domainName, tag FROM tags WHERE account_id = ? ORDER BY tag',
      accountId,
    )
  }

  /** Every note of the account, by domain name: one query for an export. */
  allNotes(accountId: string): Map<string, string> {
    return new Map(
      rows<{ domain_name: string; note: string }>(
        this.db,
        'SELECT domain_name, note FROM notes WHERE account_id = ?',
        accountId,
      ).map((n) => [n.domain_name, n.note]),
    )
  }

  note(accountId: string, name: string): string {
    return (
      row<{ note: string }>(
        this.db,
        'SELECT note FROM notes WHERE account_id = ? AND domain_name = ?',
        accountId,
        name,
      )?.note ?? ''
    )
  }

  setNote(accountId: string, name: string, note: string, at: string): void {
    if (note.trim() === '') {
      this.db
        .prepare('DELETE FROM notes WHERE account_id = ? AND domain_name = ?')
        .run(accountId, name)
      return
    }
    this.db
      .prepare(
        'INSERT OR REPLACE INTO notes (account_id, domain_name, note, updated_at) VALUES (?, ?, ?, ?)',
      )
      .run(accountId, name, note, at)
  }
}
