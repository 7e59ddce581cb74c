/**
 * Test helper: a throw-away copy of this project as a fresh clone plus `npm install` would leave
 * it, without touching the real checkout. The tracked (and new, not ignored) files are copied;
 * `node_modules` links to the real packages, except the ones a test lets change: those are copied,
 * and `electron` is copied the way npm installs it (no `dist/`, no `path.txt`).
 */
import { execFileSync, spawn } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The real checkout this test runs in. */
export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..')

export interface FreshProjectOptions {
  /** Copy the project's own files too (otherwise only a bare package.json). */
  withSources?: boolean
  /** Packages copied rather than linked, because the test's command resolves from them. */
  copiedPackages?: string[]
}

/** Creates the copy and returns its folder; remove it with `removeFreshProject`. */
export function makeFreshProject(options: FreshProjectOptions = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'domain-desk-fresh-'))
  if (options.withSources) {
    const files = execFileSync(
      'git',
      ['ls-files', '-z', '--cached', '--others', '--exclude-standard'],
      {
        cwd: REPO_ROOT,
        encoding: 'utf8',
      },
    )
      .split('\0')
      .filter((f) => f !== '')
    for (const file of files) {
      mkdirSync(dirname(join(root, file)), { recursive: true })
      try {
        cpSync(join(REPO_ROOT, file), join(root, file))
      } catch (error) {
        // A file deleted in the work tree but not yet staged: a clone would not have it either.
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
      }
    }
  } else {
    cpSync(join(REPO_ROOT, 'package.json'), join(root, 'package.json'))
  }
  const copied = new Set(['electron', '.bin', ...(options.copiedPackages ?? [])])
  const modules = join(root, 'node_modules')
  mkdirSync(modules)
  for (const name of readdirSync(join(REPO_ROOT, 'node_modules'))) {
    const from = join(REPO_ROOT, 'node_modules', name)
    if (copied.has(name)) {
      // verbatimSymlinks keeps .bin's relative links pointing inside the copy.
      cpSync(from, join(modules, name), { recursive: true, verbatimSymlinks: true })
    } else {
      symlinkSync(from, join(modules, name))
    }
  }
  rmSync(join(modules, 'electron', 'dist'), { recursive: true, force: true })
  rmSync(join(modules, 'electron', 'path.txt'), { force: true })
  return root
}

/** Deletes a copy made by `makeFreshProject`. */
export function removeFreshProject(root: string): void {
  rmSync(root, { recursive: true, force: true })
}

/**
 * The environment of a new developer's shell: the test runner's own npm and Electron settings are
 * dropped, so only what the test sets reaches the command.
 */
export function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {}
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(npm_|NPM_|ELECTRON_|electron_|VITEST|NODE_OPTIONS$|NODE_ENV$)/.test(key)) continue
    env[key] = value
  }
  return { ...env, ELECTRON_GET_NO_PROGRESS: '1', ...extra }
}

/** What a finished command printed. */
export interface CommandResult {
  status: number | null
  stdout: string
  stderr: string
}

/**
 * Runs a command without blocking this process (a stub server in the test must keep answering),
 * killing it after `timeoutMs`.
 */
export function runCommand(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs?: number },
): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 120_000)
    child.on('error', reject)
    child.on('close', (status) => {
      clearTimeout(timer)
      resolve({ status, stdout, stderr })
    })
  })
}
