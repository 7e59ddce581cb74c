/**
 * The name rules (name-rules.ts), loaded when a form first needs them rather than at start-up.
 * `nameRules()` is a reactive read: a computed that calls it before the rules have arrived gets
 * null, and re-runs by itself once they have.
 */
import { shallowRef } from 'vue'

/** What name-rules.ts exports. */
export type NameRules = typeof import('./name-rules')

const loaded = shallowRef<NameRules | null>(null)
let loading: Promise<NameRules> | null = null

/** The rules, loading them once; a failed load is tried again at the next call. */
export function loadNameRules(): Promise<NameRules> {
  loading ??= import('./name-rules').then(
    (rules) => (loaded.value = rules),
    (error: unknown) => {
      loading = null
      throw error
    },
  )
  return loading
}

/** The rules if they have loaded; otherwise starts loading them and returns null. */
export function nameRules(): NameRules | null {
  if (!loaded.value) void loadNameRules().catch(() => {})
  return loaded.value
}
