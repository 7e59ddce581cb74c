/**
 * Claims the READMEs make that the code decides: the sandbox's options, where the connect form
 * keeps the base URL, what the web preview's `--data` keeps, no internal IPC call names in the
 * root README (a reader cannot call them), every repository path either README names, and the
 * main process README's table of features covering every channel prefix of the contract.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { USAGE } from '../../electron/sandbox/cli'
import { channels, events } from '../../electron/shared/ipc/contract'
import en from '../../renderer/src/i18n/en/welcome.json'
import { REPO_ROOT } from '../support/fresh-project'

const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8')
const mainReadme = readFileSync(join(REPO_ROOT, 'electron/main/README.md'), 'utf8')

/** The text of the README's section under `heading` (to the next heading of any level). */
function section(heading: string): string {
  const start = readme.indexOf(`\n## ${heading}\n`)
  expect(start, `README section "${heading}"`).toBeGreaterThan(-1)
  const rest = readme.slice(start + heading.length + 5)
  const end = rest.search(/\n#{2,3} /)
  return end === -1 ? rest : rest.slice(0, end)
}

describe('README', () => {
  it('lists every option of the sandbox command', () => {
    const options = [...USAGE.matchAll(/^ {2}(--[a-z-]+)/gm)]
      .map((m) => m[1]!)
      .filter((o) => o !== '--help')
    expect(options.length).toBeGreaterThan(5)
    const text = section('Trying it without a real account: the sandbox registrar')
    for (const option of options) expect(text, option).toContain(option)
  })

  it('says the base URL is under the connect form’s "Advanced"', () => {
    const text = section('Connecting to VPS.org')
    expect(text).toContain('Base URL')
    expect(text).toContain(`**${en.connect.advanced}**`)
  })

  it('says that the web preview’s --data keeps accounts between runs, and where tokens go', () => {
    const text = section('The web preview (development only)')
    expect(text).toMatch(/--data DIR[^.]*keeps[^.]*accounts[^.]*between runs/s)
    expect(text).toContain('Domain Desk (web preview)')
  })

  it('names no internal call of the main process', () => {
    for (const name of [...Object.keys(channels), ...Object.keys(events)]) {
      expect(readme, name).not.toContain(`\`${name}\``)
    }
  })
})

/**
 * Folders that builds, installs and the app itself (its data folder) make; a README may name
 * them, but they are not in the tree.
 */
const GENERATED = new Set(['node_modules', 'out', 'release', 'test-results', 'dist', 'logs'])
/** Where a README's short paths start: its own folder, then the main process's and the page's. */
const BASES = ['', 'electron/main', 'renderer/src']

/**
 * The backticked paths of a README that look like paths in this repository: a slash, no scheme,
 * no placeholder, no home folder, no npm package (`@scope/name`); their first folder is not one
 * that builds make.
 */
function repoPaths(text: string): string[] {
  const quoted = [...text.matchAll(/`([^`\s]+)`/g)].map((m) => m[1]!)
  return quoted.filter(
    (p) =>
      p.includes('/') &&
      /^\.?[\w-][\w.@*-]*(\/[\w.@*-]+)*\/?$/.test(p) &&
      !p.includes('*') &&
      !GENERATED.has(p.split('/')[0]!),
  )
}

/** Whether `path` exists from the README's folder or one of the usual bases. */
function exists(readmeDir: string, path: string): boolean {
  return [readmeDir, ...BASES].some((base) => existsSync(join(REPO_ROOT, base, path)))
}

describe('README paths', () => {
  it.each([
    ['README.md', '', readme],
    ['electron/main/README.md', 'electron/main', mainReadme],
  ])('%s names only paths that exist', (_name, dir, text) => {
    const paths = repoPaths(text)
    expect(paths.length).toBeGreaterThan(5)
    expect(paths.filter((p) => !exists(dir, p))).toEqual([])
  })

  it('finds a renamed path (the check itself works)', () => {
    expect(repoPaths('`renderer/src/views/PricingView.vue`, `~/x/y`, `<a>/b`, `@a/b`')).toEqual([
      'renderer/src/views/PricingView.vue',
    ])
    expect(exists('', 'renderer/src/views/PricingView.vue')).toBe(false)
    expect(exists('electron/main', 'services/price-service.ts')).toBe(true)
  })
})

describe('the main process README’s feature table', () => {
  /** The rows of the table under "Features, layer by layer": cells of each row. */
  function rows(): string[][] {
    const start = mainReadme.indexOf('\n## Features, layer by layer\n')
    expect(start, 'section "Features, layer by layer"').toBeGreaterThan(-1)
    return mainReadme
      .slice(start)
      .split('\n')
      .filter((line) => line.startsWith('| ') && !line.startsWith('| ---'))
      .slice(1)
      .map((line) =>
        line
          .split('|')
          .slice(1, -1)
          .map((cell) => cell.trim()),
      )
  }

  it('names every channel prefix of the contract, and no other', () => {
    const inTable = rows().flatMap((cells) =>
      [...cells[1]!.matchAll(/`([a-z]+)\.\*`/gi)].map((m) => m[1]!),
    )
    const inContract = [...new Set(Object.keys(channels).map((c) => c.split('.')[0]!))]
    expect([...new Set(inTable)].sort()).toEqual(inContract.sort())
  })

  it('gives each feature its api module, service, store and view, as paths that exist', () => {
    for (const cells of rows()) {
      expect(cells, cells[0]).toHaveLength(6)
      for (const cell of cells.slice(2)) {
        const paths = repoPaths(cell)
        expect(paths.length, `${cells[0]}: ${cell}`).toBeGreaterThan(0)
        for (const p of paths) expect(exists('electron/main', p), p).toBe(true)
      }
    }
  })
})
