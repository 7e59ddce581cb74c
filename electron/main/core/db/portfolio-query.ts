/**
 * Portfolio pages straight from SQLite: filter, search, sort and page in SQL so that 100,000
 * domains stay fast and the renderer only ever receives the rows it shows.
 */
import {
  PENDING_EXPECTED_MS,
  type DomainRow,
  type PortfolioQuery,
} from '../../../shared/ipc/models'
import { daysLeft, endOfDayAfter } from '../calendar-days'
import { fromRecord, type DomainRecord } from './domains-repo'
import { nameIndexOf } from './name-index'
import { onlyPresence, searchedPage } from './portfolio-search'
import { searchIndexOf } from './search-index'
import { ensureSortIndex, SORT_COLUMNS } from './sort-index'
import { inTransaction, rows, type Db } from './sqlite'

/**
 * The search's terms, in Unicode's composed form (NFC), as names, tags and registrars are kept:
 * macOS pastes "ü" as "u" and a combining mark, which would otherwise match nothing.
 */
export const searchTerms = (search: string | undefined): string[] =>
  (search ?? '').normalize('NFC').trim().split(/\s+/).filter(Boolean)

/** Portfolio query after defaults (what PortfolioQuerySchema parses to). */
export type ResolvedQuery = Omit<PortfolioQuery, 'offset' | 'limit'> & {
  offset: number
  limit: number
}

/** The registrar a domain's last fetched details name (NULL until fetched). */
const REGISTRAR =
  '(SELECT dd.registrar FROM domain_details dd WHERE dd.account_id = d.account_id AND dd.domain_id = d.id)'

/** `%`, `_` and `\` are literal in a search. */
function likePattern(term: string): string {
  return `%${term.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`
}

/** The trigram index answers substrings of at least this many characters. */
export const TRIGRAM = 3

/**
 * One search term, matching the name (ASCII or Unicode), a tag or the registrar. Three
 * characters or more: a lookup in the trigram index (an FTS5 phrase, in which only quotes are
 * special), then one row id each. Shorter terms cannot be looked up by trigram and scan.
 */
function searchTerm(accountId: string, term: string): { sql: string; params: unknown[] } {
  if ([...term].length >= TRIGRAM) {
    return {
      // CROSS JOIN keeps the order: the index lookup first, then one search row each.
      sql: `d.id IN (SELECT s.domain_id FROM domain_search f CROSS JOIN search_rows s
        ON s.rowid = f.rowid WHERE f.domain_search MATCH ? AND s.account_id = ?)`,
      params: [`"${term.replaceAll('"', '""')}"`, accountId],
    }
  }
  const like = likePattern(term)
  return {
    sql: `(d.name LIKE ? ESCAPE '\\' OR d.unicode_name LIKE ? ESCAPE '\\'
      OR EXISTS (SELECT 1 FROM tags t WHERE t.account_id = d.account_id AND t.domain_name = d.name AND lower(t.tag) LIKE ? ESCAPE '\\')
      OR lower(${REGISTRAR}) LIKE ? ESCAPE '\\')`,
    params: [like, like, like, like],
  }
}

