import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  browserCandidates,
  findBrowser,
  installAdvice,
  linuxPrerequisites,
  noBrowserMessage,
} from '../../scripts/test-env'
import { REPO_ROOT, runCommand } from '../support/fresh-project'

describe('finding a browser for the E2E tests', () => {
  it('prefers DOMAIN_DESK_BROWSER, and says so when it points nowhere', () => {
    const exists = (p: string) => p === '/opt/edge/msedge' || p === '/usr/bin/chromium'
    expect(findBrowser('linux', { DOMAIN_DESK_BROWSER: '/opt/edge/msedge' }, exists)).toBe(
      '/opt/edge/msedge',
    )
    expect(findBrowser('linux', { DOMAIN_DESK_BROWSER: '/nope' }, exists)).toBeUndefined()
    expect(noBrowserMessage('linux', { DOMAIN_DESK_BROWSER: '/nope' })).toContain('/nope')
  })

  it('finds Chrome, Chromium or Edge where each OS installs them', () => {
    expect(
      findBrowser(
        'linux',
        { PATH: '/usr/local/bin:/opt/bin' },
        (p) => p === '/opt/bin/google-chrome',
      ),
    ).toBe('/opt/bin/google-chrome')
    expect(browserCandidates('darwin', {})).toContain(
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    )
    expect(browserCandidates('win32', { PROGRAMFILES: 'C:\\Program Files' })).toContain(
      join('C:\\Program Files', 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
    )
    expect(findBrowser('linux', { PATH: '/usr/bin' }, () => false)).toBeUndefined()
    expect(noBrowserMessage('linux', {})).toContain('apt-get install chromium')
  })
})

describe('the Linux prerequisites', () => {
  it('names the exact packages to install for what is missing, per distribution', () => {
    const missing = linuxPrerequisites(
      { PATH: '/nowhere' },
      () => false,
      () => false,
    )
    expect(missing.every((m) => !m.present)).toBe(true)
    const advice = installAdvice(missing)
    expect(advice).toContain(
      'sudo apt-get install --no-install-recommends dbus-daemon gnome-keyring libsecret-1-0 chromium',
    )
    expect(advice).toContain('sudo dnf install dbus-daemon gnome-keyring libsecret chromium')
    expect(advice).toContain('sudo pacman -S dbus gnome-keyring libsecret chromium')
  })

  it('finds what is installed on the PATH', () => {
    const present = linuxPrerequisites(
      { PATH: '/usr/bin' },
      (p) =>
        [
          '/usr/bin/dbus-run-session',
          '/usr/bin/gnome-keyring-daemon',
          '/usr/bin/chromium',
        ].includes(p),
      () => true,
    )
    expect(present.every((p) => p.present)).toBe(true)
  })
})

describe.runIf(process.platform === 'linux')('npm run test:unit on Linux', () => {
  it('starts its own private keyring session, without the caller having one', async () => {
    const env: NodeJS.ProcessEnv = { ...process.env, DOMAIN_DESK_NO_INSTALL: '1' }
    for (const key of [
      'DBUS_SESSION_BUS_ADDRESS',
      'DOMAIN_DESK_PRIVATE_KEYRING',
      'VITEST',
      'VITEST_POOL_ID',
      'VITEST_WORKER_ID',
    ])
      delete env[key]
    const result = await runCommand(
      process.execPath,
      [
        join(REPO_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
        join(REPO_ROOT, 'scripts', 'run-tests.ts'),
        '--vitest-only',
        '--project',
        'node',
        'tests/scripts/private-keyring.test.ts',
      ],
      { cwd: REPO_ROOT, env },
    )
    expect(result.status, result.stdout + result.stderr).toBe(0)
    expect(result.stdout).toMatch(/2 passed/)
  })
})
