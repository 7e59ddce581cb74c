/**
 * The portfolio rows' context menu, loaded after the table so that its code never delays the
 * first rows, and what the table calls on it.
 */
import { defineAsyncComponent } from 'vue'

/** The row menu component (RowContextMenu.vue), loaded on its own. */
export const RowContextMenu = defineAsyncComponent(() => import('./RowContextMenu.vue'))

/** What the table calls: a right click, and keys pressed on a row. */
export interface RowMenuHandle {
  onContextMenu(event: MouseEvent): void
  onKeydown(event: KeyboardEvent): void
}
