/**
 * Saved views of the portfolio for the current account: the list (sidebar, command palette),
 * saving the table's state under a name, renaming, deleting, and opening one, which puts its
 * filter, search, sort and columns back and runs the normal paged query.
 */
import { defineStore } from 'pinia'
import { ref, watch } from 'vue'
import {
  viewNameProblem,
  type SavedView,
  type ViewNameProblem,
  type ViewState,
} from '@shared/views/saved-view'
import * as api from '@/api/views'
import { BridgeError } from '@/api/bridge'
import { useAccountsStore } from './accounts'
import { usePortfolioStore } from './portfolio'
import { usePortfolioLayoutStore } from './portfolio-layout'
import { errorText } from '@/format/error-text'

/**
 * Why a save or rename was refused: a name problem the form translates, or the error said in
 * the user's language.
 */
export type ViewError = { problem: ViewNameProblem | 'gone' } | { message: string }

/** Main's refusal as a translatable reason where there is one. */
export function viewErrorOf(error: unknown, name: string, others: SavedView[], selfId?: number) {
  if (error instanceof BridgeError) {
    if (error.code === 'Conflict') return { problem: 'duplicate' } as ViewError
    if (error.code === 'NotFound') return { problem: 'gone' } as ViewError
    const problem = error.field === 'name' ? viewNameProblem(name, others, selfId) : null
    if (problem) return { problem } as ViewError
  }
  return { message: errorText(error) } as ViewError
}

/** The current account's saved views. */
export const useSavedViewsStore = defineStore('savedViews', () => {
  const views = ref<SavedView[]>([])
  const loadedFor = ref<string | null>(null)
  const error = ref<string | null>(null)
  const accountId = () => useAccountsStore().current?.id ?? null

  async function load(): Promise<void> {
    const id = accountId()
    if (!id) return
    try {
      const list = await api.fetchViews(id)
      if (id !== accountId()) return
      views.value = list
      loadedFor.value = id
      error.value = null
    } catch (e) {
      error.value = errorText(e)
    }
  }

  /** The portfolio's state now, as a view stores it (a notification's list is not a view). */
  function currentState(): ViewState {
    const { status, search, quick, tag, registrar, sort } = usePortfolioStore().filters
    return {
      ...usePortfolioLayoutStore().current(),
      status,
      search: search.trim(),
      quick: [...quick],
      tag,
      registrar,
      sort: { ...sort },
    }
  }

  /** What is wrong with a name, checked here first so that the form answers at once. */
  const problemOf = (name: string, selfId?: number) => viewNameProblem(name, views.value, selfId)

  /** Saves the portfolio's current state under `name`; throws a ViewError when refused. */
  async function save(name: string): Promise<SavedView> {
    const id = accountId()
    const problem = problemOf(name)
    if (!id || problem) throw { problem: problem ?? 'gone' } satisfies ViewError
    try {
      const saved = await api.saveView(id, { name, state: currentState() })
      await load()
      return saved
    } catch (e) {
      throw viewErrorOf(e, name, views.value)
    }
  }

  async function rename(viewId: number, name: string): Promise<SavedView> {
    const id = accountId()
    const problem = problemOf(name, viewId)
    if (!id || problem) throw { problem: problem ?? 'gone' } satisfies ViewError
    try {
      const renamed = await api.renameView(id, viewId, name)
      await load()
      return renamed
    } catch (e) {
      throw viewErrorOf(e, name, views.value, viewId)
    }
  }

  async function remove(viewId: number): Promise<void> {
    const id = accountId()
    if (!id) return
    try {
      await api.removeView(id, viewId)
    } finally {
      await load()
    }
  }

  /** Puts a view's state back on the portfolio; false when the account has no such view. */
  async function open(viewId: number): Promise<boolean> {
    if (loadedFor.value !== accountId()) await load()
    const view = views.value.find((v) => v.id === viewId)
    if (!view) return false
    const { columns, widths, ...filters } = view.state
    await Promise.all([
      usePortfolioLayoutStore().apply({ columns, widths }),
      usePortfolioStore().setFilters({ ...filters, notification: null }),
    ])
    return true
  }

  watch(
    () => useAccountsStore().current?.id,
    (id) => {
      views.value = []
      loadedFor.value = null
      if (id) void load()
    },
  )

  return { views, loadedFor, error, load, currentState, problemOf, save, rename, remove, open }
})
