import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { failureMessage, failureReason } from '../../scripts/electron-binary'
import {
  cleanEnv,
  makeFreshProject,
  removeFreshProject,
  REPO_ROOT,
  runCommand,
} from '../support/fresh-project'
import {
  installedElectronVersion,
  startStubElectronRelease,
  type StubElectronRelease,
} from '../support/stub-electron-release'

const ELECTRON_VERSION = installedElectronVersion()
const TSX = join(REPO_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs')
const SCRIPT = join(REPO_ROOT, 'scripts', 'provision-electron.ts')

let project: string
let release: StubElectronRelease | undefined

/** Runs the step as npm would, asynchronously: the stub server answers from this process. */
function provision(env: Record<string, string>) {
  return runCommand(process.execPath, [TSX, SCRIPT], {
    cwd: project,
    env: cleanEnv({ electron_config_cache: join(project, 'electron-cache'), ...env }),
  })
}

function electronDir(): string {
  return join(project, 'node_modules', 'electron')
}

beforeEach(() => {
  project = makeFreshProject()
})

afterEach(async () => {
  await release?.close()
  release = undefined
  removeFreshProject(project)
})

describe.runIf(process.platform !== 'win32')('provision-electron (prestart/predev)', () => {
  it('downloads the binary once from ELECTRON_MIRROR, checked against remote checksums', async () => {
    release = await startStubElectronRelease({ version: ELECTRON_VERSION })
    const env = { ELECTRON_MIRROR: release.mirror, electron_use_remote_checksums: '1' }

    const first = await provision(env)
    expect(first.status, first.stderr).toBe(0)
    expect(first.stdout).toContain(`Electron ${ELECTRON_VERSION} is ready`)
    expect(readFileSync(join(electronDir(), 'path.txt'), 'utf8')).toBe('electron')
    expect(existsSync(join(electronDir(), 'dist', 'electron'))).toBe(true)
    expect(release.requests).toEqual([
      `/v${ELECTRON_VERSION}/electron-v${ELECTRON_VERSION}-${process.platform}-${process.arch}.zip`,
      `/v${ELECTRON_VERSION}/SHASUMS256.txt`,
    ])
    // The download lands in electron_config_cache, not in the user's own cache.
    expect(readdirSync(join(project, 'electron-cache')).length).toBeGreaterThan(0)

    const second = await provision(env)
    expect(second.status).toBe(0)
    expect(second.stdout).toBe('')
    expect(release.requests).toHaveLength(2)
  })

  it('reinstalls from electron_config_cache, without downloading the zip again', async () => {
    release = await startStubElectronRelease({ version: ELECTRON_VERSION })
    const env = { ELECTRON_MIRROR: release.mirror, electron_use_remote_checksums: '1' }
    expect((await provision(env)).status).toBe(0)
    rmSync(join(electronDir(), 'dist'), { recursive: true })

    const again = await provision(env)
    expect(again.status, again.stderr).toBe(0)
    expect(existsSync(join(electronDir(), 'dist', 'electron'))).toBe(true)
    // Remote checksums are always fetched afresh; the 100 MB zip comes from the cache.
    expect(release.zipDownloads()).toBe(1)
  })

  it('explains a failed download in one message, without a stack trace', async () => {
    release = await startStubElectronRelease({ version: ELECTRON_VERSION, failWith: 404 })
    const result = await provision({
      ELECTRON_MIRROR: release.mirror,
      electron_use_remote_checksums: '1',
    })

    expect(result.status).toBe(1)
    expect(result.stderr).toContain(`Could not download Electron ${ELECTRON_VERSION}`)
    expect(result.stderr).toContain('404')
    expect(result.stderr).toContain(`the mirror ${release.mirror}`)
    expect(result.stderr).toMatch(/ELECTRON_MIRROR/)
    expect(result.stderr).toMatch(/HTTPS_PROXY/)
    expect(result.stderr).not.toMatch(/^\s+at /m)
    expect(existsSync(join(electronDir(), 'path.txt'))).toBe(false)
  })

  it('refuses a download whose checksum does not match, and says so', async () => {
    release = await startStubElectronRelease({ version: ELECTRON_VERSION, badChecksum: true })
    const result = await provision({
      ELECTRON_MIRROR: release.mirror,
      electron_use_remote_checksums: '1',
    })

    expect(result.status).toBe(1)
    expect(result.stderr).toMatch(/checksum/i)
    expect(existsSync(join(electronDir(), 'dist', 'electron'))).toBe(false)
  })

  it('says what happened when the mirror cannot be reached at all', async () => {
    const result = await provision({
      ELECTRON_MIRROR: 'http://127.0.0.1:9/',
      electron_use_remote_checksums: '1',
    })
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('network problem')
  })

  it('honours ELECTRON_SKIP_BINARY_DOWNLOAD: nothing is fetched, and it says what to do', async () => {
    release = await startStubElectronRelease({ version: ELECTRON_VERSION })
    const result = await provision({
      ELECTRON_MIRROR: release.mirror,
      ELECTRON_SKIP_BINARY_DOWNLOAD: '1',
    })

    expect(result.status).toBe(1)
    expect(result.stderr).toContain('ELECTRON_SKIP_BINARY_DOWNLOAD is set')
    expect(result.stderr).toContain('ELECTRON_EXEC_PATH')
    expect(release.requests).toEqual([])
  })
})

describe('failure messages', () => {
  it('keeps the line that says what went wrong from a stack trace', () => {
    const stack = [
      'HTTPError: Response code 404 (Not Found) for http://127.0.0.1:1/v1/electron.zip',
      '    at FetchDownloader.download (file:///x/FetchDownloader.js:1:1)',
      '    at async downloadArtifact (file:///x/index.js:2:2)',
    ].join('\n')
    expect(failureReason(stack)).toBe(
      'Response code 404 (Not Found) for http://127.0.0.1:1/v1/electron.zip',
    )
  })

  it('notes an older Node.js than Electron’s installer declares', () => {
    const text = failureMessage({
      version: '45.5.0',
      platform: 'linux',
      arch: 'x64',
      mirror: undefined,
      reason: 'fetch failed',
      nodeVersion: 'v20.19.0',
    })
    expect(text).toContain("Electron's GitHub releases (no mirror set)")
    expect(text).toContain('Node.js 22.12 or later')
    expect(
      failureMessage({
        version: '45.5.0',
        platform: 'linux',
        arch: 'x64',
        mirror: undefined,
        reason: 'fetch failed',
        nodeVersion: 'v22.12.0',
      }),
    ).not.toContain('Node.js 22.12 or later')
  })
})

describe('when the step runs', () => {
  const scripts = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8'))
    .scripts as Record<string, string>

  it('runs before `npm start` and `npm run dev`', () => {
    expect(scripts.prestart).toBe('tsx scripts/provision-electron.ts')
    expect(scripts.predev).toBe(scripts.prestart)
  })

  it('never runs during `npm ci`, `npm install` or `npm test`', () => {
    for (const hook of ['preinstall', 'install', 'postinstall', 'prepare', 'pretest', 'test'])
      expect(scripts[hook] ?? '').not.toContain('provision-electron')
  })
})
