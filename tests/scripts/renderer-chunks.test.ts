/**
 * What the built renderer loads before anything else (`npm test` builds before it runs the tests):
 * the app's messages in neither language. Each language is a chunk of its own, loaded for the
 * reader who needs it: Armenian is the larger catalogue and nothing an English reader needs.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'

const ASSETS = fileURLToPath(new URL('../../out/renderer/assets', import.meta.url))
const I18N = fileURLToPath(new URL('../../renderer/src/i18n', import.meta.url))
const read = (name: string) => readFileSync(join(ASSETS, name), 'utf8')

type Tree = { [key: string]: string | Tree }
/** A language's catalogue, every area's JSON file. */
const catalogue = (lang: string): Tree =>
  Object.fromEntries(
    readdirSync(join(I18N, lang)).map((f) => [
      f,
      JSON.parse(readFileSync(join(I18N, lang, f), 'utf8')),
    ]),
  )
const texts = (tree: Tree): string[] =>
  Object.values(tree).flatMap((v) => (typeof v === 'string' ? [v] : texts(v)))
/**
 * A language's 30 longest plain messages: no quotes or escapes to differ in the bundle, and no
 * placeholder, plural or link, which compiling splits into parts.
 */
const sample = (tree: Tree) =>
  texts(tree)
    .filter((t) => !/["'\\\n`{|@]/.test(t))
    .sort((a, b) => b.length - a.length)
    .slice(0, 30)

/**
 * The portfolio's own chunk and every chunk it imports statically (not the ones it imports on
 * demand, `import("./…")`): what the router loads before the first rows can paint.
 */
function staticClosure(first: string): Set<string> {
  const seen = new Set<string>()
  const queue = [first]
  while (queue.length) {
    const name = queue.pop()!
    if (seen.has(name)) continue
    seen.add(name)
    for (const m of read(name).matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)) queue.push(m[1]!)
  }
  return seen
}

/**
 * Gzip bytes of the JS loaded before the portfolio's first rows: 535 KB before this budget
 * (unminified, zod and the IDNA tables in the entry), 262 KB when it was set, 211 KB once the
 * table no longer used PrimeVue's DataTable, 203 KB once the theme became CSS made at build time,
 * 190 KB once PrimeVue's style templates (what that CSS is made from) left the page's code,
 * 169 KB once the table computed its own window and the notification panel and the confirmation
 * dialog loaded on first use, 163 KB once the messages were compiled at build time (vue-i18n runs
 * without its compiler and its global components) and the popup menus loaded on first use. (bench:ui also counts the English
 * catalogue, 22 KB.)
 */
const FIRST_ROWS_JS_BUDGET = 170 * 1024

describe('the built renderer', () => {
  const scripts = readdirSync(ASSETS).filter((f) => f.endsWith('.js'))
  const html = readFileSync(join(ASSETS, '..', 'index.html'), 'utf8')
  // The entry and everything index.html preloads with it.
  const eager = [...html.matchAll(/(?:src|href)="\.?\/?assets\/([^"]+\.js)"/g)].map((m) => m[1]!)

  it.each(['en', 'hy'] as const)('keeps the %s messages out of the entry, in one chunk', (lang) => {
    const own = scripts.filter((f) => f.startsWith(`catalogue-${lang}-`))
    expect(own).toHaveLength(1)
    const chunk = read(own[0]!)
    const probes = sample(catalogue(lang))
    expect(probes).toHaveLength(30)
    for (const text of probes) expect(chunk.includes(text), text).toBe(true)
    expect(eager.length).toBeGreaterThan(0)
    for (const name of eager) {
      const code = read(name)
      for (const text of probes) expect(code.includes(text), `${name}: ${text}`).toBe(false)
    }
  })

  it.each(['en', 'hy'] as const)(
    'ships the %s messages compiled at build time, for vue-i18n without its compiler',
    (lang) => {
      const chunk = read(scripts.find((f) => f.startsWith(`catalogue-${lang}-`))!)
      // Messages with a placeholder and text before it: compiled, the text is a part of its own
      // and the placeholder a node, so the message as written is nowhere in the chunk.
      const withPlaceholders = texts(catalogue(lang))
        .filter((t) => /^[^"'\\\n`{|@]{6,}\{\w+\}/.test(t) && !/["'\\\n`|@]/.test(t))
        .slice(0, 30)
      expect(withPlaceholders.length).toBeGreaterThanOrEqual(20)
      for (const text of withPlaceholders) {
        expect(chunk.includes(text), text).toBe(false)
        expect(chunk.includes(text.slice(0, text.indexOf('{'))), text).toBe(true)
      }
    },
  )

  it('loads at most the budgeted JS before the portfolio paints its first rows', () => {
    const view = scripts.find((f) => f.startsWith('PortfolioView-'))
    expect(view).toBeDefined()
    const before = new Set([...eager, ...staticClosure(view!)])
    const gzip = [...before].reduce((sum, f) => sum + gzipSync(read(f), { level: 9 }).length, 0)
    expect(gzip).toBeLessThanOrEqual(FIRST_ROWS_JS_BUDGET)
  })

  it('asks for a handful of files before the first rows, not dozens', () => {
    // Every request waits for one of six HTTP/1.1 connections in the web preview, and for main's
    // protocol handler in the app: the default chunking made 20 files at the start (most under
    // 2 KB, shared with later pages), 4 for the portfolio's page and 2 for a language.
    expect(eager.length).toBeLessThanOrEqual(3)
    const view = scripts.find((f) => f.startsWith('PortfolioView-'))!
    const language = scripts.find((f) => f.startsWith('catalogue-en-'))!
    const already = new Set(eager)
    const more = (first: string) => [...staticClosure(first)].filter((f) => !already.has(f))
    expect(more(view).length, more(view).join(', ')).toBeLessThanOrEqual(2)
    expect(more(language)).toEqual([language])
  })

  it('keeps zod and the IDNA tables out of what loads before the first rows', () => {
    const view = scripts.find((f) => f.startsWith('PortfolioView-'))!
    for (const name of new Set([...eager, ...staticClosure(view)])) {
      const code = read(name)
      // zod's English error text, and the name of an option of tr46 (UTS #46), survive minification.
      expect(code.includes('Invalid input: expected'), name).toBe(false)
      expect(code.includes('checkBidi'), name).toBe(false)
    }
  })

  it('carries the PrimeVue theme as CSS made at build time, not as code run in the page', () => {
    const view = scripts.find((f) => f.startsWith('PortfolioView-'))!
    for (const name of new Set([...eager, ...staticClosure(view)])) {
      // Token references of the preset, as Aura and theme.ts write them, and of PrimeVue's
      // style templates (@primeuix/styles).
      expect(read(name).includes('{surface.600}'), name).toBe(false)
      expect(read(name).includes('button.padding.y'), name).toBe(false)
    }
    const css = [...html.matchAll(/href="\.?\/?assets\/([^"]+\.css)"/g)].map((m) => read(m[1]!))
    expect(css.join('')).toMatch(/\.dd-dark\{[^}]*--p-primary-color:/)
    expect(css.join('')).toMatch(/\.p-button\{/)
  })
})
