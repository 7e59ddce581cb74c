/**
 * Sort indexes built when a column is first sorted by, not up front. An index per sortable
 * column makes every sort an index walk, but each index also costs every write: measured at
 * 100,000 domains, ten of them made a first sync many times slower. Name and status have
 * indexes from the schema; the others get theirs the first time someone sorts by them (one
 * CREATE INDEX over the cache, a fraction of a second at 100,000), and keep it from then on.
 */
import type { PortfolioQuery } from '../../../shared/ipc/models'
import { inTransaction, type Db } from './sqlite'

/** The column (over `domains d`) each portfolio sort orders by. */
export const SORT_COLUMNS: Record<NonNullable<PortfolioQuery['sort']>['by'], string> = {
  name: 'd.name',
  status: 'd.status',
  expires: 'd.expires_at',
  registered: 'd.registration_date',
  autoRenew: 'd.auto_renew',
  locked: 'd.locked',
  privacy: 'd.privacy',
  dns: 'd.dns_managed_by',
  nameservers: 'd.nameservers',
  // A domain's first tag alphabetically, a precomputed column (migration 7); untagged domains
  // (NULL) come first when ascending.
  tags: 'd.first_tag',
  // A copy of the details' registrar kept by triggers (migration 7), so it can be indexed.
  registrar: 'd.registrar',
}

/** The ORDER BY of a portfolio sort over `domains d`: every key one way, the id last. */
export function orderBy(sort: NonNullable<PortfolioQuery['sort']>, dir: 'ASC' | 'DESC'): string {
  return sort.by === 'name'
    ? `d.name ${dir}, d.id ${dir}`
    : `${SORT_COLUMNS[sort.by]} ${dir}, d.name ${dir}, d.id ${dir}`
}

/** Sortable columns without an index in the schema, by the index that serves them. */
const ON_DEMAND: Record<string, string> = {
  // The schema's expiry index (for the expiring filters) lacks the name that breaks ties.
  'd.expires_at': 'expires_at',
  'd.registration_date': 'registration_date',
  'd.auto_renew': 'auto_renew',
  'd.locked': 'locked',
  'd.privacy': 'privacy',
  'd.dns_managed_by': 'dns_managed_by',
  'd.nameservers': 'nameservers',
  'd.first_tag': 'first_tag',
  'd.registrar': 'registrar',
}

const built = new WeakMap<Db, Set<string>>()

/**
 * Makes sure `column` (as the portfolio query names it, e.g. `d.locked`) has an index that
 * serves `ORDER BY column, name, id` within an account. No-op for columns the schema indexes.
 */
export function ensureSortIndex(db: Db, column: string): void {
  const name = ON_DEMAND[column]
  if (!name) return
  let done = built.get(db)
  if (!done) built.set(db, (done = new Set()))
  if (done.has(name)) return
  // Never inside someone else's transaction: a rollback there would take the index with it.
  if (inTransaction(db)) return
  db.exec(`CREATE INDEX IF NOT EXISTS domains_sort_${name} ON domains (account_id, ${name}, name)`)
  done.add(name)
}
