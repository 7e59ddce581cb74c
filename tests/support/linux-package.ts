/**
 * Test helper: packs the app for Linux as an unpacked directory, the way `npm run dist:dir`
 * does, into a temporary folder. It runs offline: Electron itself is replaced by a stub
 * executable, so fuse flipping (which needs a real Electron binary) is switched off for this
 * build only; builder-config.test.ts checks the shipped fuse settings instead.
 */
import { execFile } from 'node:child_process'
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { parse } from 'yaml'

const run = promisify(execFile)
const repo = fileURLToPath(new URL('../../', import.meta.url))
const bin = (relative: string): string => join(repo, 'node_modules', relative)

/** Where the packed app is. */
export interface LinuxPackage {
  /** The temporary folder holding everything; the caller removes it. */
  work: string
  /** `release/linux-unpacked/resources`. */
  resources: string
  /** `resources/app.asar`. */
  archive: string
}

/** Runs a Node CLI from node_modules in the repository, failing with its output. */
async function runCli(script: string, args: string[], cwd: string): Promise<void> {
  try {
    await run(process.execPath, [script, ...args], {
      cwd,
      env: { ...process.env, NO_UPDATE_NOTIFIER: '1', FORCE_COLOR: '0' },
      maxBuffer: 64 * 1024 * 1024,
    })
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string }
    throw new Error(`${script} ${args.join(' ')} failed:\n${stdout}\n${stderr}`)
  }
}

/** Builds the bundles afresh and packs them with the shipped electron-builder configuration. */
export async function packLinuxDir(): Promise<LinuxPackage> {
  const work = mkdtempSync(join(tmpdir(), 'domain-desk-package-'))
  const out = join(work, 'out')
  await runCli(
    bin('electron-vite/bin/electron-vite.js'),
    ['build', '--outDir', out, '--logLevel', 'error'],
    repo,
  )

  const electronDist = join(work, 'electron-dist')
  mkdirSync(electronDist)
  writeFileSync(join(electronDist, 'electron'), '#!/bin/sh\nexit 0\n')
  chmodSync(join(electronDist, 'electron'), 0o755)

  // The shipped configuration, changed only where an offline build into a temporary folder
  // needs it: out/ comes from the fresh build above rather than the repository's out/, and
  // Electron is the stub. The repository stays the project, so the production dependencies are
  // collected from its real node_modules and lockfile.
  const shipped = parse(readFileSync(join(repo, 'electron-builder.yml'), 'utf8'))
  if (!shipped.files.includes('out/**/*'))
    throw new Error('electron-builder.yml no longer packs out/**/*')
  const config = {
    ...shipped,
    files: (shipped.files as string[]).map((pattern) =>
      pattern === 'out/**/*' ? { from: out, to: 'out', filter: ['**/*'] } : pattern,
    ),
    electronDist,
    electronFuses: null,
    npmRebuild: false,
    directories: { ...shipped.directories, output: join(work, 'release') },
  }
  const configFile = join(work, 'electron-builder.json')
  writeFileSync(configFile, JSON.stringify(config, null, 2))

  await runCli(
    bin('electron-builder/cli.js'),
    ['--linux', 'dir', '--x64', '--projectDir', repo, '--config', configFile],
    repo,
  )
  const resources = join(work, 'release', 'linux-unpacked', 'resources')
  return { work, resources, archive: join(resources, 'app.asar') }
}
