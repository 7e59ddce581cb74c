/**
 * PrimeVue's Menu, its code loaded when it is first rendered: the popup menus that
 * `usePopupMenu` mounts at their first opening, so that none of it loads with the first screen.
 */
import { defineAsyncComponent } from 'vue'

/** `<PopupMenu ref="…" :model popup v-if="used" />`, as PrimeVue's Menu. */
export const PopupMenu = defineAsyncComponent(() => import('primevue/menu'))
