/**
 * Saved views of the portfolio: a name and the table's state (filter, search, sort, visible
 * columns and their widths). A view stores only the query, never rows, so opening one runs the
 * normal paged query at any portfolio size. Shared, so that main, the contract and the form apply
 * one schema and one name rule.
 */
import { z } from 'zod'
import { DomainStatusSchema, QUICK_FILTERS, SORT_FIELDS } from '../ipc/models'

/** The portfolio columns the user can hide; the domain name always shows. */
export const HIDEABLE_COLUMNS = [
  'status',
  'expires',
  'autoRenew',
  'locked',
  'privacy',
  'dns',
  'nameservers',
  'tags',
  'registrar',
] as const
export type HideableColumn = (typeof HIDEABLE_COLUMNS)[number]

/** Longest view name, in characters. */
export const MAX_VIEW_NAME = 60
/** At most this many views per account (each is a sidebar entry and a palette command). */
export const MAX_VIEWS = 50

/** Column widths in CSS pixels, by column; a column without one keeps its default width. */
export const ColumnWidthsSchema = z.partialRecord(
  z.enum(HIDEABLE_COLUMNS),
  z.number().int().min(24).max(2000),
)

/** Which columns show and how wide they are: kept for the table now, and in each view. */
export const ColumnLayoutSchema = z.object({
  /** The hideable columns shown, in table order (duplicates are dropped). */
  columns: z
    .array(z.enum(HIDEABLE_COLUMNS))
    .max(HIDEABLE_COLUMNS.length)
    .transform((list) => HIDEABLE_COLUMNS.filter((c) => list.includes(c))),
  widths: ColumnWidthsSchema,
})
export type ColumnLayout = z.infer<typeof ColumnLayoutSchema>

/** Every column shown at its default width. */
export const DEFAULT_LAYOUT: ColumnLayout = { columns: [...HIDEABLE_COLUMNS], widths: {} }

/** What a view restores: the portfolio's filter, search and sort, and its column layout. */
export const ViewStateSchema = ColumnLayoutSchema.extend({
  status: DomainStatusSchema.nullable(),
  search: z.string().max(253),
  quick: z.array(z.enum(QUICK_FILTERS)).max(QUICK_FILTERS.length),
  tag: z.string().max(64).nullable(),
  registrar: z.string().max(200).nullable(),
  sort: z.object({ by: z.enum(SORT_FIELDS), dir: z.enum(['asc', 'desc']) }),
})
export type ViewState = z.infer<typeof ViewStateSchema>

/** A view name: trimmed, not empty, not longer than MAX_VIEW_NAME. */
export const ViewNameSchema = z
  .string()
  .trim()
  .min(1, 'Give the view a name.')
  .max(MAX_VIEW_NAME, `A view name has at most ${MAX_VIEW_NAME} characters.`)

/** A stored view. */
export const SavedViewSchema = z.object({
  id: z.number().int().positive(),
  name: z.string(),
  state: ViewStateSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
})
export type SavedView = z.infer<typeof SavedViewSchema>

/** Why a name cannot be used, as a key the form translates; null when it can. */
export type ViewNameProblem = 'required' | 'tooLong' | 'duplicate'

/** Case-insensitive form of a name, for the uniqueness rule (Unicode-aware, unlike NOCASE). */
export const foldViewName = (name: string): string => name.trim().toLocaleLowerCase('und')

/**
 * Checks a name against the account's other views (`selfId`: the view being renamed, which
 * may keep its own name in another case).
 */
export function viewNameProblem(
  name: string,
  others: ReadonlyArray<{ id: number; name: string }>,
  selfId?: number,
): ViewNameProblem | null {
  const trimmed = name.trim()
  if (trimmed === '') return 'required'
  if (trimmed.length > MAX_VIEW_NAME) return 'tooLong'
  const folded = foldViewName(trimmed)
  return others.some((v) => v.id !== selfId && foldViewName(v.name) === folded) ? 'duplicate' : null
}
