/**
 * For dialogs loaded on first use (`defineAsyncComponent` + `v-if`): true from the first time
 * the dialog is asked to open, and from then on, so its code is fetched only when someone opens
 * it, and it stays mounted afterwards (closing keeps its animation and focus return).
 */
import { ref, watch, type Ref } from 'vue'

/** Whether `open()` has been true at least once. */
export function onceOpened(open: () => unknown): Ref<boolean> {
  const opened = ref(Boolean(open()))
  const stop = watch(open, (value) => {
    if (!value) return
    opened.value = true
    stop()
  })
  return opened
}
