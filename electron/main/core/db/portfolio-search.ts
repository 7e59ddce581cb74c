/**
 * A searched portfolio page from the in-memory name index (name-index.ts): the terms' matches in
 * memory, the other filters in SQL (restricted to the matches when they are few), the count in
 * memory, and the page by walking the sort's order of the whole account, read once from the sort
 * column's index and kept until the account changes (the order by name in steps, right after the
 * index, and by the user's sort when it is another, see `warmOrder`). Only the page's rows are
 * read at the end.
 * Counting tens of thousands of matches in SQL costs tens of milliseconds at 100,000 domains;
 * this costs one pass over typed arrays.
 */
import type { PortfolioQuery } from '../../../shared/ipc/models'
import { GONE, PRESENT, REMOVED, type AccountIndex } from './account-index'
import type { DomainRecord } from './domains-repo'
import { nameIndexOf, nextTurn, type WarmOptions } from './name-index'
import { ensureSortIndex, orderBy, SORT_COLUMNS } from './sort-index'
import { inTransaction, rows, scalar, type Db } from './sqlite'

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
  if (inTransaction(db) || terms.length === 0) return null
  const sort = q.sort ?? { by: 'name', dir: 'asc' }
  ensureSortIndex(db, SORT_COLUMNS[sort.by])
  const ascending = orderBy(sort, 'ASC')
  const descending = sort.dir === 'desc'
  // Only the account and presence: answered from the index's states alone.
  const plain = onlyPresence(q)
  const index = nameIndexOf(db).account(accountId)
  const n = index.ids.length
  // hits[slot] counts the terms found in a row, so that a slot matches when it reaches them all.
  const hits = new Uint8Array(n)
  terms.forEach((term, round) => index.mark(term, hits, round))
  const chosen = new Int32Array(n)
  let total = 0
  const state = index.state
  const removedToo = q.includeRemoved === true
  for (let slot = 0; slot < n; slot++) {
    if (hits[slot] !== terms.length) continue
    if (state[slot] === PRESENT || (removedToo && state[slot] === REMOVED)) chosen[total++] = slot
  }
  const idsOf = (slots: Int32Array) => JSON.stringify(Array.from(slots, (s) => index.ids[s]))
  if (!plain && total > 0) {
    const kept = filtered(
      db,
      accountId,
      index,
      filter,
      total <= RESTRICT_UP_TO ? chosen.subarray(0, total) : null,
    )
    if (!kept) return null
    let left = 0
    for (let i = 0; i < total; i++) if (kept[chosen[i]!] === 1) chosen[left++] = chosen[i]!
    total = left
  }
  if (total <= q.offset) return { records: [], total }
  const byIds = `SELECT d.* FROM json_each(?) j CROSS JOIN domains d
    ON d.account_id = ? AND d.id = j.value`
  let order = orders.get(index)?.get(ascending)
  if (order?.version !== index.version) order = undefined
  if (!order && total <= SQL_SORTS_UP_TO) {
    const records = rows<DomainRecord>(
      db,
      `${byIds} ORDER BY ${orderBy(sort, descending ? 'DESC' : 'ASC')} LIMIT ? OFFSET ?`,
      idsOf(chosen.subarray(0, total)),
      accountId,
      q.limit,
      q.offset,
    )
    return { records, total }
  }
  const slotsInOrder = order?.slots ?? readOrder(db, accountId, index, ascending)
  if (!slotsInOrder) return null
  const wanted = new Uint8Array(n)
  for (let i = 0; i < total; i++) wanted[chosen[i]!] = 1
  const picked: number[] = []
  let skip = q.offset
  const last = slotsInOrder.length - 1
  for (let k = 0; k <= last && picked.length < q.limit; k++) {
    const slot = slotsInOrder[descending ? last - k : k]!
    if (wanted[slot] === 0) continue
    if (skip > 0) skip--
    else picked.push(slot)
  }
  const byId = new Map(
    rows<DomainRecord>(db, byIds, idsOf(Int32Array.from(picked)), accountId).map((r) => [r.id, r]),
  )
  const records = picked.map((s) => byId.get(index.ids[s]!)).filter((r) => r !== undefined)
  return records.length === picked.length ? { records, total } : null
}

/** The query filters on nothing but the account and presence (whatever it searches). */
export function onlyPresence(q: Omit<PortfolioQuery, 'offset' | 'limit'>): boolean {
  return (
    !q.status &&
    q.name === undefined &&
    !q.quick?.length &&
    !q.tag &&
    !q.registrar &&
    !q.notification
  )
}

/** The last filter read in full, kept while nothing in the cache changes. */
const lastFilter = new WeakMap<AccountIndex, { key: string; changes: number; kept: Uint8Array }>()

/**
 * The slots the filter keeps (1), among `few` when given: the filter on them alone, one
 * primary-key lookup each (CROSS JOIN keeps SQLite from walking an index of the whole account
 * instead). Otherwise the filter's own rows, kept for the next keystroke while the cache holds
 * still (SQLite's total_changes counts every write of this connection, trigger writes too).
 */
