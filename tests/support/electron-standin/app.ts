/**
 * `app` of the stand-in, with Electron's documented life cycle: `will-finish-launching`, then
 * `ready` once Chromium runs; `app.quit()` raises `before-quit`, closes every window (any
 * `close` prevented cancels the quit), raises `will-quit` (preventable) and `quit`, then the
 * process exits. Closing the last window raises `window-all-closed`, or quits when nobody
 * listens. `userData` is the folder the test passes in DOMAIN_DESK_STANDIN_USER_DATA.
 */
import { EventEmitter } from 'node:events'
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  writeSync,
} from 'node:fs'
import { homedir, tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { chromium } from 'playwright-core'
import { chromiumPath } from '../chromium'
import type { StandinState } from './state'

/** A preventable Electron event. */
function preventable() {
  const event = {
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true
    },
  }
  return event
}

/** The nearest package.json above the main script: Electron reads name and version from it. */
function appManifest(): { dir: string; name: string; version: string; productName?: string } {
  let dir = dirname(process.argv[1] ?? process.cwd())
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir)
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'))
  return { dir, ...manifest }
}

/** Whether a process with this id is alive. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/** Builds the `app` object; `windows()` lists the open windows for quitting. */
export function createApp(state: StandinState, windows: () => Array<{ close(): void }>) {
  const given = process.env['DOMAIN_DESK_STANDIN_USER_DATA']
  if (!given) throw new Error('electron-standin: set DOMAIN_DESK_STANDIN_USER_DATA')
  const userData: string = given
  const manifest = appManifest()
  const home = homedir()
  const paths = new Map<string, string>([
    ['home', home],
    ['appData', dirname(userData)],
    ['userData', userData],
    ['sessionData', userData],
    ['temp', tmpdir()],
    ['exe', process.execPath],
    ['module', process.execPath],
    ['desktop', join(home, 'Desktop')],
    ['documents', join(home, 'Documents')],
    ['downloads', join(home, 'Downloads')],
    ['logs', join(userData, 'logs')],
    ['crashDumps', join(userData, 'Crashpad')],
  ])
  const lockFile = join(userData, 'SingletonLock')
  let holdsLock = false
  let resolveReady: () => void = () => undefined
  const readyPromise = new Promise<void>((resolve) => (resolveReady = resolve))
  let quitting = false
  let sandboxEnabled = false

  const app = Object.assign(new EventEmitter(), {
    isPackaged: process.env['DOMAIN_DESK_STANDIN_PACKAGED'] === '1',
    commandLine: { appendSwitch() {}, hasSwitch: () => false, getSwitchValue: () => '' },
    whenReady: () => readyPromise,
    isReady: () => state.ready,
    getName: () => manifest.productName ?? manifest.name,
    getVersion: () => manifest.version,
    getAppPath: () => manifest.dir,
    getLocale: () => 'en-US',
    getSystemLocale: () => 'en-US',
    getPreferredSystemLanguages: () => ['en-US'],
    getPath(name: string): string {
      const path = paths.get(name)
      if (!path) throw new Error(`Failed to get '${name}' path`)
      return path
    },
    setPath(name: string, path: string): void {
      paths.set(name, path)
    },
    enableSandbox(): void {
      if (state.ready) throw new Error('app.enableSandbox() can only be called before app is ready')
      sandboxEnabled = true
    },
    /** Whether `enableSandbox()` was called (the stand-in's own accessor, for tests). */
    isSandboxEnabled: () => sandboxEnabled,
    setAppUserModelId(): void {},
    focus(): void {},
    /** Electron's lock lives in userData: a second process on the same folder does not get it. */
    requestSingleInstanceLock(): boolean {
      mkdirSync(userData, { recursive: true })
      for (let attempt = 0; attempt < 2 && !holdsLock; attempt++) {
        try {
          const fd = openSync(lockFile, 'wx')
          writeSync(fd, String(process.pid))
          closeSync(fd)
          holdsLock = true
        } catch {
          const owner = Number(readFileSync(lockFile, 'utf8'))
          if (owner && alive(owner)) return false
          rmSync(lockFile, { force: true })
        }
      }
      return holdsLock
    },
    hasSingleInstanceLock: () => holdsLock,
    releaseSingleInstanceLock(): void {
      if (holdsLock) rmSync(lockFile, { force: true })
      holdsLock = false
    },
    quit(): void {
      if (quitting) return
      quitting = true
      const before = preventable()
      app.emit('before-quit', before)
      if (before.defaultPrevented) return void (quitting = false)
      state.quitting = true
      for (const window of windows()) window.close()
      const refused = windows().length > 0
      const willQuit = preventable()
      if (!refused) app.emit('will-quit', willQuit)
      if (refused || willQuit.defaultPrevented) {
        state.quitting = false
        quitting = false
        return
      }
      app.emit('quit', preventable(), 0)
      void shutDown(0)
    },
    exit(exitCode = 0): void {
      void shutDown(exitCode)
    },
  })

  async function shutDown(exitCode: number): Promise<void> {
    state.quitting = true
    app.releaseSingleInstanceLock()
    await state.browser?.close().catch(() => undefined)
    state.report({ type: 'quit', exitCode })
    process.exit(exitCode)
  }

  /** Starts Chromium, then the app is ready. */
  async function launch(): Promise<void> {
    app.emit('will-finish-launching')
    // Electron keeps Chromium's profile (local storage included) in userData; a sub-folder here.
    const profile = join(userData, 'Chromium')
    state.browser = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath(),
      headless: true,
      viewport: null,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--remote-debugging-address=127.0.0.1',
        '--remote-debugging-port=0',
      ],
    })
    // Only windows' pages (which route their own requests) may load anything: a popup the
    // window-open handler let through is not a window of the stand-in and stays blank.
    await state.browser.route('**/*', (route) => route.abort('blockedbyclient'))
    // The page a persistent context opens with is not a window of the app.
    for (const page of state.browser.pages()) await page.close()
    const port = readFileSync(join(profile, 'DevToolsActivePort'), 'utf8').split('\n')[0] ?? ''
    state.ready = true
    state.report({ type: 'ready', cdpEndpoint: `http://127.0.0.1:${port}` })
    app.emit('ready', preventable(), {})
    resolveReady()
  }

  return { app, launch }
}
