import Dialog from 'primevue/dialog'
import { defineComponent, type ComponentOptions } from 'vue'

/** The parts of PrimeVue's Dialog this wrapper builds on (its options API). */
interface DialogInternals {
  container: HTMLElement | null
  focus(): void
}
/** Dialog as the options object it is at run time (PrimeVue types it as a class). */
const dialog = Dialog as unknown as ComponentOptions & {
  methods: { onAfterEnter(this: DialogInternals): void }
}

/**
 * PrimeVue's Dialog, except that the end of its opening animation leaves the focus where it is
 * when it is already inside the dialog.
 *
 * The field marked `autofocus` is focused as the dialog mounts (PrimeVue's focus trap), so one
 * can type at once. PrimeVue focuses that field again when the 300 ms animation ends: whoever has
 * moved on to the next field by then (Tab, a click, an automated fill) had their focus, and the
 * rest of what they typed, taken back to the first one. A dialog opened without the focus inside
 * still gets PrimeVue's focus (the `autofocus` field, else the close button).
 */
const AppDialog = defineComponent({
  name: 'AppDialog',
  extends: dialog,
  methods: {
    onAfterEnter(this: DialogInternals): void {
      if (this.container?.contains(document.activeElement)) return
      dialog.methods.onAfterEnter.call(this)
    },
  },
})

// `extends` keeps Dialog's props, slots and events; its typings are PrimeVue's own class type,
// which `defineComponent` cannot infer from, so consumers see Dialog's.
export default AppDialog as unknown as typeof Dialog
