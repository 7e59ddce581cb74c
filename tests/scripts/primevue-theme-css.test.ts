// @vitest-environment happy-dom
/**
 * The theme's CSS is made at build time, so the page can start PrimeVue with `theme: 'none'`.
 * It must be the very CSS PrimeVue's styled mode would have added in the page.
 */
import PrimeVue from 'primevue/config'
import Button from 'primevue/button'
import Select from 'primevue/select'
import Toast from 'primevue/toast'
import ToastService from 'primevue/toastservice'
import Tooltip from 'primevue/tooltip'
import { describe, expect, it } from 'vitest'
import { createApp, h, withDirectives } from 'vue'
import { primeVueTheme } from '../../renderer/src/theme'
import { AuraUsed } from '../../renderer/src/theme-components'
import { appThemeCss, themeSheets } from '../../scripts/primevue-theme-css'

/** The bits of happy-dom's document used here (the Node typings of these tests have no DOM). */
interface Page {
  body: { append(node: unknown): void }
  head: { innerHTML: string }
  createElement(tag: string): object
  querySelectorAll(selector: string): Iterable<{
    getAttribute(name: string): string | null
    textContent: string | null
  }>
}
const document = (globalThis as unknown as { document: Page }).document

/** The `<style>` elements PrimeVue's styled mode adds when these components mount. */
function sheetsAddedInThePage(): Map<string, string> {
  const root = document.createElement('div')
  document.body.append(root)
  const app = createApp({
    render: () =>
      h('div', [
        h(Button, { label: 'Renew' }),
        h(Select, { options: ['a', 'b'] }),
        h(Toast),
        withDirectives(h('span', 'tip'), [[Tooltip, 'Tip']]),
      ]),
  })
  app.use(PrimeVue, { theme: primeVueTheme })
  app.use(ToastService)
  app.mount(root as never)
  const added = new Map(
    [...document.querySelectorAll('style[data-primevue-style-id]')].map((s) => [
      s.getAttribute('data-primevue-style-id')!,
      s.textContent ?? '',
    ]),
  )
  app.unmount()
  document.head.innerHTML = ''
  return added
}

const styleOf = async (name: string) =>
  ((await import(`primevue/${name}/style`)) as { default: never }).default

describe('the PrimeVue theme made at build time', () => {
  it('is, sheet for sheet, the CSS PrimeVue adds in the page', async () => {
    const added = sheetsAddedInThePage()
    const built = new Map(
      (
        await themeSheets(
          primeVueTheme,
          await Promise.all(['button', 'select', 'toast', 'tooltip'].map(styleOf)),
        )
      ).map((s) => [s.name, s.css]),
    )
    const compared = [...added.keys()].filter((name) => built.has(name))
    // The common sheets, and each component's variables and style.
    expect(compared).toEqual(
      expect.arrayContaining([
        'primitive-variables',
        'semantic-variables',
        'global-variables',
        'global-style',
        'button-variables',
        'button-style',
        'select-style',
        'toast-style',
        'tooltip-directive-style',
      ]),
    )
    for (const name of compared) expect(built.get(name), name).toBe(added.get(name))
  })

  it("has every component of the preset, and the dark scheme under the root's class", async () => {
    const css = await appThemeCss()
    for (const name of Object.keys(AuraUsed.components))
      expect(css).toMatch(new RegExp(`/\\* ${name}(-directive)?-style \\*/\\n\\S`))
    expect(css).toMatch(/\.dd-dark\{[^}]*--p-primary-color:/)
    expect(css).toMatch(/:root,:host\{[^}]*--p-primary-color:/)
  })
})
