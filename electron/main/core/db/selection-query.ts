/**
 * A bulk change's selection resolved against the cache: the domains a list of ids names, or every
 * domain matching a portfolio filter except some, each with what the preview needs (current
 * settings, whether it left the account, the registrar its last fetched details named).
 */
import type { SelectedDomain } from '../../../shared/bulk/plan'
import type { Selection } from '../../../shared/ipc/bulk-models'
import { whereClause, type ResolvedQuery } from './portfolio-query'
import { rows, type Db } from './sqlite'

interface Record {
  id: number
  name: string
  unicode_name: string
  auto_renew: number
  locked: number
  privacy: number
  nameservers: string
  removed_at: string | null
  registrar: string | null
}

const COLUMNS = `d.id, d.name, d.unicode_name, d.auto_renew, d.locked, d.privacy, d.nameservers,
  d.removed_at, (SELECT dd.registrar FROM domain_details dd
    WHERE dd.account_id = d.account_id AND dd.domain_id = d.id) AS registrar`

/** The selected domains in name order. */
export function selectedDomains(
  db: Db,
  accountId: string,
  selection: Selection,
  now: number,
): SelectedDomain[] {
  let records: Record[]
  if (selection.kind === 'ids') {
    // One JSON parameter, whatever the number of ids (SQLite limits bound parameters).
    records = rows<Record>(
      db,
      `SELECT ${COLUMNS} FROM domains d WHERE d.account_id = ?
        AND d.id IN (SELECT value FROM json_each(?)) ORDER BY d.name`,
      accountId,
      JSON.stringify(selection.ids),
    )
  } else {
    const query = { ...selection.query, offset: 0, limit: 1 } as ResolvedQuery
    const where = whereClause(db, accountId, query, now)
    const excluded = new Set(selection.exclude)
    records = rows<Record>(
      db,
      `SELECT ${COLUMNS} FROM domains d WHERE ${where.sql} ORDER BY d.name`,
      ...where.params,
    ).filter((r) => !excluded.has(r.id))
  }
  return records.map((r) => ({
    id: r.id,
    name: r.name,
    unicodeName: r.unicode_name,
    autoRenew: r.auto_renew === 1,
    locked: r.locked === 1,
    privacy: r.privacy === 1,
    nameservers: JSON.parse(r.nameservers) as string[],
    removed: r.removed_at !== null,
    registrar: r.registrar,
  }))
}
