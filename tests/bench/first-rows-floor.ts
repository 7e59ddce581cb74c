/**
 * Floors for `bench:ui`'s cold first rows and search keystrokes, loaded by the same browser from
 * a web preview of the same size. The bare page does only what any Vue page that shows the
 * portfolio must do: load Vue, ask main over the bridge for the accounts and the rows it shows,
 * render them in a plain table (their dates in the reader's language), and search as one types in
 * its search box. The static page has
 * rows already in its HTML: navigation and paint, nothing else. What the app takes beyond the
 * bare page is its own work: its code, the shell, the page, the theme.
 */
import { copyFileSync, cpSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const VUE = fileURLToPath(
  new URL('../../node_modules/vue/dist/vue.runtime.esm-browser.prod.js', import.meta.url),
)

/** Rows the floors paint: about what the portfolio's window shows at the bench's viewport. */
export const FLOOR_ROWS = 30

// Runs in the page. The first cell is empty and the second holds the name, as in the app's
// table, so the same first-rows probe times both. The search box asks main for the first window
// of each term (as many rows as `?limit=` says: the app's window), shows the rows the
// app's table shows of it, and only the newest answer, as the app does: the keystroke floor.
const FLOOR_SCRIPT = `import { createApp, h, shallowRef } from './vue.js'
const rows = shallowRef([])
// Dates in the reader's language, as the app's rows have them: a window's first Intl formatter
// loads the locale's data, a cost that any page showing a date pays once.
const dates = new Intl.DateTimeFormat(navigator.language, { year: 'numeric', month: 'short', day: 'numeric' })
const cells = (r) => [h('td'), h('td', r.name), h('td', r.status), h('td', dates.format(new Date(r.expirationDate)))]
const bridge = window.domainDesk
const sort = { by: 'name', dir: 'asc' }
const limit = Number(new URLSearchParams(location.search).get('limit') ?? ${FLOOR_ROWS})
let id
let asked = 0
async function search(term) {
  const mine = ++asked
  const page = await bridge.portfolio.list(id, { limit, offset: 0, sort, ...(term ? { search: term } : {}) })
  if (mine === asked) rows.value = page.data.rows.slice(0, ${FLOOR_ROWS})
}
const input = () => h('input', { type: 'search', 'aria-label': 'Search domains', onInput: (e) => search(e.target.value.trim()) })
createApp({ render: () => [input(), h('table', [h('tbody', rows.value.map((r) => h('tr', { key: r.id }, cells(r))))])] }).mount('#app')
const accounts = await bridge.accounts.list()
id = accounts.data[0].id
const page = await bridge.portfolio.list(id, { limit: ${FLOOR_ROWS}, offset: 0, sort })
rows.value = page.data.rows
`

const HTML = (head: string, body: string) =>
  `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8" />\n<title>Floor</title>\n${head}</head>\n<body>${body}</body>\n</html>\n`

/**
 * A directory to serve as a preview's renderer, its `index.html` the bare Vue page (`'vue'`,
 * which needs a preview with the bench's portfolio) or the static page (`'static'`).
 */
export function floorRendererDir(kind: 'vue' | 'static'): string {
  const dir = mkdtempSync(join(tmpdir(), `domain-desk-floor-${kind}-`))
  if (kind === 'vue') {
    copyFileSync(VUE, join(dir, 'vue.js'))
    writeFileSync(join(dir, 'floor.js'), FLOOR_SCRIPT)
    writeFileSync(
      join(dir, 'index.html'),
      HTML('<script type="module" src="./floor.js"></script>\n', '<div id="app"></div>'),
    )
    return dir
  }
  const rows = Array.from(
    { length: FLOOR_ROWS },
    (_, i) => `<tr><td></td><td>domain-${i}.com</td><td>active</td><td>2027-01-01</td></tr>`,
  ).join('')
  writeFileSync(join(dir, 'index.html'), HTML('', `<table><tbody>${rows}</tbody></table>`))
  return dir
}

/**
 * Runs in the app's page once its first rows are painted: the page as HTML, its scripts removed
 * and its stylesheets linked from the renderer's folder (a chunk's own CSS is linked by an
 * absolute address), for `firstScreenRendererDir`.
 */
export const FIRST_SCREEN_HTML = `(() => {
  const page = document.documentElement.cloneNode(true)
  for (const el of page.querySelectorAll('script, link[rel="modulepreload"]')) el.remove()
  for (const link of page.querySelectorAll('link[rel="stylesheet"]'))
    link.setAttribute('href', './assets/' + link.href.split('/assets/').pop())
  return '<!doctype html>\\n' + page.outerHTML
})()`

/**
 * A copy of the built renderer whose page is `html`, the app's first screen as it was painted
 * (`FIRST_SCREEN_HTML`): what the browser alone takes to show that screen, its DOM and the
 * app's CSS, with none of the app's code. Whatever the app takes beyond it is its JS.
 */
export function firstScreenRendererDir(rendererDir: string, html: string): string {
  const sheets = [...html.matchAll(/<link [^>]*>/g)]
    .filter(([tag]) => tag.includes('rel="stylesheet"'))
    .map(([tag]) => /href="\.\/(assets\/[^"]+)"/.exec(tag)?.[1])
  // Without its CSS the screen would paint sooner than the app's ever could.
  if (sheets.length === 0) throw new Error('the first screen links no stylesheet')
  for (const file of sheets)
    if (!file || !existsSync(join(rendererDir, file)))
      throw new Error(
        `the first screen links ${file ?? 'a stylesheet'} from outside ${rendererDir}`,
      )
  const dir = mkdtempSync(join(tmpdir(), 'domain-desk-first-screen-'))
  cpSync(rendererDir, dir, { recursive: true })
  writeFileSync(join(dir, 'index.html'), html)
  return dir
}
