/**
 * A renderer build plugin: PrimeVue's styled mode works out its theme in the page. At start it
 * turns the preset into design tokens, and the first time each kind of component mounts it
 * resolves that component's CSS from the tokens and adds a `<style>` element. On a cold start
 * that work, about 200 ms on our machines, stood between the scripts and the first rows.
 *
 * The preset never changes while the app runs (dark mode is a class on the root element, and
 * the CSS carries both schemes), so the build does the same work once: the module
 * `virtual:primevue-theme.css` is the CSS the page would have added, made by PrimeVue's own
 * functions, for the common tokens and every component of the preset (`theme-components.ts`).
 * The renderer imports it and starts PrimeVue with `theme: 'none'`.
 */
import type { Plugin } from 'vite'

const ID = 'virtual:primevue-theme.css'
const RESOLVED = `\0${ID}`

/** What a style's `load` returns outside a page: its CSS, as PrimeVue would have added it. */
type Loaded = { css?: { value?: string } }

/** The part of a PrimeVue style object (`primevue/<name>/style`) used here. */
interface PrimeStyle {
  name: string
  load(css: string | undefined, options: { name: string }): Loaded
  loadStyle(options: { name: string }, style?: string): Loaded
  getCommonTheme(): {
    primitive?: { css?: string }
    semantic?: { css?: string }
    global?: { css?: string }
    style?: string
  }
  getComponentTheme(): { css?: string; style?: string }
  getDirectiveTheme(): { css?: string; style?: string }
}

/** One `<style>` PrimeVue would add: its id (`button-style`…) and its CSS. */
export interface ThemeSheet {
  name: string
  css: string
}

const text = (loaded: Loaded): string => loaded.css?.value ?? ''

/**
 * The sheets PrimeVue's styled mode adds for `theme` ({ preset, options }) and the style
 * objects of the components (or directives) in `styles`, in the order it adds them: the
 * common sheets, then per component its variables and its style. The same calls as
 * `BaseComponent._loadThemeStyles`; outside a page `useStyle` keeps the CSS instead of adding it.
 */
export async function themeSheets(theme: object, styles: PrimeStyle[]): Promise<ThemeSheet[]> {
  const { Theme } = await import('@primeuix/styled')
  const { default: BaseStyle } = (await import('@primevue/core/base/style')) as unknown as {
    default: PrimeStyle
  }
  Theme.setTheme(theme)
  const common = BaseStyle.getCommonTheme()
  const variables = (name: string, css?: string) => ({
    name,
    css: text(BaseStyle.load(css, { name })),
  })
  const sheets: ThemeSheet[] = [
    variables('primitive-variables', common.primitive?.css),
    variables('semantic-variables', common.semantic?.css),
    variables('global-variables', common.global?.css),
    {
      name: 'global-style',
      css: text(BaseStyle.loadStyle({ name: 'global-style' }, common.style)),
    },
  ]
  for (const style of styles) {
    const { css, style: extra } = style.name.endsWith('-directive')
      ? style.getDirectiveTheme()
      : style.getComponentTheme()
    const own = `${style.name}-variables`
    const styled = `${style.name}-style`
    sheets.push({ name: own, css: text(style.load(css, { name: own })) })
    sheets.push({ name: styled, css: text(style.loadStyle({ name: styled }, extra)) })
  }
  return sheets.filter((s) => s.css)
}

/** The CSS of the app's theme: the preset of `renderer/src/theme.ts`, its components' styles. */
export async function appThemeCss(): Promise<string> {
  const { primeVueTheme } = await import('../renderer/src/theme')
  const names = Object.keys(primeVueTheme.preset.components ?? {})
  const styles = await Promise.all(
    names.map(
      async (name) => ((await import(`primevue/${name}/style`)) as { default: PrimeStyle }).default,
    ),
  )
  const sheets = await themeSheets(primeVueTheme, styles)
  return sheets.map((s) => `/* ${s.name} */\n${s.css}\n`).join('')
}

/** PrimeVue's per-component style templates (`@primeuix/styles/<name>`, each `{ style }`). */
const STYLE_TEMPLATES = /^@primeuix\/styles\/[a-z]+$/
const NO_TEMPLATE = '\0primeuix-style-template'
/** A filter matching exactly this id. */
const exactly = (id: string) => new RegExp(`^${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`)

/**
 * The Vite plugin serving `virtual:primevue-theme.css`. It also leaves PrimeVue's style
 * templates out of the page's code: with `theme: 'none'` PrimeVue never reads them (they are
 * what the CSS above was made from), and they were 6 KB gzip of what loads before the first rows.
 */
export function primeVueThemeCss(): Plugin {
  return {
    name: 'domain-desk:primevue-theme-css',
    // Before Vite's own resolution, which would find the templates in node_modules.
    enforce: 'pre',
    resolveId: {
      filter: { id: [exactly(ID), STYLE_TEMPLATES] },
      handler: (id) => (id === ID ? RESOLVED : NO_TEMPLATE),
    },
    load: {
      filter: { id: [exactly(RESOLVED), exactly(NO_TEMPLATE)] },
      handler: (id) => (id === RESOLVED ? appThemeCss() : 'export const style = undefined'),
    },
  }
}
