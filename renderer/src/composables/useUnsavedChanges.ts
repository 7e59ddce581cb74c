/**
 * Which parts of the domain page hold changes that are not saved yet. The page provides one
 * register; the settings form and the notes report into it, and the page asks before anything
 * (a route change, a reload, closing the window) would drop them.
 */
import { computed, inject, onBeforeUnmount, provide, ref, watch, type InjectionKey } from 'vue'

/** The parts of the page that can hold unsaved edits, in page order. */
export const UNSAVED_PARTS = ['settings', 'nameservers', 'note'] as const
export type UnsavedPart = (typeof UNSAVED_PARTS)[number]

interface UnsavedRegister {
  set(part: UnsavedPart, dirty: boolean): void
}

const KEY: InjectionKey<UnsavedRegister> = Symbol('unsaved-changes')

/** For the page: the register its sections report into, and the parts now unsaved. */
export function useUnsavedChanges() {
  const dirty = ref(new Set<UnsavedPart>())
  provide(KEY, {
    set(part, isDirty) {
      const next = new Set(dirty.value)
      if (isDirty) next.add(part)
      else next.delete(part)
      dirty.value = next
    },
  })
  const parts = computed(() => UNSAVED_PARTS.filter((part) => dirty.value.has(part)))
  return { parts }
}

/** For a section: reports whether `part` has unsaved edits while the section is shown. */
export function useUnsavedReport(part: UnsavedPart, dirty: () => boolean): void {
  const register = inject(KEY, null)
  if (!register) return
  watch(dirty, (value) => register.set(part, value), { immediate: true })
  onBeforeUnmount(() => register.set(part, false))
}
