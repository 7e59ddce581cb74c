/**
 * Portfolio pages straight from SQLite: filter, search, sort and page in SQL so that 100,000
 * domains stay fast and the renderer only ever receives the rows it shows.
 */
import type { DomainRow, PortfolioQuery } from '../../../shared/ipc/models'
import { fromRecord, type DomainRecord } from './domains-repo'
import { rows, type Db } from './sqlite'

const DAY = 86_400_000

/** Portfolio query after defaults (what PortfolioQuerySchema parses to). */
export type ResolvedQuery = Omit<PortfolioQuery, 'offset' | 'limit'> & {
  offset: number
  limit: number
}

/** The registrar a domain's last fetched details name (NULL until fetched). */
const REGISTRAR =
  '(SELECT dd.registrar FROM domain_details dd WHERE dd.account_id = d.account_id AND dd.domain_id = d.id)'

const SORT_COLUMNS: Record<NonNullable<PortfolioQuery['sort']>['by'], string> = {
  name: 'd.name',
  status: 'd.status',
  expires: 'd.expires_at',
  registered: 'd.registration_date',
  autoRenew: 'd.auto_renew',
  locked: 'd.locked',
  privacy: 'd.privacy',
  dns: 'd.dns_managed_by',
  nameservers: 'd.nameservers',
  // A domain's first tag alphabetically; untagged domains (NULL) come first when ascending.
  tags: '(SELECT min(t.tag) FROM tags t WHERE t.account_id = d.account_id AND t.domain_name = d.name)',
  registrar: REGISTRAR,
}

/** `%`, `_` and `\` are literal in a search. */
function likePattern(term: string): string {
  return `%${term.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`
}

/** The WHERE clause (over `domains d`) of a portfolio query, with its parameters. */
export function whereClause(
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
  for (const term of (q.search ?? '').trim().split(/\s+/).filter(Boolean)) {
    // A term matches the name, a tag or the registrar.
    parts.push(
      `(d.name LIKE ? ESCAPE '\\' OR d.unicode_name LIKE ? ESCAPE '\\'
        OR EXISTS (SELECT 1 FROM tags t WHERE t.account_id = d.account_id AND t.domain_name = d.name AND lower(t.tag) LIKE ? ESCAPE '\\')
        OR lower(${REGISTRAR}) LIKE ? ESCAPE '\\')`,
    )
    params.push(likePattern(term), likePattern(term), likePattern(term), likePattern(term))
  }
  for (const quick of q.quick ?? []) {
    const days = { expiring30: 30, expiring60: 60, expiring90: 90 }[quick as string]
    if (days) {
      parts.push('d.expires_at >= ? AND d.expires_at < ?')
      params.push(now, now + days * DAY)
    } else if (quick === 'expired') {
      parts.push("(d.status = 'expired' OR d.expires_at < ?)")
      params.push(now)
    } else if (quick === 'autoRenewOff') parts.push('d.auto_renew = 0')
    else if (quick === 'unlocked') parts.push('d.locked = 0')
    else if (quick === 'externalDns') parts.push("d.dns_managed_by = 'external'")
    else if (quick === 'transferable') parts.push(`lower(${REGISTRAR}) <> 'vps.org'`)
  }
  if (q.tag) {
    parts.push(
      'EXISTS (SELECT 1 FROM tags t WHERE t.account_id = d.account_id AND t.domain_name = d.name AND t.tag = ?)',
    )
    params.push(q.tag)
  }
  if (q.registrar) {
    parts.push(`${REGISTRAR} = ?`)
    params.push(q.registrar)
  }
  if (q.notification) {
    parts.push(
      'd.id IN (SELECT n.domain_id FROM notification_log n WHERE n.parent_id = ? AND n.account_id = d.account_id)',
    )
    params.push(q.notification)
  }
  return { sql: parts.join(' AND '), params }
}

/** Whole days from `now` to `expiresAt`, negative once past. */
export function daysLeft(expiresAt: number, now: number): number {
  return Math.floor((expiresAt - now) / DAY)
}

/** One page of the portfolio and the number of matching domains. */
export function queryPortfolio(
  db: Db,
  accountId: string,
  q: ResolvedQuery,
  now: number,
): { rows: DomainRow[]; total: number } {
  const where = whereClause(accountId, q, now)
  const total = rows<{ n: number }>(
    db,
    `SELECT count(*) AS n FROM domains d WHERE ${where.sql}`,
    ...where.params,
  )[0]!.n
  const sort = q.sort ?? { by: 'name', dir: 'asc' }
  const dir = sort.dir === 'desc' ? 'DESC' : 'ASC'
  const records = rows<DomainRecord>(
    db,
    `SELECT d.* FROM domains d WHERE ${where.sql} ORDER BY ${SORT_COLUMNS[sort.by]} ${dir}, d.name ${dir}, d.id LIMIT ? OFFSET ?`,
    ...where.params,
    q.limit,
    q.offset,
  )
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
