import type { Locator } from 'playwright-core'

/** Whether the element has the page's focus (the node project has no DOM types). */
export const hasFocus = (locator: Locator): Promise<boolean> =>
  locator.evaluate(
    (el) =>
      el ===
      (globalThis as unknown as { document: { activeElement: unknown } }).document.activeElement,
  )
