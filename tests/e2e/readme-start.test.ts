/**
 * The README's main command on a fresh machine: `npm install` then `npm start`. A fresh copy of the
 * project (as a clone plus install leaves it: no Electron binary) runs the real `npm start`, with
 * ELECTRON_MIRROR pointing at a stub release on loopback. The stub `electron` records how it was
 * launched, so the test proves the binary was provisioned, that it was started with the built app,
 * and that a second `npm start` downloads nothing.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  cleanEnv,
  makeFreshProject,
  removeFreshProject,
  runCommand,
} from '../support/fresh-project'
import {
  installedElectronVersion,
  startStubElectronRelease,
  type StubElectronRelease,
} from '../support/stub-electron-release'

const ELECTRON_VERSION = installedElectronVersion()
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm'

describe.runIf(process.platform === 'linux' || process.platform === 'darwin')(
  'npm start on a fresh machine',
  () => {
    let project: string
    let release: StubElectronRelease
    let env: NodeJS.ProcessEnv
    const launchLog = () => readFileSync(join(project, 'electron-launches.log'), 'utf8')

    beforeAll(async () => {
      // electron-vite is copied, not linked: it finds `electron` from its own folder.
      project = makeFreshProject({ withSources: true, copiedPackages: ['electron-vite'] })
      release = await startStubElectronRelease({ version: ELECTRON_VERSION })
      env = cleanEnv({
        ELECTRON_MIRROR: release.mirror,
        electron_use_remote_checksums: '1',
        electron_config_cache: join(project, 'electron-cache'),
        STUB_ELECTRON_LOG: join(project, 'electron-launches.log'),
      })
    })

    afterAll(async () => {
      await release?.close()
      if (project) removeFreshProject(project)
    })

    it('provisions Electron, builds the app and launches the binary with it', async () => {
      const result = await runCommand(NPM, ['start'], { cwd: project, env, timeoutMs: 240_000 })

      expect(result.status, result.stdout + result.stderr).toBe(0)
      expect(result.stdout).toContain(`Downloading Electron ${ELECTRON_VERSION}`)
      expect(release.zipDownloads()).toBe(1)
      const log = launchLog()
      // electron-vite starts the binary on the project folder, whose package.json `main` is the
      // built bundle; every bundle the app needs was there when it started.
      expect(log).toContain('args: .')
      expect(log).toContain(`cwd: ${project}`)
      for (const bundle of [
        'out/main/index.js',
        'out/preload/index.cjs',
        'out/renderer/index.html',
      ])
        expect(log).toContain(`built: ${bundle}`)
      const pkg = JSON.parse(readFileSync(join(project, 'package.json'), 'utf8'))
      expect(pkg.main).toBe('./out/main/index.js')
    })

    it('does not download again on the second `npm start`', async () => {
      const requestsBefore = release.requests.length
      const result = await runCommand(NPM, ['start'], { cwd: project, env, timeoutMs: 240_000 })

      expect(result.status, result.stdout + result.stderr).toBe(0)
      expect(result.stdout).not.toContain('Downloading Electron')
      expect(release.requests.length).toBe(requestsBefore)
      expect(launchLog().match(/^args: \.$/gm)).toHaveLength(2)
    })
  },
)
