/**
 * A fake of main's saved views for renderer tests: views per account in memory, with main's
 * name rule (trimmed, unique in any case), its refusals as IPC errors, and the column layout.
 */
import {
  DEFAULT_LAYOUT,
  viewNameProblem,
  type ColumnLayout,
  type SavedView,
  type ViewState,
} from '@shared/views/saved-view'

export function fakeViews(initial: Array<{ name: string; state: ViewState }> = []) {
  const views: Array<SavedView & { accountId: string }> = []
  let layout: ColumnLayout = DEFAULT_LAYOUT
  let nextId = 1
  const AT = '2026-12-06T10:00:00.000Z'
  const of = (accountId: string) =>
    views
      .filter((v) => v.accountId === accountId)
      .map(({ accountId: _, ...v }) => v)
      .sort((a, b) => a.name.toLowerCase().localeCompare(b.name.toLowerCase()))
  const refuse = (accountId: string, name: string, selfId?: number) => {
    const problem = viewNameProblem(name, of(accountId), selfId)
    if (problem === 'duplicate')
      throw {
        code: 'Conflict',
        message: 'There is already a view with this name.',
        fields: { name: ['x'] },
      }
    if (problem) throw { code: 'InvalidArgument', message: 'Bad name.', fields: { name: ['x'] } }
  }
  const add = (accountId: string, name: string, state: ViewState) => {
    refuse(accountId, name)
    const view = { accountId, id: nextId++, name: name.trim(), state, createdAt: AT, updatedAt: AT }
    views.push(view)
    const { accountId: _, ...out } = view
    return out
  }
  initial.forEach((v) => add('a1', v.name, v.state))
  return {
    views,
    layout: () => layout,
    handlers: {
      'views.list': async (accountId: string) => of(accountId),
      'views.save': async (accountId: string, input: { name: string; state: ViewState }) =>
        add(accountId, input.name, input.state),
      'views.rename': async (accountId: string, id: number, name: string) => {
        const view = views.find((v) => v.accountId === accountId && v.id === id)
        if (!view) throw { code: 'NotFound', message: 'That view no longer exists.' }
        refuse(accountId, name, id)
        view.name = name.trim()
        const { accountId: _, ...out } = view
        return out
      },
      'views.remove': async (accountId: string, id: number) => {
        const at = views.findIndex((v) => v.accountId === accountId && v.id === id)
        if (at < 0) throw { code: 'NotFound', message: 'That view no longer exists.' }
        views.splice(at, 1)
        return null
      },
      'views.layout': async () => layout,
      'views.setLayout': async (next: ColumnLayout) => (layout = next),
    },
  }
}

/** A view state with every column and the default sort, changed by `change`. */
export function viewState(change: Partial<ViewState> = {}): ViewState {
  return {
    ...DEFAULT_LAYOUT,
    status: null,
    search: '',
    quick: [],
    tag: null,
    registrar: null,
    sort: { by: 'name', dir: 'asc' },
    ...change,
  }
}
