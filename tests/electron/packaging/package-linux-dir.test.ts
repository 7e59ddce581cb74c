import { existsSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { extractFile, listPackage, statFile } from '@electron/asar'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createAppProtocolHandler } from '../../../electron/main/shell/app-protocol-handler'
import { packLinuxDir } from '../../support/linux-package'

/**
 * Packs the app for Linux as an unpacked directory, the way `npm run dist:dir` does (offline,
 * with a stub Electron: see tests/support/linux-package.ts), and looks inside the result. The
 * expected native binaries are the linux-x64 ones, the platform CI runs on.
 */

let work: string
let resources: string
let archive: string
let entries: string[]

beforeAll(async () => {
  ;({ work, resources, archive } = await packLinuxDir())
  entries = listPackage(archive, { isPack: false }).map((entry) => entry.replace(/^[\\/]/, ''))
}, 120_000)

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true })
})

describe('the packaged Linux app', () => {
  it('has the executable named domain-desk', () => {
    expect(existsSync(join(work, 'release', 'linux-unpacked', 'domain-desk'))).toBe(true)
  })

  it('packs the built main process, preload, renderer and package.json into app.asar', () => {
    for (const file of [
      'out/main/index.js',
      'out/preload/index.cjs',
      'out/renderer/index.html',
      'package.json',
    ]) {
      expect(entries, file).toContain(file)
    }
  })

  it('points package.json at the packed main process and strips development fields', () => {
    const manifest = JSON.parse(extractFile(archive, 'package.json').toString('utf8'))
    expect(manifest.main).toBe('./out/main/index.js')
    expect(entries).toContain(manifest.main.replace(/^\.\//, ''))
    expect(manifest.devDependencies).toBeUndefined()
    expect(manifest.scripts).toBeUndefined()
  })

  it('holds nothing at the top level but out/, node_modules/ and package.json', () => {
    const topLevel = new Set(entries.map((entry) => entry.split(/[\\/]/)[0]))
    expect([...topLevel].sort()).toEqual(['node_modules', 'out', 'package.json'])
  })

  it('holds only the three built bundles under out/', () => {
    const builds = new Set(
      entries.filter((entry) => entry.startsWith('out/')).map((entry) => entry.split('/')[1]),
    )
    expect([...builds].sort()).toEqual(['main', 'preload', 'renderer'])
  })

  it('ships no tests, TypeScript sources, source maps or sandbox state', () => {
    const unwanted = entries.filter(
      (entry) =>
        /\.(ts|mts|cts|map)$/.test(entry) ||
        /\.(test|spec)\.[cm]?[jt]s$/.test(entry) ||
        /(^|\/)\.sandbox-state/.test(entry) ||
        /^(electron|renderer|tests|scripts|build)\//.test(entry),
    )
    expect(unwanted).toEqual([])
  })

  it('includes the production dependencies the main process loads', () => {
    for (const dependency of ['@github/keytar', 'libsql', 'zod']) {
      expect(entries, dependency).toContain(`node_modules/${dependency}/package.json`)
    }
  })

  it('leaves out development dependencies', () => {
    for (const dependency of ['electron', 'electron-builder', 'vitest', 'typescript', 'vite']) {
      expect(entries, dependency).not.toContain(`node_modules/${dependency}/package.json`)
    }
  })

  it('unpacks keytar’s linux-x64 native module next to the archive', () => {
    const file = 'node_modules/@github/keytar/prebuilds/linux-x64/keytar.node'
    expect(existsSync(join(resources, 'app.asar.unpacked', file))).toBe(true)
    expect(statFile(archive, file)).toMatchObject({ unpacked: true })
  })

  it('unpacks libsql’s linux-x64 native module next to the archive', () => {
    const file = 'node_modules/@libsql/linux-x64-gnu/index.node'
    expect(existsSync(join(resources, 'app.asar.unpacked', file))).toBe(true)
    expect(statFile(archive, file)).toMatchObject({ unpacked: true })
  })

  it('keeps every native module out of the archive itself', () => {
    const packedNative = entries.filter(
      (entry) => entry.endsWith('.node') && statFile(archive, entry).unpacked !== true,
    )
    expect(packedNative).toEqual([])
    const nativeCount = entries.filter((entry) => entry.endsWith('.node')).length
    expect(nativeCount).toBeGreaterThanOrEqual(2)
  })
})

describe('the packaged renderer served over app://', () => {
  /** The `app://` handler, reading straight out of the packed archive. */
  function handlerOverArchive(): (request: Request) => Promise<Response> {
    const archiveRoot = join(tmpdir(), 'inside-app-asar')
    return createAppProtocolHandler({
      rendererRoot: join(archiveRoot, 'out', 'renderer'),
      readFile: async (filePath) => extractFile(archive, relative(archiveRoot, filePath)),
    })
  }

  it('serves index.html and every script and stylesheet it references, correctly typed', async () => {
    const handle = handlerOverArchive()
    const page = await handle(new Request('app://domain-desk/index.html'))
    expect(page.status).toBe(200)
    const html = await page.text()
    // Scripts and stylesheets the page loads from its own origin (not data: URLs and the like).
    const tags = html.match(/<(?:script|link)\b[^>]*>/g) ?? []
    const references = tags
      .filter((tag) => tag.startsWith('<script') || /\brel="(stylesheet|modulepreload)"/.test(tag))
      .map((tag) => /\b(?:src|href)="([^"]+)"/.exec(tag)?.[1])
      .filter((reference): reference is string => reference !== undefined)
      .map((reference) => new URL(reference, 'app://domain-desk/index.html'))
      .filter((url) => url.protocol === 'app:')
      .map((url) => url.href)
    expect(references.some((url) => url.endsWith('.js'))).toBe(true)
    expect(references.some((url) => url.endsWith('.css'))).toBe(true)
    for (const url of references) {
      const response = await handle(new Request(url))
      expect(response.status, url).toBe(200)
      expect(response.headers.get('content-type'), url).toMatch(
        url.endsWith('.js') ? /^text\/javascript/ : /^text\/css/,
      )
    }
  })

  it('has no inline script the Content-Security-Policy would block', async () => {
    const html = extractFile(archive, 'out/renderer/index.html').toString('utf8')
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
    expect(scripts.length).toBeGreaterThan(0)
    for (const [, attributes = '', body = ''] of scripts) {
      expect(attributes).toMatch(/\bsrc="/)
      expect(body.trim()).toBe('')
    }
  })
})
