import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { loadedSpecifiers, packageOf } from '../../support/bundle-imports'

/**
 * What the built bundles load at run time, read from `out/` as `npm run build` leaves it (npm
 * test builds before it runs Vitest): the sandboxed preload may only require `electron`, and the
 * main process may only load Node's built-ins, `electron` (which the app binary provides) and
 * the production dependencies, since devDependencies are not packed into app.asar.
 */

const repo = fileURLToPath(new URL('../../../', import.meta.url))
const manifest = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'))
const production = new Set(Object.keys(manifest.dependencies ?? {}))
const development = new Set(Object.keys(manifest.devDependencies ?? {}))

/** The text of every .js/.cjs/.mjs file under a folder of out/. */
function bundle(folder: string): string[] {
  const dir = join(repo, 'out', folder)
  if (!existsSync(dir)) throw new Error(`Run \`npm run build\` first: out/${folder} is missing`)
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.[cm]?js$/.test(file))
    .map((file) => readFileSync(join(dir, file), 'utf8'))
}

describe('loadedSpecifiers and packageOf', () => {
  it('find static, re-exported, dynamic and required modules', () => {
    const source = [
      'import { a } from "zod";',
      "import b, { c } from 'libsql';",
      'import "./side-effect.js";',
      'export * from "tr46";',
      'const k = await import("@github/keytar/sub");',
      'const e = require("electron");',
      'this.require(id);',
    ].join('\n')
    expect(loadedSpecifiers(source).sort()).toEqual(
      ['./side-effect.js', '@github/keytar/sub', 'electron', 'libsql', 'tr46', 'zod'].sort(),
    )
  })

  it('name the package of a bare specifier, and nothing for built-ins or files', () => {
    expect(packageOf('@github/keytar/sub')).toBe('@github/keytar')
    expect(packageOf('pure-rand/distribution/uniformInt')).toBe('pure-rand')
    expect(packageOf('node:fs')).toBeUndefined()
    expect(packageOf('fs/promises')).toBeUndefined()
    expect(packageOf('./chunk.js')).toBeUndefined()
  })
})

describe('the built bundles', () => {
  it('has a preload that requires nothing but electron', () => {
    const [preload, ...others] = bundle('preload')
    expect(others).toEqual([])
    expect(loadedSpecifiers(preload!)).toEqual(['electron'])
  })

  it('has a main process that loads only built-ins, electron and production dependencies', () => {
    const packages = new Set(
      bundle('main')
        .flatMap(loadedSpecifiers)
        .map(packageOf)
        .filter((name): name is string => name !== undefined),
    )
    expect(packages.has('electron')).toBe(true)
    const fromDevelopment = [...packages].filter(
      (name) => name !== 'electron' && development.has(name),
    )
    expect(fromDevelopment).toEqual([])
    const unknown = [...packages].filter((name) => name !== 'electron' && !production.has(name))
    expect(unknown).toEqual([])
    // The keychain module is imported lazily; a rename would only fail when a token is saved.
    expect(packages.has('@github/keytar')).toBe(true)
  })
})
