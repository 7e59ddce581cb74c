/**
 * The Node.js versions the README states for each command are the ones its tools declare: if a
 * dependency raises its `engines.node`, this fails until the README, `engines` and `.nvmrc` follow.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { REPO_ROOT } from '../support/fresh-project'

type Version = [number, number, number]

function parse(text: string): Version {
  const [a = 0, b = 0, c = 0] = text.replace(/^v/, '').split('.').map(Number)
  return [a, b, c]
}

function compare(x: Version, y: Version): number {
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2]
}

/** The lowest version of Node `major` that an engines range (^, >=, ||) allows, if any. */
function lowestInMajor(range: string, major: number): Version | undefined {
  const floor: Version = [major, 0, 0]
  const found = range
    .split('||')
    .map((part) => part.trim())
    .flatMap((part): Version[] => {
      const caret = /^\^\s*(\S+)$/.exec(part)
      const atLeast = /^>=\s*(\S+)$/.exec(part)
      if (caret) {
        const low = parse(caret[1]!)
        return low[0] === major ? [low] : []
      }
      if (atLeast) {
        const low = parse(atLeast[1]!)
        if (low[0] > major) return []
        return [compare(low, floor) > 0 ? low : floor]
      }
      throw new Error(`unexpected engines range part "${part}"`)
    })
  return found.sort(compare)[0]
}

function enginesOf(pkg: string): string {
  const manifest = JSON.parse(
    readFileSync(join(REPO_ROOT, 'node_modules', pkg, 'package.json'), 'utf8'),
  ) as { engines?: { node?: string } }
  return manifest.engines?.node ?? '>=0'
}

/** The lowest Node of a major line that every package allows. */
function minimumFor(packages: string[], major: number): string {
  const lows = packages.map((p) => lowestInMajor(enginesOf(p), major))
  if (lows.some((low) => low === undefined)) return 'none'
  return (lows as Version[]).sort(compare).at(-1)!.slice(0, 2).join('.')
}

const COMMANDS: Record<string, string[]> = {
  install: ['npm', 'vite', 'electron-vite'],
  start: ['vite', 'electron-vite', 'electron', '@electron/get'],
  dist: ['vite', 'electron-vite', 'electron-builder', '@electron/rebuild'],
  test: ['vite', 'vitest', 'eslint', '@vitejs/plugin-vue', 'electron-vite'],
  sandbox: ['tsx'],
}
// npm itself is not in node_modules; npm 11 declares this range.
const NPM_11 = '^20.17.0 || >=22.9.0'

describe('the Node.js versions in the README', () => {
  it('reads engines ranges as npm does', () => {
    expect(lowestInMajor('^20.19.0 || >=22.12.0', 20)).toEqual([20, 19, 0])
    expect(lowestInMajor('^20.19.0 || >=22.12.0', 22)).toEqual([22, 12, 0])
    expect(lowestInMajor('^20.19.0 || ^22.13.0 || >=24', 22)).toEqual([22, 13, 0])
    expect(lowestInMajor('>= 22.12.0', 20)).toBeUndefined()
  })

  it('states each command’s minimum as its tools declare it', () => {
    const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8')
    const on = (command: string, major: number) =>
      command === 'install'
        ? [
            minimumFor(['vite', 'electron-vite'], major),
            lowestInMajor(NPM_11, major)!.slice(0, 2).join('.'),
          ]
            .sort((a, b) => compare(parse(a), parse(b)))
            .at(-1)
        : minimumFor(COMMANDS[command]!, major)

    expect(on('install', 20)).toBe('20.19')
    expect(readme).toMatch(/\| `npm install` \| 20\.19 \|/)
    expect(on('start', 22)).toBe('22.12')
    expect(readme).toMatch(/\| `npm start`, `npm run dev` \| 22\.12 /)
    expect(on('dist', 22)).toBe('22.12')
    expect(readme).toMatch(/\| `npm run dist` \| 22\.12 \|/)
    expect(on('test', 20)).toBe('20.19')
    expect(on('test', 22)).toBe('22.13')
    expect(readme).toMatch(/\| `npm test` \| 20\.19, or 22\.13 on Node 22 \|/)
  })

  it('asks in engines and .nvmrc for a Node that runs every command', () => {
    const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8'))
    expect(pkg.engines.node).toBe('^20.19.0 || >=22.13.0')
    const highest22 = ['install', 'start', 'dist', 'test', 'sandbox']
      .map((c) => (c === 'install' ? '20.19' : minimumFor(COMMANDS[c]!, 22)))
      .filter((v) => v.startsWith('22.'))
      .sort((a, b) => compare(parse(a), parse(b)))
      .at(-1)
    expect(highest22).toBe('22.13')
    expect(readFileSync(join(REPO_ROOT, '.nvmrc'), 'utf8').trim()).toBe('22')
    expect(readFileSync(join(REPO_ROOT, 'README.md'), 'utf8')).toContain(
      'You need **Node.js 22.13 or later**',
    )
  })
})
