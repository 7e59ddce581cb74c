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

/**
 * The columns a narrow window leaves out, widest breakpoint first: below 1440px the nameservers
 * and the DNS manager give way (the domain page shows both, and a quick filter finds external
 * DNS) so that the domain name keeps a readable width next to the registrar, in Armenian too;
 * below 1280px the WHOIS privacy and the tags, below 1100px the transfer lock (each has a quick
 * filter or a search, and the domain page shows them). The table and the column picker both
 * read this, so the picker never counts a column the window does not show.
 */
export const NARROW_WINDOW_HIDES: readonly {
  maxWidth: number
  columns: readonly HideableColumn[]
}[] = [
  { maxWidth: 1440, columns: ['nameservers', 'dns'] },
  { maxWidth: 1280, columns: ['privacy', 'tags'] },
  { maxWidth: 1100, columns: ['locked'] },
]
