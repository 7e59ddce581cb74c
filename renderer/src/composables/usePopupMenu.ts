import { ref, useTemplateRef, watch } from 'vue'

/** What a popup menu shows itself through (PrimeVue's Menu). */
export interface PopupMenuHandle {
  toggle(event: Event, target?: HTMLElement): void
}

/**
 * A popup menu that is mounted the first time it is opened, not with the page: give it the
 * template ref `key` and render it `v-if="used"`. A popup menu shows nothing until it is opened,
 * yet mounting one (its component, its overlay's portal) is part of the page's first render;
 * with `PopupMenu` (components/common/popup-menu.ts), its code also stays out of what loads
 * before the first screen. `toggle` opens it below the element the event was dispatched on,
 * as the menu itself would, once it is there.
 */
export function usePopupMenu<T extends PopupMenuHandle = PopupMenuHandle>(key: string) {
  const menu = useTemplateRef<T>(key)
  const used = ref(false)

  const mounted = (): T | Promise<T> =>
    menu.value ??
    new Promise((resolve) => {
      const stop = watch(menu, (handle) => {
        if (!handle) return
        stop()
        resolve(handle)
      })
    })

  /** Opens the menu by `event`'s element, or closes it when it is open. */
  async function toggle(event: Event): Promise<void> {
    // currentTarget is null once the event's dispatch is over, which a first opening outlives
    // (the menu's code loads, then it mounts): the element is passed on explicitly.
    const target = (event.currentTarget as HTMLElement | null) ?? undefined
    used.value = true
    ;(await mounted()).toggle(event, target)
  }

  return { used, toggle }
}
