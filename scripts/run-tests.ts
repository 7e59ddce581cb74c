/**
 * `npm test` (and `npm run test:unit`): the whole check on any machine, by itself.
 *
 *   npm test                 type checks, lint, production build, then every Vitest test
 *   npm run test:unit [...]  Vitest only; extra arguments go to Vitest (files, -t, --project)
 *
 * On Linux the keychain tests need a Secret Service, and must never write into the developer's own
 * keyring: so the run re-starts itself inside a private D-Bus session (`dbus-run-session`) with a
 * throw-away GNOME Keyring under a temporary XDG data folder, unlocked with a throw-away password.
 * What is missing (D-Bus, GNOME Keyring, libsecret, a browser) is installed when the run may (as
 * root with apt-get, e.g. a fresh Debian container or CI), otherwise named with the exact command.
 * On macOS and Windows the real-keychain tests run only when DOMAIN_DESK_KEYCHAIN_TESTS=1.
 */
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  findBrowser,
  installAdvice,
  linuxPrerequisites,
  noBrowserMessage,
  PRIVATE_KEYRING_VARIABLE,
} from './test-env'

const ROOT = join(fileURLToPath(import.meta.url), '..', '..')
const args = process.argv.slice(2)
const vitestOnly = args[0] === '--vitest-only'
const vitestArgs = vitestOnly ? args.slice(1) : args

/** Runs a command with the terminal attached; resolves to its exit code. */
function run(command: string, commandArgs: string[], env = process.env) {
  return new Promise<number>((resolve) => {
    const child = spawn(command, commandArgs, {
      cwd: ROOT,
      env,
      stdio: 'inherit',
      shell: process.platform === 'win32',
    })
    child.on('error', (error) => {
      process.stderr.write(`${command}: ${error.message}\n`)
      resolve(1)
    })
    child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)))
  })
}

const canInstall = () =>
  process.platform === 'linux' &&
  process.getuid?.() === 0 &&
  existsSync('/usr/bin/apt-get') &&
  process.env.DOMAIN_DESK_NO_INSTALL !== '1'

/** Linux: installs what is missing where it may, or says what to install. False: cannot go on. */
function ensureLinuxPrerequisites(): boolean {
  let missing = linuxPrerequisites().filter((p) => !p.present)
  if (missing.length === 0) return true
  if (canInstall()) {
    const packages = missing.map((m) => m.debian)
    process.stderr.write(`Installing what the tests need: ${packages.join(' ')}\n`)
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
    spawnSync('apt-get', ['update', '-q'], { stdio: 'inherit', env })
    spawnSync('apt-get', ['install', '-y', '-q', '--no-install-recommends', ...packages], {
      stdio: 'inherit',
      env,
    })
    missing = linuxPrerequisites().filter((p) => !p.present)
    if (missing.length === 0) return true
  }
  process.stderr.write(`\n${installAdvice(missing)}\n`)
  return false
}

/** Linux: the same command again, inside a private D-Bus session with throw-away XDG folders. */
function inPrivateSession(): Promise<number> {
  const scratch = mkdtempSync(join(tmpdir(), 'domain-desk-test-session-'))
  const runtime = join(scratch, 'runtime')
  mkdirSync(runtime, { mode: 0o700 })
  const env = {
    ...process.env,
    [PRIVATE_KEYRING_VARIABLE]: '1',
    XDG_DATA_HOME: join(scratch, 'data'),
    XDG_CACHE_HOME: join(scratch, 'cache'),
    XDG_CONFIG_HOME: join(scratch, 'config'),
    // The keyring's control socket lives here: a private folder keeps the run from finding (and
    // joining) a keyring daemon the developer's desktop already runs.
    XDG_RUNTIME_DIR: runtime,
  }
  const tsx = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs')
  const self = fileURLToPath(import.meta.url)
  return run('dbus-run-session', ['--', process.execPath, tsx, self, ...args], env).finally(() =>
    rmSync(scratch, { recursive: true, force: true }),
  )
}

async function steps(): Promise<number> {
  if (process.platform === 'linux' && process.env[PRIVATE_KEYRING_VARIABLE] === '1') {
    // The keyring file is created under the session's temporary XDG_DATA_HOME.
    // It forks into the background once ready; its output is shell variables nobody needs.
    const { status: code } = spawnSync(
      'gnome-keyring-daemon',
      ['--unlock', '--components=secrets'],
      {
        input: 'domain-desk-test',
        stdio: ['pipe', 'ignore', 'inherit'],
      },
    )
    if (code !== 0) {
      process.stderr.write('GNOME Keyring did not start in the private session.\n')
      return code ?? 1
    }
  }
  if (!findBrowser()) {
    process.stderr.write(`${noBrowserMessage(process.platform, process.env)}\n`)
    return 1
  }
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
  if (!vitestOnly) {
    for (const script of ['typecheck', 'lint', 'build']) {
      const code = await run(npm, ['run', script])
      if (code !== 0) return code
    }
  }
  const vitest = join(ROOT, 'node_modules', 'vitest', 'vitest.mjs')
  return run(process.execPath, [vitest, 'run', ...vitestArgs])
}

async function main(): Promise<number> {
  if (process.platform === 'linux' && process.env[PRIVATE_KEYRING_VARIABLE] !== '1') {
    if (!ensureLinuxPrerequisites()) return 1
    return inPrivateSession()
  }
  return steps()
}

main().then((code) => process.exit(code))
