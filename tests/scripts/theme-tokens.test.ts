/**
 * The theme carries design tokens for only the PrimeVue components the renderer uses; a
 * component without its tokens renders unstyled. So every component the renderer imports, and
 * every component those import in turn, must have its tokens in the preset.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { AuraUsed } from '../../renderer/src/theme-components'

const SRC = fileURLToPath(new URL('../../renderer/src', import.meta.url))
const PRIMEVUE = fileURLToPath(new URL('../../node_modules/primevue', import.meta.url))

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f: string) => {
    const path = join(dir, f)
    return statSync(path).isDirectory() ? files(path) : /\.(ts|vue)$/.test(f) ? [path] : []
  })

/** The PrimeVue modules a piece of code imports (`primevue/button` → `button`). */
const imported = (code: string) =>
  [...code.matchAll(/from\s*['"]primevue\/([a-z]+)['"]/g)].map((m) => m[1]!)

/** The style names (`@primeuix/styles/<name>`) of the components reachable from `roots`. */
function stylesReachable(roots: string[]): Set<string> {
  const seen = new Set<string>()
  const styles = new Set<string>()
  const queue = [...roots]
  while (queue.length) {
    const name = queue.pop()!
    if (seen.has(name)) continue
    seen.add(name)
    const index = join(PRIMEVUE, name, 'index.mjs')
    if (existsSync(index)) queue.push(...imported(readFileSync(index, 'utf8')))
    const style = join(PRIMEVUE, name, 'style', 'index.mjs')
    if (existsSync(style)) {
      for (const m of readFileSync(style, 'utf8').matchAll(/@primeuix\/styles\/([a-z]+)/g))
        styles.add(m[1]!)
    }
  }
  return styles
}

describe('the theme preset', () => {
  it('has the tokens of every PrimeVue component the renderer uses, directly or not', () => {
    const roots = [...new Set(files(SRC).flatMap((f) => imported(readFileSync(f, 'utf8'))))]
    const styles = stylesReachable(roots)
    expect(styles.size).toBeGreaterThan(20)
    expect(styles).toContain('paginator') // through DataTable only
    const missing = [...styles].filter((s) => !(s in AuraUsed.components))
    expect(missing).toEqual([])
  })
})