/** The WHERE clause (over `domains d`) of a portfolio query, with its parameters. */
export function whereClause(
  db: Db,
  accountId: string,
  q: ResolvedQuery,
  now: number,
): { sql: string; params: unknown[] } {
  const parts = ['d.account_id = ?']
  const params: unknown[] = [accountId]
  if (!q.includeRemoved) parts.push('d.removed_at IS NULL')
  if (q.status) {
    parts.push('d.status = ?')
    params.push(q.status)
  }
  if (q.name !== undefined) {
    // An uncorrelated lookup in the (account_id, name) index, then the primary key: next to
    // other conditions the planner would otherwise walk the whole account.
    parts.push('d.id IN (SELECT n.id FROM domains n WHERE n.account_id = ? AND n.name = ?)')
    params.push(accountId, q.name.trim().toLowerCase())
  }
  const terms = searchTerms(q.search)
  // Domains written since the last search get their search rows first.
  if (terms.length > 0) searchIndexOf(db).flush()
  for (const term of terms) {
    const found = searchTerm(accountId, term)
    parts.push(found.sql)
    params.push(...found.params)
  }
  for (const quick of q.quick ?? []) {
    const days = { expiring30: 30, expiring60: 60, expiring90: 90 }[quick as string]
    if (days) {
      parts.push('d.expires_at >= ? AND d.expires_at < ?')
      params.push(now, endOfDayAfter(now, days))
    } else if (quick === 'expired') {
      // Two index lookups (status, expiry) instead of an OR that only a full scan can answer.
      parts.push(`d.id IN (
        SELECT id FROM domains WHERE account_id = ? AND status = 'expired'
        UNION SELECT id FROM domains WHERE account_id = ? AND expires_at < ?)`)
      params.push(accountId, accountId, now)
    } else if (quick === 'autoRenewOff') parts.push('d.auto_renew = 0')
    else if (quick === 'unlocked') parts.push('d.locked = 0')
    else if (quick === 'externalDns') parts.push("d.dns_managed_by = 'external'")
    else if (quick === 'unlockedNoTransfer') {
      // An open transfer is one the transfers page still follows (the one-open-transfer rule).
      parts.push(`d.locked = 0 AND NOT EXISTS (SELECT 1 FROM transfers t
        WHERE t.account_id = d.account_id AND t.domain_id = d.id
          AND t.state IN ('sending', 'unknown', 'pending'))`)
    } else if (quick === 'pendingTooLong') {
      // unixepoch() reads any ISO-8601 form VPS.org sends; the status index finds the few pending.
      parts.push("d.status = 'pending' AND unixepoch(d.registration_date) * 1000 < ?")
      params.push(now - PENDING_EXPECTED_MS)
    } else if (quick === 'transferable') {
      // Only domains with fetched details have a registrar: start from those.
      parts.push(`d.id IN (SELECT dd.domain_id FROM domain_details dd
        WHERE dd.account_id = ? AND lower(dd.registrar) <> 'vps.org')`)
      params.push(accountId)
    }
  }
  if (q.tag) {
    // Driven from the tag's own index (tags_by_tag), then one name lookup per tagged domain.
    parts.push('d.name IN (SELECT t.domain_name FROM tags t WHERE t.account_id = ? AND t.tag = ?)')
    params.push(accountId, q.tag)
  }
  if (q.registrar) {
    // From the registrar's index (migration 7), then one domain lookup each.
    parts.push(`d.id IN (SELECT dd.domain_id FROM domain_details dd
      WHERE dd.account_id = ? AND dd.registrar = ?)`)
    params.push(accountId, q.registrar)
  }
  if (q.notification) {
    parts.push(
      'd.id IN (SELECT n.domain_id FROM notification_log n WHERE n.parent_id = ? AND n.account_id = d.account_id)',
    )
    params.push(q.notification)
  }
  return { sql: parts.join(' AND '), params }
}

/**
 * A trigram search with at most this many matches sorts its matches; one with more walks the
 * sort column's index and stops at the page's end, as an unsearched page does. Sorting costs per
 * match (a common trigram like `com` matches most of a portfolio), walking per domain passed
 * over (with few matches most of the walk finds nothing).
 */
export const SORT_MATCHES_UP_TO = 10_000

/**
 * The two statements of a portfolio page: the count and the page itself, with parameters.
 * `fewMatches`: a trigram search's matches are few (see SORT_MATCHES_UP_TO), so the page starts
 * from them instead of walking the sort column's index.
 */
export function portfolioSql(
  db: Db,
  accountId: string,
  q: ResolvedQuery,
  now: number,
  fewMatches = true,
): { count: string; page: string; params: unknown[] } {
  const where = whereClause(db, accountId, q, now)
  return {
    count: countSql(where.sql),
    page: pageSql(db, q, where.sql, fewMatches),
    params: where.params,
  }
}

function countSql(where: string): string {
  return `SELECT count(*) AS n FROM domains d WHERE ${where}`
}

/** The page statement over a built WHERE clause (its LIMIT and OFFSET follow its parameters). */
function pageSql(db: Db, q: ResolvedQuery, where: string, fewMatches: boolean): string {
  const sort = q.sort ?? { by: 'name', dir: 'asc' }
  // New domains get their first tag with their search rows.
  if (sort.by === 'tags') searchIndexOf(db).flush()
  ensureSortIndex(db, SORT_COLUMNS[sort.by])
  const dir = sort.dir === 'desc' ? 'DESC' : 'ASC'
  // A trigram search with few matches starts from them and sorts those: `+` keeps SQLite from
  // walking the whole portfolio in the sort column's index order and testing every domain
  // against them. A shorter term has no index to start from: walking finds the page's matches
  // sooner than testing every domain would (and stops there).
  const searching =
    fewMatches && (q.search ?? '').split(/\s+/).some((term) => [...term].length >= TRIGRAM)
  const key = (column: string) => (searching ? `+${column}` : column)
  // Every key in one direction, so that the column's index serves the whole ORDER BY both ways.
  const order =
    sort.by === 'name'
      ? `${key('d.name')} ${dir}, d.id ${dir}`
      : `${key(SORT_COLUMNS[sort.by])} ${dir}, d.name ${dir}, d.id ${dir}`
  return `SELECT d.* FROM domains d WHERE ${where} ORDER BY ${order} LIMIT ? OFFSET ?`
}

