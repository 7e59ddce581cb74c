/**
 * A searched portfolio page from the in-memory name index (name-index.ts): the terms' matches in
 * memory, the other filters in SQL (restricted to the matches when they are few), the count in
 * memory, and the page by walking the sort's order of the whole account, read once from the sort
 * column's index and kept until the account changes. Only the page's rows are read at the end.
 * Counting tens of thousands of matches in SQL costs tens of milliseconds at 100,000 domains;
 * this costs one pass over typed arrays.
 */
import type { PortfolioQuery } from '../../../shared/ipc/models'
import { GONE, PRESENT, REMOVED, type AccountIndex } from './account-index'
import type { DomainRecord } from './domains-repo'
import { nameIndexOf } from './name-index'
import { ensureSortIndex, orderBy, SORT_COLUMNS } from './sort-index'
import { rows, type Db } from './sqlite'

/** The other filters are evaluated on the matches alone when there are at most this many. */
const RESTRICT_UP_TO = 2_000
/** With no order at hand, at most this many matches are sorted by SQL instead of reading one. */
const SQL_SORTS_UP_TO = 1_000

const orders = new WeakMap<AccountIndex, Map<string, { version: number; slots: Int32Array }>>()

/**
 * The page's records and the number of matching domains, or null when the index cannot answer
 * (inside a transaction, whose writes may yet be rolled back): the caller runs the SQL search.
 */
export function searchedPage(
  db: Db,
  accountId: string,
  terms: string[],
  q: Omit<PortfolioQuery, 'offset' | 'limit'> & { offset: number; limit: number },
  /** The query's WHERE clause over `domains d` without the search terms, with its parameters. */
  filter: { sql: string; params: unknown[] },
): { records: DomainRecord[]; total: number } | null {
  if (db.inTransaction || terms.length === 0) return null
  const sort = q.sort ?? { by: 'name', dir: 'asc' }
  ensureSortIndex(db, SORT_COLUMNS[sort.by])
  const ascending = orderBy(sort, 'ASC')
  const descending = sort.dir === 'desc'
  // Only the account and presence: answered from the index's states alone.
  const plain =
    !q.status &&
    q.name === undefined &&
    !q.quick?.length &&
    !q.tag &&
    !q.registrar &&
    !q.notification
  const index = nameIndexOf(db).account(accountId)
  let slots = index.match(terms[0]!)
  for (const term of terms.slice(1)) {
    const mark = new Uint8Array(index.ids.length)
    for (const slot of index.match(term)) mark[slot] = 1
    slots = slots.filter((slot) => mark[slot] === 1)
  }
  const wanted = (slot: number) =>
    index.state[slot] === PRESENT || (q.includeRemoved === true && index.state[slot] === REMOVED)
  let chosen = slots.filter(wanted)
  if (!plain && chosen.length > 0) {
    const few = chosen.length <= RESTRICT_UP_TO
    const ids = db
      .prepare(
        `SELECT d.id FROM domains d WHERE ${filter.sql}${few ? ' AND d.id IN (SELECT value FROM json_each(?))' : ''}`,
      )
      .pluck()
      .all(...filter.params, ...(few ? [JSON.stringify(chosen.map((s) => index.ids[s]))] : []))
    const mark = new Uint8Array(index.ids.length)
    for (const id of ids as number[]) {
      const slot = index.slotOf.get(id)
      if (slot === undefined) return null
      mark[slot] = 1
    }
    chosen = chosen.filter((slot) => mark[slot] === 1)
  }
  const total = chosen.length
  if (total <= q.offset) return { records: [], total }
  let order = orders.get(index)?.get(ascending)
  if (order?.version !== index.version) order = undefined
  if (!order && total <= SQL_SORTS_UP_TO) {
    const records = rows<DomainRecord>(
      db,
      `SELECT d.* FROM domains d WHERE d.account_id = ? AND d.id IN (SELECT value FROM json_each(?))
        ORDER BY ${orderBy(sort, descending ? 'DESC' : 'ASC')} LIMIT ? OFFSET ?`,
      accountId,
      JSON.stringify(chosen.map((s) => index.ids[s])),
      q.limit,
      q.offset,
    )
    return { records, total }
  }
  const slotsInOrder = order?.slots ?? readOrder(db, accountId, index, ascending)
  if (!slotsInOrder) return null
  const mark = new Uint8Array(index.ids.length)
  for (const slot of chosen) mark[slot] = 1
  const picked: number[] = []
  let skip = q.offset
  const last = slotsInOrder.length - 1
  for (let k = 0; k <= last && picked.length < q.limit; k++) {
    const slot = slotsInOrder[descending ? last - k : k]!
    if (mark[slot] === 0) continue
    if (skip > 0) skip--
    else picked.push(slot)
  }
  const ids = picked.map((s) => index.ids[s]!)
  const byId = new Map(
    rows<DomainRecord>(
      db,
      'SELECT d.* FROM domains d WHERE d.account_id = ? AND d.id IN (SELECT value FROM json_each(?))',
      accountId,
      JSON.stringify(ids),
    ).map((r) => [r.id, r]),
  )
  const records = ids.map((id) => byId.get(id)).filter((r) => r !== undefined)
  return records.length === ids.length ? { records, total } : null
}

/** The account's slots in the sort's order (from the sort column's index), kept for reuse. */
function readOrder(
  db: Db,
  accountId: string,
  index: AccountIndex,
  ascending: string,
): Int32Array | null {
  const ids = db
    .prepare(`SELECT d.id FROM domains d WHERE d.account_id = ? ORDER BY ${ascending}`)
    .pluck()
    .all(accountId) as number[]
  const slots = new Int32Array(ids.length)
  for (let i = 0; i < ids.length; i++) {
    const slot = index.slotOf.get(ids[i]!)
    if (slot === undefined || index.state[slot] === GONE) return null
    slots[i] = slot
  }
  let kept = orders.get(index)
  if (!kept) orders.set(index, (kept = new Map()))
  kept.set(ascending, { version: index.version, slots })
  return slots
}
