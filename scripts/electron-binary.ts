/**
 * Where Electron's own binary is, whether it is installed, and what to tell a developer when the
 * download fails. Used by `provision-electron.ts`, the step that runs before `npm start` and
 * `npm run dev`.
 *
 * Why the step exists: since Electron 42 the `electron` package downloads its binary lazily, on the
 * first `require('electron')`, instead of in a postinstall script. electron-vite never requires it;
 * it reads `node_modules/electron/path.txt` and throws "Electron uninstall" when that is missing.
 */
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'

/** The installed `electron` npm package of the project in `root`. */
export interface ElectronPackage {
  dir: string
  version: string
}

/** Finds `node_modules/electron` the way Node would from the project root. */
export function findElectronPackage(root: string): ElectronPackage {
  const require = createRequire(join(root, 'package.json'))
  const manifest = require.resolve('electron/package.json')
  const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }
  return { dir: join(manifest, '..'), version }
}

/** The platform and architecture Electron's installer downloads for (it honours the same variables). */
export function targetOf(env: NodeJS.ProcessEnv): { platform: string; arch: string } {
  return {
    platform: env.ELECTRON_INSTALL_PLATFORM || env.npm_config_platform || process.platform,
    arch: env.ELECTRON_INSTALL_ARCH || env.npm_config_arch || process.arch,
  }
}

/** The executable's path inside `dist/`, as Electron's installer writes it to `path.txt`. */
export function executableInDist(platform: string): string {
  if (platform === 'darwin' || platform === 'mas') return 'Electron.app/Contents/MacOS/Electron'
  if (platform === 'win32') return 'electron.exe'
  return 'electron'
}

/** True when `dist/` holds this package's version and `path.txt` points at its executable. */
export function isElectronInstalled(pkg: ElectronPackage, platform: string): boolean {
  try {
    const version = readFileSync(join(pkg.dir, 'dist', 'version'), 'utf8').trim()
    const pathTxt = readFileSync(join(pkg.dir, 'path.txt'), 'utf8')
    const expected = executableInDist(platform)
    return (
      version.replace(/^v/, '') === pkg.version &&
      pathTxt === expected &&
      existsSync(join(pkg.dir, 'dist', expected))
    )
  } catch {
    return false
  }
}

/** Any of the spellings `@electron/get` and npm accept for a setting, first match wins. */
export function electronSetting(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const upper = name.toUpperCase()
  return (
    env[`ELECTRON_${upper}`] ||
    env[`npm_config_electron_${name}`] ||
    env[`NPM_CONFIG_ELECTRON_${upper}`] ||
    undefined
  )
}

/** `ELECTRON_SKIP_BINARY_DOWNLOAD` as Electron's older installers read it: any value but 0/false. */
export function skipRequested(env: NodeJS.ProcessEnv): boolean {
  const value = env.ELECTRON_SKIP_BINARY_DOWNLOAD
  return value !== undefined && value !== '' && value !== '0' && value.toLowerCase() !== 'false'
}

/** Reduces the installer's stack trace to the one line that says what happened. */
export function failureReason(stderr: string): string {
  const lines = stderr
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('at ') && !line.startsWith('node:'))
  const line = lines.find((l) => /error|fail|refused|timed? ?out|ENOTFOUND|ECONN|mismatch/i.test(l))
  return (line ?? lines[0] ?? 'the installer exited without saying why').replace(/^\w*Error: /, '')
}

/** True when a message looks like the network, not the file, was at fault. */
function looksLikeNetwork(reason: string): boolean {
  return /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|fetch failed|socket|network|proxy/i.test(
    reason,
  )
}

export interface FailureContext {
  version: string
  platform: string
  arch: string
  mirror: string | undefined
  reason: string
  nodeVersion: string
}

/** The one message a developer reads when the download fails: what happened and what to do. */
export function failureMessage(c: FailureContext): string {
  const source = c.mirror ? `the mirror ${c.mirror}` : "Electron's GitHub releases (no mirror set)"
  const lines = [
    '',
    `Could not download Electron ${c.version} for ${c.platform}-${c.arch}.`,
    `  What happened: ${c.reason}`,
    `  Downloading from: ${source}`,
    '',
    '`npm start` and `npm run dev` need this binary (about 100 MB, downloaded once). To fix it:',
    '  - Try again: `npm start`. Nothing was installed, so a retry starts clean.',
    '  - Behind a proxy: set HTTPS_PROXY (and NO_PROXY if needed) and ELECTRON_GET_USE_PROXY=1.',
    '  - Use a mirror: set ELECTRON_MIRROR to a mirror of Electron releases (it must end with /);',
    '    add electron_use_remote_checksums=1 if the mirror serves its own SHASUMS256.txt.',
    '  - Already have Electron ' +
      c.version +
      '? Set ELECTRON_EXEC_PATH to its executable and run `npm start` again.',
  ]
  if (/checksum|sha256|integrity/i.test(c.reason))
    lines.push('  The file did not match its checksum: a mirror or proxy may have altered it.')
  else if (looksLikeNetwork(c.reason))
    lines.push('  This looks like a network problem: check the connection, proxy and mirror.')
  const [major, minor] = c.nodeVersion.replace(/^v/, '').split('.').map(Number)
  if (major! < 22 || (major === 22 && minor! < 12))
    lines.push(
      `  Note: Electron's installer declares Node.js 22.12 or later; this is Node.js ${c.nodeVersion}.`,
    )
  return lines.join('\n') + '\n'
}
