import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import Ajv from 'ajv'
import { parse } from 'yaml'
import { describe, expect, it } from 'vitest'
import { DEEP_LINK_SCHEME } from '../../../electron/main/core/links/deep-link'
import { APP_USER_MODEL_ID } from '../../../electron/main/shell/app-identity'

const repo = fileURLToPath(new URL('../../../', import.meta.url))
const read = (relative: string): string => readFileSync(join(repo, relative), 'utf8')
const config = parse(read('electron-builder.yml'))

/** A target list normalised to `{ target, arch[] }` entries. */
function targets(list: unknown): Array<{ target: string; arch: string[] }> {
  return (list as Array<string | { target: string; arch?: string | string[] }>).map((entry) =>
    typeof entry === 'string'
      ? { target: entry, arch: [] }
      : { target: entry.target, arch: [entry.arch ?? []].flat() },
  )
}

describe('electron-builder.yml', () => {
  it('is valid against electron-builder’s own schema', () => {
    const schema = JSON.parse(read('node_modules/app-builder-lib/scheme.json'))
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema)
    expect(validate(config), JSON.stringify(validate.errors, null, 2)).toBe(true)
  })

  it('identifies the app', () => {
    expect(config.appId).toBe('org.domaindesk.app')
    // Windows names notifications after the shortcut with this ID, which NSIS creates from appId.
    expect(APP_USER_MODEL_ID).toBe(config.appId)
    expect(config.productName).toBe('Domain Desk')
  })

  it('packs only the build output and package.json (plus production node_modules)', () => {
    const includes = (config.files as string[]).filter((pattern) => !pattern.startsWith('!'))
    expect(includes.sort()).toEqual(['out/**/*', 'package.json'])
  })

  it('keeps TypeScript sources and source maps out of the package', () => {
    expect(config.files).toContain('!**/*.{ts,mts,cts,map}')
  })

  it('packs into an asar archive with every native module unpacked beside it', () => {
    expect(config.asar).toBe(true)
    expect(config.asarUnpack).toContain('**/*.node')
  })

  it('does not rebuild native modules, which ship Node-API prebuilds', () => {
    expect(config.npmRebuild).toBe(false)
  })

  it('flips the Electron fuses the app is hardened with', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    })
  })

  it('registers the scheme of links into the app with the OS', () => {
    expect(config.protocols).toEqual([{ name: 'Domain Desk link', schemes: [DEEP_LINK_SCHEME] }])
  })

  it('publishes updates to a generic HTTPS feed that a release configures', () => {
    expect(config.publish).toMatchObject({ provider: 'generic', channel: 'latest' })
    expect(new URL(config.publish.url).protocol).toBe('https:')
  })

  it('writes installers under release/, which git ignores', () => {
    expect(config.directories.output).toMatch(/^release\//)
    expect(read('.gitignore')).toMatch(/^release\/$/m)
  })
})

describe('the macOS build', () => {
  const mac = config.mac

  it('makes a dmg and a zip for both Intel and Apple silicon', () => {
    const byTarget = new Map(targets(mac.target).map((entry) => [entry.target, entry.arch]))
    expect([...byTarget.keys()].sort()).toEqual(['dmg', 'zip'])
    for (const arch of byTarget.values()) expect(arch.sort()).toEqual(['arm64', 'x64'])
  })

  it('uses the hardened runtime with entitlements that exist', () => {
    expect(mac.hardenedRuntime).toBe(true)
    expect(existsSync(join(repo, mac.entitlements))).toBe(true)
    expect(existsSync(join(repo, mac.entitlementsInherit))).toBe(true)
  })

  it('grants only the JIT exception Electron needs', () => {
    const plist = read(mac.entitlements).replace(/<!--[\s\S]*?-->/g, '')
    const keys = [...plist.matchAll(/<key>([^<]+)<\/key>\s*<true\/>/g)].map((match) => match[1])
    expect(keys).toEqual(['com.apple.security.cs.allow-jit'])
  })

  it('is filed under productivity', () => {
    expect(mac.category).toBe('public.app-category.productivity')
  })
})

describe('the Windows and Linux builds', () => {
  it('makes an NSIS installer on Windows', () => {
    expect(targets(config.win.target).map((entry) => entry.target)).toEqual(['nsis'])
  })

  it('makes an AppImage and a deb on Linux, under Network and Utility', () => {
    expect(targets(config.linux.target).map((entry) => entry.target)).toEqual(['AppImage', 'deb'])
    expect(config.linux.category.split(';')).toEqual(['Network', 'Utility'])
  })

  it('names a deb maintainer with an e-mail address', () => {
    expect(config.linux.maintainer).toMatch(/^.+ <[^@\s]+@[^@\s]+>$/)
  })
})

describe('package.json', () => {
  const scripts = JSON.parse(read('package.json')).scripts

  it('builds installers with `npm run dist` and an unpacked app with `npm run dist:dir`', () => {
    expect(scripts.dist).toBe('electron-vite build && electron-builder')
    expect(scripts['dist:dir']).toBe('electron-vite build && electron-builder --dir')
  })
})
