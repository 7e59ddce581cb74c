/**
 * What the test suite needs from the machine, and where to find it: the browser the E2E tests
 * drive, and on Linux a private Secret Service (D-Bus + GNOME Keyring + libsecret). Pure
 * functions over an injected file check, so `run-tests.ts` and the test helpers share one answer.
 */
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { delimiter, join } from 'node:path'

/** The variable that points the tests at a browser of your choice. */
export const BROWSER_VARIABLE = 'DOMAIN_DESK_BROWSER'

/** Set by `run-tests.ts` inside the private D-Bus session it starts: the keyring is a throw-away. */
export const PRIVATE_KEYRING_VARIABLE = 'DOMAIN_DESK_PRIVATE_KEYRING'

/** Set to 1 to let the real-keychain tests use the OS keychain on macOS and Windows. */
export const KEYCHAIN_TESTS_VARIABLE = 'DOMAIN_DESK_KEYCHAIN_TESTS'

/** Chrome, Chromium and Edge where their installers put them, most specific first. */
export function browserCandidates(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string[] {
  if (platform === 'darwin') {
    return [
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ]
  }
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter(
      (r): r is string => Boolean(r),
    )
    return roots.flatMap((root) => [
      join(root, 'Chromium', 'Application', 'chrome.exe'),
      join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'),
      join(root, 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
    ])
  }
  const names = [
    'chromium',
    'chromium-browser',
    'google-chrome',
    'google-chrome-stable',
    'microsoft-edge',
  ]
  const dirs = (env.PATH ?? '/usr/bin').split(delimiter).filter((d) => d !== '')
  return ['/usr/bin/chromium', ...names.flatMap((name) => dirs.map((dir) => join(dir, name)))]
}

/** The browser the E2E tests drive: DOMAIN_DESK_BROWSER, else the first installed candidate. */
export function findBrowser(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  exists: (path: string) => boolean = existsSync,
): string | undefined {
  const chosen = env[BROWSER_VARIABLE]
  if (chosen) return exists(chosen) ? chosen : undefined
  return browserCandidates(platform, env).find((path) => exists(path))
}

/** What to say when no browser is found. */
export function noBrowserMessage(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string {
  const chosen = env[BROWSER_VARIABLE]
  if (chosen) return `${BROWSER_VARIABLE} is set to ${chosen}, but no file is there.`
  const install =
    platform === 'linux'
      ? 'Install Chromium (Debian/Ubuntu: apt-get install chromium; Fedora: dnf install chromium; Arch: pacman -S chromium)'
      : 'Install Google Chrome, Chromium or Microsoft Edge'
  return (
    `The E2E tests drive a Chromium-based browser and found none.\n${install}, ` +
    `or set ${BROWSER_VARIABLE} to the browser's executable.`
  )
}

/** A Linux prerequisite of the private Secret Service, with its package on common distributions. */
export interface Prerequisite {
  what: string
  present: boolean
  debian: string
  fedora: string
  arch: string
}

function onPath(command: string, env: NodeJS.ProcessEnv, exists: (p: string) => boolean): boolean {
  return (env.PATH ?? '').split(delimiter).some((dir) => dir !== '' && exists(join(dir, command)))
}

/** True when the dynamic linker knows libsecret (keytar's native module links against it). */
export function hasLibsecret(): boolean {
  try {
    return execFileSync('ldconfig', ['-p'], { encoding: 'utf8' }).includes('libsecret-1.so.0')
  } catch {
    // No ldconfig to ask: let keytar itself report a missing library.
    return true
  }
}

/** What the Linux test run needs, each marked present or not. */
export function linuxPrerequisites(
  env: NodeJS.ProcessEnv = process.env,
  exists: (path: string) => boolean = existsSync,
  libsecret: () => boolean = hasLibsecret,
): Prerequisite[] {
  return [
    {
      what: 'dbus-run-session (a private D-Bus session)',
      present: onPath('dbus-run-session', env, exists),
      debian: 'dbus-daemon',
      fedora: 'dbus-daemon',
      arch: 'dbus',
    },
    {
      what: 'gnome-keyring-daemon (the Secret Service)',
      present: onPath('gnome-keyring-daemon', env, exists),
      debian: 'gnome-keyring',
      fedora: 'gnome-keyring',
      arch: 'gnome-keyring',
    },
    {
      what: 'libsecret (used by the keychain module)',
      present: libsecret(),
      debian: 'libsecret-1-0',
      fedora: 'libsecret',
      arch: 'libsecret',
    },
    {
      what: 'a Chromium-based browser (for the E2E tests)',
      present: findBrowser('linux', env, exists) !== undefined,
      debian: 'chromium',
      fedora: 'chromium',
      arch: 'chromium',
    },
  ]
}

/** The exact commands that install what is missing, per distribution family. */
export function installAdvice(missing: Prerequisite[]): string {
  const list = (key: 'debian' | 'fedora' | 'arch') => missing.map((m) => m[key]).join(' ')
  return [
    `The tests need: ${missing.map((m) => m.what).join('; ')}.`,
    'Install them with one of:',
    `  Debian/Ubuntu:  sudo apt-get install --no-install-recommends ${list('debian')}`,
    `  Fedora:         sudo dnf install ${list('fedora')}`,
    `  Arch:           sudo pacman -S ${list('arch')}`,
    `then run the command again. (A browser elsewhere can be named with ${BROWSER_VARIABLE}.)`,
  ].join('\n')
}
