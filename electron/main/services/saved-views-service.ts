/**
 * Saved views of the portfolio: named filter, search, sort and column layouts, kept per account
 * in the cache; and the table's current (unsaved) column layout, kept in the app settings so that
 * the next start shows the same columns. A view holds only the query: opening one runs the
 * normal paged portfolio query.
 */
import {
  ColumnLayoutSchema,
  DEFAULT_LAYOUT,
  MAX_VIEW_NAME,
  MAX_VIEWS,
  viewNameProblem,
  type ColumnLayout,
  type SavedView,
  type ViewNameProblem,
  type ViewState,
} from '../../shared/views/saved-view'
import type { Cache } from '../core/db/cache'
import type { ViewWrite } from '../core/db/saved-views-repo'
import { AppError } from './app-error'
import type { Clock } from '../core/clock'

/** Where the current column layout is kept in app_settings. */
const LAYOUT_KEY = 'portfolio.layout'

const NAME_MESSAGES: Record<ViewNameProblem, string> = {
  required: 'Give the view a name.',
  tooLong: `A view name has at most ${MAX_VIEW_NAME} characters.`,
  duplicate: 'There is already a view with this name. Choose another name.',
}

const REASONS = {
  required: 'viewNameRequired',
  tooLong: 'viewNameTooLong',
  duplicate: 'viewNameTaken',
} as const satisfies Record<ViewNameProblem, string>

export interface SavedViewsDeps {
  cache: Cache
  clock: Clock
}

/** Keeps saved views and the current column layout. */
export class SavedViewsService {
  constructor(private readonly deps: SavedViewsDeps) {}

  list(accountId: string): SavedView[] {
    return this.deps.cache.savedViews.list(accountId)
  }

  /** Saves the state under a new name. */
  save(accountId: string, input: { name: string; state: ViewState }): SavedView {
    const repo = this.deps.cache.savedViews
    const name = this.checkName(accountId, input.name)
    if (repo.count(accountId) >= MAX_VIEWS)
      throw new AppError('InvalidArgument', `At most ${MAX_VIEWS} views can be kept per account.`)
    return this.settle(repo.create(accountId, name, input.state, this.at()))
  }

  /** Gives a view another name (the same name in another case is allowed). */
  rename(accountId: string, id: number, newName: string): SavedView {
    const name = this.checkName(accountId, newName, id)
    return this.settle(this.deps.cache.savedViews.rename(accountId, id, name, this.at()))
  }

  remove(accountId: string, id: number): void {
    if (!this.deps.cache.savedViews.remove(accountId, id))
      throw new AppError('NotFound', 'That view no longer exists.')
  }

  /** The table's current column layout (every column, default widths, until one is set). */
  layout(): ColumnLayout {
    return (
      this.deps.cache.settings.get(LAYOUT_KEY, (v) => {
        const parsed = ColumnLayoutSchema.safeParse(v)
        return parsed.success ? parsed.data : undefined
      }) ?? DEFAULT_LAYOUT
    )
  }

  setLayout(layout: ColumnLayout): ColumnLayout {
    const parsed = ColumnLayoutSchema.parse(layout)
    this.deps.cache.settings.set(LAYOUT_KEY, parsed)
    return parsed
  }

  /** The trimmed name, or the reason it cannot be used (with the field, for the form). */
  private checkName(accountId: string, name: string, selfId?: number): string {
    const problem = viewNameProblem(name, this.list(accountId), selfId)
    if (problem) throw nameError(problem)
    return name.trim()
  }

  private settle(write: ViewWrite): SavedView {
    if (write.ok) return write.view
    if (write.reason === 'duplicate') throw nameError('duplicate')
    throw new AppError('NotFound', 'That view no longer exists.')
  }

  private at(): string {
    return this.deps.clock.now().toISOString()
  }
}

function nameError(problem: ViewNameProblem): AppError {
  const message = NAME_MESSAGES[problem]
  const reason = REASONS[problem]
  return new AppError(problem === 'duplicate' ? 'Conflict' : 'InvalidArgument', message, {
    reason,
    field: 'name',
    ...(problem === 'tooLong' ? { params: { max: MAX_VIEW_NAME } } : {}),
  })
}