function filtered(
  db: Db,
  accountId: string,
  index: AccountIndex,
  filter: { sql: string; params: unknown[] },
  few: Int32Array | null,
): Uint8Array | null {
  const key = `${filter.sql}\n${JSON.stringify(filter.params)}`
  const changes = scalar<number>(db, 'SELECT total_changes()') ?? 0
  const last = lastFilter.get(index)
  if (last?.key === key && last.changes === changes) return last.kept
  const ids = (
    few
      ? db.prepare(`SELECT d.id FROM json_each(?) j CROSS JOIN domains d
          ON d.account_id = ? AND d.id = j.value WHERE ${filter.sql}`)
      : db.prepare(`SELECT d.id FROM domains d WHERE ${filter.sql}`)
  )
    .pluck()
    .all(
      ...(few ? [JSON.stringify(Array.from(few, (s) => index.ids[s])), accountId] : []),
      ...filter.params,
    )
  const kept = new Uint8Array(index.ids.length)
  for (const id of ids as number[]) {
    const slot = index.slotOf.get(id)
    if (slot === undefined) return null
    kept[slot] = 1
  }
  if (!few) lastFilter.set(index, { key, changes, kept })
  return kept
}

/** A portfolio sort; the default is by name, ascending. */
type Sort = NonNullable<PortfolioQuery['sort']>
const BY_NAME: Sort = { by: 'name', dir: 'asc' }

/** Whether the account's order for `sort` (either direction) is read and still current. */
export function orderKept(db: Db, accountId: string, sort: Sort = BY_NAME): boolean {
  const names = nameIndexOf(db)
  if (!names.ready(accountId)) return false
  const index = names.account(accountId)
  return orders.get(index)?.get(orderBy(sort, 'ASC'))?.version === index.version
}

/**
 * Reads the account's slots in `sort`'s order in steps, once its search index is read, so that
 * the first search with many matches under that sort need not read the whole order at once
 * (about 100 ms at 100,000 domains) while someone waits for it. By name, the steps follow the
 * name index from the last name read; by another column, they go by offset (its NULLs rule out
 * comparing from the last row). Resolves whether the order is kept; false when the index is not
 * read, `stop` said so, or a domain changed meanwhile (the next search with many matches then
 * reads the order itself, as before).
 */
export async function warmOrder(
  db: Db,
  accountId: string,
  sort: Sort = BY_NAME,
  { step = 5_000, pause = nextTurn, stop = () => false }: WarmOptions = {},
): Promise<boolean> {
  const names = nameIndexOf(db)
  if (!db.open || inTransaction(db) || !names.ready(accountId)) return false
  if (orderKept(db, accountId, sort)) return true
  const index = names.account(accountId)
  const ascending = orderBy(sort, 'ASC')
  ensureSortIndex(db, SORT_COLUMNS[sort.by])
  const version = index.version
  const ids: number[] = []
  let last: { name: string; id: number } | undefined
  for (;;) {
    const chunk =
      sort.by === 'name'
        ? rows<{ name: string; id: number }>(
            db,
            `SELECT d.name, d.id FROM domains d WHERE d.account_id = ?
              ${last ? 'AND (d.name, d.id) > (?, ?)' : ''} ORDER BY ${ascending} LIMIT ?`,
            ...(last ? [accountId, last.name, last.id, step] : [accountId, step]),
          )
        : rows<{ name: string; id: number }>(
            db,
            `SELECT d.name, d.id FROM domains d WHERE d.account_id = ?
              ORDER BY ${ascending} LIMIT ? OFFSET ?`,
            accountId,
            step,
            ids.length,
          )
    for (const r of chunk) ids.push(r.id)
    if (chunk.length < step) break
    last = chunk[chunk.length - 1]!
    // Reads inside someone's transaction would see its writes before they are committed.
    do await pause()
    while (inTransaction(db))
    if (!db.open || stop() || !names.ready(accountId)) return false
    if (names.account(accountId) !== index || index.version !== version) return false
  }
  return keepOrder(index, ascending, ids) !== null
}

/** Whether a search of the account is answered from memory without reading the account first. */
export function searchIndexReady(db: Db, accountId: string): boolean {
  return nameIndexOf(db).ready(accountId)
}

/**
 * Reads the account's search index in steps of a few milliseconds (name-index.ts `warm`), so
 * that what the user asks for meanwhile is answered between them, then its order for `sort`
 * (the user's, by name unless told) the same way. Resolves whether the index is ready.
 */
export async function warmSearchIndexInSteps(
  db: Db,
  accountId: string,
  options: WarmOptions & { sort?: Sort } = {},
): Promise<boolean> {
  if (!db.open) return false
  const stop = () => !db.open || (options.stop?.() ?? false)
  const ready = await nameIndexOf(db).warm(accountId, { ...options, stop })
  if (ready) await warmOrder(db, accountId, options.sort, { pause: options.pause, stop })
  return ready
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
  return keepOrder(index, ascending, ids)
}

/** Keeps the slots of `ids` (in order) as the index's order `ascending`; null if one is gone. */
function keepOrder(index: AccountIndex, ascending: string, ids: number[]): Int32Array | null {
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
