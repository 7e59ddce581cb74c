/** Saved portfolio views and the table's current column layout, over the bridge. */
import type { ColumnLayout, SavedView, ViewState } from '@shared/views/saved-view'
import { bridge, unwrap } from './bridge'

export const fetchViews = (accountId: string): Promise<SavedView[]> =>
  unwrap(bridge().views.list(accountId))
export const saveView = (
  accountId: string,
  input: { name: string; state: ViewState },
): Promise<SavedView> => unwrap(bridge().views.save(accountId, input))
export const renameView = (accountId: string, id: number, name: string): Promise<SavedView> =>
  unwrap(bridge().views.rename(accountId, id, name))
export const removeView = async (accountId: string, id: number): Promise<void> => {
  await unwrap(bridge().views.remove(accountId, id))
}
export const fetchLayout = (): Promise<ColumnLayout> => unwrap(bridge().views.layout())
export const saveLayout = (layout: ColumnLayout): Promise<ColumnLayout> =>
  unwrap(bridge().views.setLayout(layout))
