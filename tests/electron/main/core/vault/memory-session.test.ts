/**
 * The memory-only path for real, in separate Node processes (fixtures/memory-session.ts):
 *
 * - without a Secret Service: the D-Bus session address leads nowhere;
 * - with a Secret Service that has no usable keyring: a private D-Bus session in which GNOME
 *   Keyring starts on demand but has no default keyring and no screen to ask for one on. The
 *   probe works and the write fails, as with a locked keyring.
 *
 * Each process gets fresh home, XDG and temp folders, so anything the vault wrote to disk would
 * show up there. Linux only: elsewhere the OS keychain doesn't depend on D-Bus, so these
 * situations can't be staged by the environment.
 */
import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const run = promisify(execFile)
const ROOT = fileURLToPath(new URL('../../../../../', import.meta.url))
const FIXTURE = fileURLToPath(new URL('./fixtures/memory-session.ts', import.meta.url))
const VAULT_DIR = join(ROOT, 'electron/main/core/vault')
const TOKEN = 'vpsTok_M3mOnly-SECRET-5c9e2a7d4b'
const linux = process.platform === 'linux'

/** Fresh folders for one simulated machine, and an environment that points only at them. */
async function sandbox(): Promise<{ dir: string; env: NodeJS.ProcessEnv }> {
  const dir = await mkdtemp(join(tmpdir(), 'vault-memory-session-'))
  const names = ['home', 'data', 'config', 'cache', 'state', 'runtime', 'tmp']
  for (const name of names) await mkdir(join(dir, name), { mode: 0o700 })
  // Built from scratch rather than copied, so neither DISPLAY nor the real bus leaks in.
  const env = {
    PATH: process.env.PATH,
    HOME: join(dir, 'home'),
    XDG_DATA_HOME: join(dir, 'data'),
    XDG_CONFIG_HOME: join(dir, 'config'),
    XDG_CACHE_HOME: join(dir, 'cache'),
    XDG_STATE_HOME: join(dir, 'state'),
    XDG_RUNTIME_DIR: join(dir, 'runtime'),
    TMPDIR: join(dir, 'tmp'),
    VAULT_FIXTURE_TOKEN: TOKEN,
  }
  return { dir, env }
}

/** Runs the fixture (`set` or `get`), optionally inside `dbus-run-session`; returns its JSON. */
async function session(
  mode: 'set' | 'get',
  env: NodeJS.ProcessEnv,
  options: { privateBus?: boolean } = {},
): Promise<any> {
  const node = [process.execPath, '--import', 'tsx', FIXTURE, mode]
  const [command, ...args] = options.privateBus ? ['dbus-run-session', '--', ...node] : node
  const { stdout } = await run(command!, args, { cwd: ROOT, env, timeout: 20_000 })
  return JSON.parse(stdout)
}

/** Files below `dir` that contain `text`. */
async function filesContaining(dir: string, text: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true })
  const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name))
  const hits: string[] = []
  for (const file of files) if ((await readFile(file, 'latin1')).includes(text)) hits.push(file)
  return hits
}

describe.runIf(linux)('createTokenVault without a Secret Service', () => {
  let box: { dir: string; env: NodeJS.ProcessEnv }
  let first: any
  beforeAll(async () => {
    box = await sandbox()
    box.env.DBUS_SESSION_BUS_ADDRESS = 'unix:path=/nonexistent'
    first = await session('set', box.env)
  })
  afterAll(async () => {
    await rm(box.dir, { recursive: true, force: true })
  })

  it('keeps the token in memory and says so', () => {
    expect(first.status.storage).toBe('memory')
    expect(first.stored.storage).toBe('memory')
  })

  it('explains why, and how to fix it, in plain words', () => {
    expect(first.status.reason).toMatch(/No Secret Service \(GNOME Keyring or KWallet\) is running/)
    expect(first.status.reason).toMatch(/ask for it again/)
    expect(first.status.fix).toMatch(/GNOME Keyring or KWallet.*restart Domain Desk/)
    expect(first.stored).toEqual(first.status)
  })

  it('gives the token back within the session', () => {
    expect(first.read).toBe(TOKEN)
  })

  it('puts the token in no status text and no log line', () => {
    expect(first.warnings.length).toBeGreaterThan(0)
    const texts = [first.status.reason, first.status.fix, ...first.warnings].join('\n')
    expect(texts).not.toContain(TOKEN)
  })

  it('writes the token to no file in home, XDG or temp folders', async () => {
    expect(await filesContaining(box.dir, TOKEN)).toEqual([])
  })

  it('has forgotten the token after a restart (a new process), so the app must ask again', async () => {
    const next = await session('get', box.env)
    expect(next.status.storage).toBe('memory')
    expect(next.read).toBeNull()
  })
})

describe.runIf(linux)('createTokenVault on a Secret Service without a usable keyring', () => {
  let box: { dir: string; env: NodeJS.ProcessEnv }
  let result: any
  beforeAll(async () => {
    box = await sandbox()
    try {
      result = await session('set', box.env, { privateBus: true })
    } catch (error) {
      throw new Error(
        `Could not run the fixture under dbus-run-session; npm test installs or names dbus-daemon and gnome-keyring (scripts/run-tests.ts). ${String(error)}`,
      )
    }
  })
  afterAll(async () => {
    await rm(box.dir, { recursive: true, force: true })
  })

  it('passes the probe but falls back to memory when the write fails', () => {
    expect(result.status).toEqual({ storage: 'keychain' })
    expect(result.stored.storage).toBe('memory')
    expect(result.stored.reason).toMatch(/keyring is locked or has no default keyring/)
    expect(result.stored.fix).toMatch(/Unlock your keyring/)
    expect(result.read).toBe(TOKEN)
  })

  it('leaks the token into no text, log line or file', async () => {
    const texts = [result.stored.reason, result.stored.fix, ...result.warnings].join('\n')
    expect(texts).not.toContain(TOKEN)
    expect(await filesContaining(box.dir, TOKEN)).toEqual([])
  })
})

describe('the vault code', () => {
  it('has no file-system access at all, so it cannot write a token to disk', async () => {
    const entries = await readdir(VAULT_DIR, { withFileTypes: true, recursive: true })
    const sources = entries.filter((e) => e.name.endsWith('.ts'))
    expect(sources.length).toBeGreaterThan(0)
    for (const source of sources) {
      const file = join(source.parentPath, source.name)
      expect(await readFile(file, 'utf8'), file).not.toMatch(/['"](node:)?fs(\/promises)?['"]/)
    }
  })
})
