/**
 * `app` of the stand-in, with Electron's documented life cycle: `will-finish-launching`, then
 * `ready` once Chromium runs; `app.quit()` raises `before-quit`, closes every window (any
 * `close` prevented cancels the quit), raises `will-quit` (preventable) and `quit`, then the
 * process exits. Closing the last window raises `window-all-closed`, or quits when nobody
 * listens. `userData` is the folder the test passes in DOMAIN_DESK_STANDIN_USER_DATA.
 *
 * Chromium starts once the app first waits for `ready` (`whenReady()` or a `ready` listener), so
 * that a second instance, which quits before that, never opens the first one's profile. The
 * single-instance lock is a file in userData with a socket beside it, as Electron's: a second
 * instance sends its argv and working directory there, and the first raises `second-instance`.
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
import { createConnection, createServer, type Server } from 'node:net'
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
  // Windows has no Unix sockets: a named pipe named after the folder.
  const socketPath =
    process.platform === 'win32'
      ? `\\\\.\\pipe\\domain-desk-standin-${Buffer.from(userData).toString('hex').slice(-40)}`
      : join(userData, 'SingletonSocket')
  let holdsLock = false
  let lockServer: Server | undefined
  /** A second instance's message to the first, which must leave before the process exits. */
  let handedOver: Promise<void> = Promise.resolve()
  const protocolClients = new Set<string>()
  let loginItem = { openAtLogin: false, openAsHidden: false, args: [] as string[] }
  let launchRequested = false
  const requestLaunch = () => {
    if (launchRequested || quitting) return
    launchRequested = true
    setImmediate(() => {
      if (quitting) return
      launch().catch((error: unknown) => {
        console.error('electron-standin: Chromium did not start:', error)
        process.exit(1)
      })
    })
  }
  let resolveReady: () => void = () => undefined
  const readyPromise = new Promise<void>((resolve) => (resolveReady = resolve))
  let quitting = false
  let sandboxEnabled = false

  const app = Object.assign(new EventEmitter(), {
    isPackaged: process.env['DOMAIN_DESK_STANDIN_PACKAGED'] === '1',
    commandLine: { appendSwitch() {}, hasSwitch: () => false, getSwitchValue: () => '' },
    whenReady: () => {
      requestLaunch()
      return readyPromise
    },
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
    setAsDefaultProtocolClient(scheme: string): boolean {
      protocolClients.add(scheme)
      return true
    },
    isDefaultProtocolClient: (scheme: string) => protocolClients.has(scheme),
    removeAsDefaultProtocolClient: (scheme: string) => protocolClients.delete(scheme),
    /** Reported to the test; nothing is registered with the OS. */
    setLoginItemSettings(settings: {
      openAtLogin?: boolean
      openAsHidden?: boolean
      args?: string[]
    }) {
      loginItem = {
        openAtLogin: settings.openAtLogin ?? false,
        openAsHidden: settings.openAsHidden ?? false,
        args: settings.args ?? [],
      }
      state.report({ type: 'login-item', openAtLogin: loginItem.openAtLogin, args: loginItem.args })
    },
    getLoginItemSettings: () => ({
      ...loginItem,
      wasOpenedAtLogin: false,
      wasOpenedAsHidden: false,
      restoreState: false,
      openAsHidden: loginItem.openAsHidden,
    }),
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
          if (owner && alive(owner)) {
            handedOver = handOver()
            return false
          }
          rmSync(lockFile, { force: true })
        }
      }
      if (holdsLock) listenForOthers()
      return holdsLock
    },
    hasSingleInstanceLock: () => holdsLock,
    releaseSingleInstanceLock(): void {
      if (holdsLock) rmSync(lockFile, { force: true })
      lockServer?.close()
      lockServer = undefined
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

  /** The first instance: raises `second-instance` with what a later launch sends. */
  function listenForOthers(): void {
    if (process.platform !== 'win32') rmSync(socketPath, { force: true })
    lockServer = createServer((socket) => {
      let text = ''
      socket.setEncoding('utf8').on('data', (chunk: string) => (text += chunk))
      socket.on('end', () => {
        const { argv, cwd } = JSON.parse(text) as { argv: string[]; cwd: string }
        app.emit('second-instance', preventable(), argv, cwd, null)
      })
    })
    lockServer.listen(socketPath)
    lockServer.unref()
  }

  /** A second instance: sends its command line to the first. */
  function handOver(): Promise<void> {
    return new Promise((resolve) => {
      const socket = createConnection(socketPath, () =>
        socket.end(JSON.stringify({ argv: process.argv, cwd: process.cwd() })),
      )
      socket.on('close', () => resolve())
      socket.on('error', () => resolve())
    })
  }

  const on = app.on.bind(app)
  // A `ready` listener also means the app waits for Chromium.
  app.on = ((event: string, listener: (...args: unknown[]) => void) => {
    if (event === 'ready') requestLaunch()
    return on(event, listener)
  }) as typeof app.on

  async function shutDown(exitCode: number): Promise<void> {
    state.quitting = true
    await handedOver
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
