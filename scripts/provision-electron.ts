/**
 * Runs before `npm start` and `npm run dev` (`prestart`, `predev`): makes sure Electron's binary is
 * in `node_modules/electron/dist`, downloading it once through Electron's own installer, which
 * honours ELECTRON_MIRROR, electron_config_cache, electron_use_remote_checksums and the proxy
 * variables. Idempotent: an installed binary costs one file check. It never runs during `npm ci` or
 * `npm test`, so machines that cannot reach Electron's downloads still install and test.
 *
 * Exit codes: 0 ready, 1 not ready (a message says why and what to do).
 */
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import {
  electronSetting,
  failureMessage,
  failureReason,
  findElectronPackage,
  isElectronInstalled,
  skipRequested,
  targetOf,
} from './electron-binary'

async function main(): Promise<number> {
  const env = process.env
  const root = process.cwd()
  const override = env.ELECTRON_EXEC_PATH
  if (override) {
    if (existsSync(override)) return 0
    process.stderr.write(`ELECTRON_EXEC_PATH is set to ${override}, but no file is there.\n`)
    return 1
  }
  const pkg = findElectronPackage(root)
  const { platform, arch } = targetOf(env)
  if (isElectronInstalled(pkg, platform)) return 0

  if (skipRequested(env)) {
    process.stderr.write(
      `ELECTRON_SKIP_BINARY_DOWNLOAD is set, so Electron ${pkg.version} was not downloaded, ` +
        'but `npm start` and `npm run dev` need it.\n' +
        'Unset the variable to download it, or set ELECTRON_EXEC_PATH to an Electron ' +
        `${pkg.version} executable.\n`,
    )
    return 1
  }

  process.stdout.write(
    `Downloading Electron ${pkg.version} for ${platform}-${arch} (about 100 MB, once)…\n`,
  )
  const stderr = await runInstaller(join(pkg.dir, 'install.js'))
  if (stderr === null && isElectronInstalled(pkg, platform)) {
    process.stdout.write(`Electron ${pkg.version} is ready.\n`)
    return 0
  }
  process.stderr.write(
    failureMessage({
      version: pkg.version,
      platform,
      arch,
      mirror: electronSetting(env, 'mirror'),
      reason: failureReason(stderr ?? 'the installer finished, but no executable was written'),
      nodeVersion: process.version,
    }),
  )
  return 1
}

/** Electron's own installer in a child process; resolves to its stderr when it fails, else null. */
function runInstaller(script: string): Promise<string | null> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script], { stdio: ['ignore', 'inherit', 'pipe'] })
    let stderr = ''
    child.stderr.setEncoding('utf8')
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk
    })
    child.on('error', (error) => resolve(String(error)))
    child.on('close', (code) => resolve(code === 0 ? null : stderr || `exit code ${code}`))
  })
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`Could not prepare Electron: ${(error as Error).message}\n`)
    process.exit(1)
  },
)
