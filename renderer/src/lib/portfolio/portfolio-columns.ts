/**
 * The portfolio table's hideable columns: the header text each takes from `portfolio.columns`
 * and the CSS class that gives it its default width (portfolio-table.css).
 */
import type { HideableColumn } from '@shared/views/saved-view'

/** The `portfolio.columns.*` key of each column's header. */
export const COLUMN_HEADERS: Record<HideableColumn, string> = {
  status: 'status',
  expires: 'expires',
  autoRenew: 'autoRenew',
  locked: 'lock',
  privacy: 'privacy',
  dns: 'dns',
  nameservers: 'nameservers',
  tags: 'tags',
  registrar: 'registrar',
}

/** The class of each column's cells. */
export const COLUMN_CLASSES: Record<HideableColumn, string> = {
  status: 'col-status',
  expires: 'col-expires',
  autoRenew: 'col-auto-renew',
  locked: 'col-lock',
  privacy: 'col-privacy',
  dns: 'col-dns',
  nameservers: 'col-ns',
  tags: 'col-tags',
  registrar: 'col-registrar',
}
