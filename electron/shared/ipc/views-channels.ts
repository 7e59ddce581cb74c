/**
 * The saved views' part of the IPC contract (contract.ts spreads it into its channels): the
 * account's views, saving, renaming and deleting one, and the table's current column layout.
 */
import { z } from 'zod'
import { ColumnLayoutSchema, SavedViewSchema, ViewStateSchema } from '../views/saved-view'

const accountId = z.string().min(1).max(64)
const viewId = z.number().int().positive()
/** Raw (untrimmed) here: main trims it and answers with its own, translatable, reasons. */
const viewName = z.string().max(1000)

function channel<A extends z.ZodTuple, R extends z.ZodType>(args: A, result: R) {
  return { args, result }
}

/** The saved views' channels: name → argument tuple and result. */
export const VIEW_CHANNELS = {
  /** The account's saved views of the portfolio, by name. */
  'views.list': channel(z.tuple([accountId]), z.array(SavedViewSchema)),
  /** Saves the portfolio's state under a new name (the name is checked in main). */
  'views.save': channel(
    z.tuple([accountId, z.object({ name: viewName, state: ViewStateSchema })]),
    SavedViewSchema,
  ),
  'views.rename': channel(z.tuple([accountId, viewId, viewName]), SavedViewSchema),
  'views.remove': channel(z.tuple([accountId, viewId]), z.null()),
  /** The portfolio table's current column layout (kept across starts). */
  'views.layout': channel(z.tuple([]), ColumnLayoutSchema),
  'views.setLayout': channel(z.tuple([ColumnLayoutSchema]), ColumnLayoutSchema),
} as const
