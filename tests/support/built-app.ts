/**
 * Test helper: starts a BUILT main process (`out/main/index.js`, or the same file from an
 * unpacked app.asar) in its own Node process with `electron` resolved to the stand-in
 * (tests/support/electron-standin), and attaches to its window's Chromium page over CDP, as a
 * user would look at the window. The app quits the way a user makes it quit: by closing its
 * window, or Quit. Nothing is killed unless it fails to exit within the time given.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { chromium, type Browser, type Page } from 'playwright-core'
import { REPORT_PREFIX, type Report } from './electron-standin/state'

const BOOT = pathToFileURL(
  fileURLToPath(new URL('./electron-standin/boot.mjs', import.meta.url)),
).href

/** The origin Chromium shows `app://domain-desk` under (see electron-standin/protocol.ts). */
export const CARRIED_APP_ORIGIN = 'http://domain-desk.app.localhost'

/** A running built app. */
export interface BuiltApp {
  /** The main window's page. */
  page: Page
  /** Everything the stand-in reported so far (IPC senders, notifications, links, quit). */
  reports: Report[]
  /** The app's window page that is open now, once there is one (a window opened again). */
  openPage(): Promise<Page>
  /** The app's own stdout and stderr, minus the reports. */
  output(): string
  /** Clicks every window's close button; resolves to the exit code once the process ended. */
  closeWindows(): Promise<number>
  /** Sends a user action to the stand-in without waiting (see electron-standin/index.ts). */
  send(
    command:
      | 'close-windows'
      | 'quit'
      | 'menu'
      | `menu-click ${string}`
      | 'tray-click'
      | `tray-menu ${string}`,
  ): void
  /**
   * Launches the app a second time on the same user data with `args` (as the OS does for a
   * link); resolves to that second process's exit code.
   */
  launchAgain(args: string[]): Promise<number>
  /** `loadURL` in the main window, as main-process code could do it (no guard sees it). */
  loadUrl(url: string): void
  /** Quit from the menu; resolves to the exit code. */
  quit(): Promise<number>
  /** Ends the process if it is still running (cleanup after a failure). */
  kill(): Promise<void>
}

/** What to start. */
export interface BuiltAppOptions {
  /** Absolute path of the built main process. */
  mainScript: string
  /** A fresh folder for `app.getPath('userData')`. */
  userData: string
  /** Whether `app.isPackaged` is true (the packaged app). */
  packaged?: boolean
  /** Extra command-line arguments (a link the OS starts the app with). */
  args?: string[]
  /** How long to wait for the window; default 60 s. */
  timeoutMs?: number
}

/** Resolves when `predicate` holds, polling every 100 ms, or rejects after `timeoutMs`. */
async function until(predicate: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

function exitOf(child: ChildProcess): Promise<number> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode)
  return new Promise((resolve) => child.once('exit', (code) => resolve(code ?? 1)))
}

/** Starts the built app and waits for its main window to show the renderer. */
export async function startBuiltApp(options: BuiltAppOptions): Promise<BuiltApp> {
  const timeoutMs = options.timeoutMs ?? 60_000
  const env = {
    ...process.env,
    DOMAIN_DESK_STANDIN_USER_DATA: options.userData,
    DOMAIN_DESK_STANDIN_PACKAGED: options.packaged ? '1' : '0',
  }
  const child = spawn(
    process.execPath,
    ['--import', BOOT, options.mainScript, ...(options.args ?? [])],
    { env, stdio: ['pipe', 'pipe', 'pipe'] },
  )
  const reports: Report[] = []
  let output = ''
  let partial = ''
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    const lines = (partial + chunk).split('\n')
    partial = lines.pop() ?? ''
    for (const line of lines) {
      if (line.startsWith(REPORT_PREFIX)) reports.push(JSON.parse(line.slice(REPORT_PREFIX.length)))
      else output += `${line}\n`
    }
  })
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (output += chunk))
  const exited = exitOf(child)

  let browser: Browser | undefined
  // Quit first, so Chromium is closed by the app; SIGKILL only when that does not happen.
  const kill = async (): Promise<void> => {
    if (child.exitCode === null) {
      child.stdin!.write('quit\n')
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000)
      await exited
      clearTimeout(timer)
    }
    await browser?.close().catch(() => undefined)
  }
  const ended = async (): Promise<number> => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000)
    const code = await exited
    clearTimeout(timer)
    await browser?.close().catch(() => undefined)
    return code
  }

  try {
    await until(
      () => reports.some((r) => r.type === 'ready') || child.exitCode !== null,
      timeoutMs,
      'the app to be ready',
    )
    const ready = reports.find((r) => r.type === 'ready')
    if (!ready) throw new Error(`The app exited before it was ready:\n${output}`)
    browser = await chromium.connectOverCDP(ready.cdpEndpoint)
    const context = browser.contexts()[0]!
    const isAppPage = (page: Page) => page.url().startsWith(CARRIED_APP_ORIGIN)
    await until(() => context.pages().some(isAppPage), timeoutMs, 'the main window')
    const page = context.pages().find(isAppPage)!
    return {
      page,
      reports,
      async openPage() {
        const isOpen = (p: Page) => isAppPage(p) && !p.isClosed()
        await until(() => context.pages().some(isOpen), timeoutMs, 'a window')
        return context.pages().filter(isOpen).at(-1)!
      },
      output: () => output,
      async closeWindows() {
        child.stdin!.write('close-windows\n')
        return ended()
      },
      send(command) {
        child.stdin!.write(`${command}\n`)
      },
      async launchAgain(args) {
        const second = spawn(process.execPath, ['--import', BOOT, options.mainScript, ...args], {
          env,
          stdio: ['ignore', 'pipe', 'pipe'],
        })
        second.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')))
        second.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')))
        const timer = setTimeout(() => second.kill('SIGKILL'), 30_000)
        const code = await exitOf(second)
        clearTimeout(timer)
        return code
      },
      loadUrl(url) {
        child.stdin!.write(`load-url ${url}\n`)
      },
      async quit() {
        child.stdin!.write('quit\n')
        return ended()
      },
      kill,
    }
  } catch (error) {
    await kill()
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${output}`)
  }
}
