/**
 * What a failed browser scenario leaves behind: a screenshot in test-results/e2e/ and, in the
 * test's output, the page's address, the focused element, every open dialog's text and the
 * start of the page's text. A timeout alone says what never appeared; this says what was there
 * instead, which is what a failure seen once in CI needs.
 */
import type { Page } from 'playwright-core'
import { onTestFailed } from 'vitest'

/** In the page: the focused element, the open dialogs and the visible text, as one string. */
export const PAGE_STATE = `(() => {
  const el = document.activeElement
  const focused = el
    ? [el.tagName.toLowerCase(), el.id && '#' + el.id, el.getAttribute('role') && '[role=' + el.getAttribute('role') + ']',
       el.getAttribute('aria-label') && '"' + el.getAttribute('aria-label') + '"'].filter(Boolean).join('')
    : 'none'
  const dialogs = [...document.querySelectorAll('[role="dialog"], [role="alertdialog"]')]
    .map((d) => d.innerText.replace(/\\s+/g, ' ').trim().slice(0, 600))
  const text = document.body.innerText.replace(/\\s+/g, ' ').trim().slice(0, 1500)
  return 'focused: ' + focused + '\\ndialogs: ' + JSON.stringify(dialogs) + '\\ntext: ' + text
})()`

/** File-name-safe form of a test's name. */
export function failureName(testName: string): string {
  return `failed-${testName
    .replace(/[^a-z0-9]+/gi, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80)}`
}

/**
 * Registers the report for `page` with the running test; does nothing outside a test (a page
 * opened in a before-all hook has no test to fail).
 */
export function reportPageOnFailure(page: Page, screenshotDir: string): void {
  try {
    onTestFailed(async ({ task }) => {
      const name = failureName(task.name)
      const lines = [`[e2e failure] ${task.name}`]
      try {
        // The address's query holds the preview's session key: only the route is shown.
        lines.push(`route: ${new URL(page.url()).hash}`, String(await page.evaluate(PAGE_STATE)))
        await page.screenshot({ path: `${screenshotDir}${name}.png` })
        lines.push(`screenshot: test-results/e2e/${name}.png`)
      } catch (e) {
        lines.push(`the page could not be read: ${(e as Error).message}`)
      }
      console.log(lines.join('\n'))
    })
  } catch {
    // Not inside a test.
  }
}