/**
 * One page of the portfolio and the number of matching domains. A search is answered from the
 * in-memory name index (portfolio-search.ts) when it can be, by SQL otherwise.
 */
export function queryPortfolio(
  db: Db,
  accountId: string,
  q: ResolvedQuery,
  now: number,
  /** False: answer by SQL when the account's index would have to be read first. */
  readIndex = true,
): { rows: DomainRow[]; total: number } {
  const terms = searchTerms(q.search)
  const indexed = readIndex || nameIndexOf(db).ready(accountId)
  if (terms.length > 0 && indexed && !inTransaction(db)) {
    // New domains' first tags (the tag sort) come with their SQL search rows.
    searchIndexOf(db).flush()
    const filter = whereClause(db, accountId, { ...q, search: undefined }, now)
    const found = searchedPage(db, accountId, terms, q, filter)
    if (found) return { rows: toRows(db, accountId, found.records, now), total: found.total }
  }
  // An unfiltered page (the first screen, a sort, a cleared search) is counted from the index
  // once it is read: SQL's count walks every domain of the account (10 ms at 100,000).
  if (terms.length === 0 && onlyPresence(q) && !q.includeRemoved && !inTransaction(db)) {
    const names = nameIndexOf(db)
    if (names.ready(accountId))
      return queryPortfolioSql(db, accountId, q, now, names.account(accountId).presentCount())
  }
  return queryPortfolioSql(db, accountId, q, now)
}

/**
 * `queryPortfolio` by SQL alone: a trigram lookup or a scan per search term. The WHERE clause is
 * built once: the count tells which page statement suits the number of matches, and both share it.
 */
export function queryPortfolioSql(
  db: Db,
  accountId: string,
  q: ResolvedQuery,
  now: number,
  /** The number of matches when it is known already (then SQL does not count them). */
  known?: number,
): { rows: DomainRow[]; total: number } {
  const where = whereClause(db, accountId, q, now)
  const total = known ?? rows<{ n: number }>(db, countSql(where.sql), ...where.params)[0]!.n
  // Nothing matches, or the page lies past the end: no page to read.
  if (total <= q.offset) return { rows: [], total }
  const page = pageSql(db, q, where.sql, total <= SORT_MATCHES_UP_TO)
  const records = rows<DomainRecord>(db, page, ...where.params, q.limit, q.offset)
  return { rows: toRows(db, accountId, records, now), total }
}

/** Adds tags and the note flag to domain records. */
export function toRows(
  db: Db,
  accountId: string,
  records: DomainRecord[],
  now: number,
): DomainRow[] {
  if (records.length === 0) return []
  const names = records.map((r) => r.name)
  const marks = names.map(() => '?').join(',')
  const tags = new Map<string, string[]>()
  for (const t of rows<{ domain_name: string; tag: string }>(
    db,
    `SELECT domain_name, tag FROM tags WHERE account_id = ? AND domain_name IN (${marks}) ORDER BY tag`,
    accountId,
    ...names,
  )) {
    tags.set(t.domain_name, [...(tags.get(t.domain_name) ?? []), t.tag])
  }
  const registrars = new Map(
    rows<{ domain_id: number; registrar: string }>(
      db,
      `SELECT domain_id, registrar FROM domain_details WHERE account_id = ? AND domain_id IN (${marks})`,
      accountId,
      ...records.map((r) => r.id),
    ).map((r) => [r.domain_id, r.registrar]),
  )
  const noted = new Set(
    rows<{ domain_name: string }>(
      db,
      `SELECT domain_name FROM notes WHERE account_id = ? AND note <> '' AND domain_name IN (${marks})`,
      accountId,
      ...names,
    ).map((n) => n.domain_name),
  )
  return records.map((r) => {
    const d = fromRecord(r)
    return {
      id: d.id,
      name: d.name,
      unicodeName: d.unicodeName,
      status: d.status,
      registrationDate: d.registrationDate,
      expirationDate: d.expirationDate,
      daysLeft: daysLeft(d.expiresAt, now),
      autoRenew: d.autoRenew,
      locked: d.locked,
      privacy: d.privacy,
      dnsManagedBy: d.dnsManagedBy,
      nameservers: d.nameservers,
      tags: tags.get(d.name) ?? [],
      hasNote: noted.has(d.name),
      registrar: registrars.get(d.id) ?? null,
      removedAt: d.removedAt,
    }
  })
}
