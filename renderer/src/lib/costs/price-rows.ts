/**
 * The price table as the costs page edits it: rows in integer cents (null until a price is
 * entered), the check a new TLD must pass, and the comparison that tells whether a draft differs
 * from the saved table. Pure functions, shared by the prices store and its components.
 */
import type { PriceRow } from '@shared/ipc/models'
import { parseHostName } from '@shared/validation/host-name'

/** The three prices of a row, in the table's column order. */
export const PRICE_FIELDS = ['registerCents', 'renewCents', 'transferCents'] as const
export type PriceField = (typeof PRICE_FIELDS)[number]

/** One row being edited: prices in integer cents, null while the field is empty. */
export interface DraftRow {
  /** Stable identity for the row while its TLD is edited or rows are removed. */
  key: number
  tld: string
  registerCents: number | null
  renewCents: number | null
  transferCents: number | null
  /** Added in this draft (not in the saved table yet). */
  added: boolean
}

/** Why a TLD typed in the "add" field was refused; the view words it. */
export type TldProblem =
  'empty' | 'characters' | 'empty-label' | 'hyphen' | 'too-long' | 'numeric' | 'duplicate'

/** What `checkTld` returns: the TLD as stored (lower-case ASCII, no dot), or why not. */
export type TldCheck = { ok: true; tld: string } | { ok: false; problem: TldProblem }

/** A made-up first label, so that a TLD can go through the shared host-name validator. */
const PROBE = 'example'

/**
 * Checks a TLD typed by the user: `com`, `.co.uk`, `CO.UK` or an internationalised one (stored
 * as punycode). Leading dots and case are forgiven; anything the registry could not have is not.
 */
export function checkTld(input: string, existing: readonly string[]): TldCheck {
  const typed = input.trim().replace(/^\.+/, '')
  if (typed === '') return { ok: false, problem: 'empty' }
  const host = parseHostName(`${PROBE}.${typed}`)
  if (!host.ok) {
    const problem: Partial<Record<string, TldProblem>> = {
      'empty-label': 'empty-label',
      'label-hyphen': 'hyphen',
      'label-too-long': 'too-long',
      'too-long': 'too-long',
      'numeric-tld': 'numeric',
    }
    return { ok: false, problem: problem[host.problem] ?? 'characters' }
  }
  const tld = host.labels.slice(1).join('.')
  return existing.includes(tld) ? { ok: false, problem: 'duplicate' } : { ok: true, tld }
}

/** Saved rows → draft rows, keyed from `firstKey` on. */
export function toDraft(rows: readonly PriceRow[], firstKey: number): DraftRow[] {
  return rows.map((row, i) => ({ ...row, key: firstKey + i, added: false }))
}

/** Prices the row still lacks, in column order. */
export function missingPrices(row: DraftRow): PriceField[] {
  return PRICE_FIELDS.filter((field) => row[field] === null)
}

/** A complete draft → the rows `prices.set` takes; null while any price is missing. */
export function toPriceRows(draft: readonly DraftRow[]): PriceRow[] | null {
  if (draft.some((row) => missingPrices(row).length > 0)) return null
  return draft.map((row) => ({
    tld: row.tld,
    registerCents: row.registerCents!,
    renewCents: row.renewCents!,
    transferCents: row.transferCents!,
  }))
}

/** Whether the draft says something the saved table does not (order aside). */
export function draftDiffers(draft: readonly DraftRow[], saved: readonly PriceRow[]): boolean {
  if (draft.length !== saved.length) return true
  const byTld = new Map(saved.map((row) => [row.tld, row]))
  return draft.some((row) => {
    const before = byTld.get(row.tld)
    return !before || PRICE_FIELDS.some((field) => before[field] !== row[field])
  })
}

/** The id of a draft row's price input, for labels, focus and tests. */
export function priceInputId(key: number, field: PriceField): string {
  return `price-${key}-${field}`
}
