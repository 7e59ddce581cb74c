/**
 * `BrowserWindow` of the stand-in: a headless Chromium page with Electron's window life cycle
 * (`close` can be prevented, then `closed`; the last window gone raises `window-all-closed`),
 * bounds, show/hide and maximise state, and `ready-to-show` after the first load.
 */
import { EventEmitter } from 'node:events'
import type { BrowserWindowConstructorOptions, Rectangle } from 'electron'
import type { StandinIpcMain } from './ipc-main'
import type { StandinState } from './state'
import { StandinWebContents } from './web-contents'

/** What a window needs from the app object. */
export interface WindowHost {
  webContentsCreated(contents: StandinWebContents): void
  lastWindowClosed(): void
}

/** Builds the `BrowserWindow` class for one stand-in. */
export function createBrowserWindowClass(
  state: StandinState,
  ipcMain: StandinIpcMain,
  host: WindowHost,
) {
  const windows: StandinBrowserWindow[] = []
  let nextId = 1

  class StandinBrowserWindow extends EventEmitter {
    readonly id = nextId++
    readonly webContents: StandinWebContents
    #bounds: Rectangle
    #visible: boolean
    #maximized = false
    #minimized = false
    #fullScreen = false
    #destroyed = false
    #title: string
    #backgroundColor: string

    constructor(options: BrowserWindowConstructorOptions = {}) {
      super()
      const preferences = options.webPreferences ?? {}
      // The stand-in only implements the secure configuration the app uses; anything else would
      // make its tests prove something about a window that does not exist.
      if (preferences.contextIsolation === false || preferences.nodeIntegration === true) {
        throw new Error('electron-standin: only context-isolated windows without Node')
      }
      this.#bounds = {
        x: options.x ?? 0,
        y: options.y ?? 0,
        width: options.width ?? 800,
        height: options.height ?? 600,
      }
      this.#visible = options.show !== false
      this.#title = options.title ?? ''
      this.#backgroundColor = options.backgroundColor ?? '#FFFFFF'
      this.webContents = new StandinWebContents(state, ipcMain, preferences.preload, {
        width: this.#bounds.width,
        height: this.#bounds.height,
      })
      windows.push(this)
      host.webContentsCreated(this.webContents)
      this.webContents.once('did-finish-load', () => this.emit('ready-to-show'))
      // A page closed from outside (the window manager, a crash) ends the window as well.
      this.webContents.once('destroyed', () => this.destroy())
    }

    static getAllWindows(): StandinBrowserWindow[] {
      return [...windows]
    }

    static getFocusedWindow(): StandinBrowserWindow | null {
      return windows.find((window) => window.#visible) ?? null
    }

    static fromWebContents(contents: unknown): StandinBrowserWindow | null {
      return windows.find((window) => window.webContents === contents) ?? null
    }

    loadURL(url: string): Promise<void> {
      return this.webContents.loadURL(url)
    }

    /** Like the close button: `close` may be prevented; otherwise the window is destroyed. */
    close(): void {
      if (this.#destroyed) return
      const event = {
        defaultPrevented: false,
        preventDefault() {
          event.defaultPrevented = true
        },
      }
      this.emit('close', event)
      if (!event.defaultPrevented) this.destroy()
    }

    destroy(): void {
      if (this.#destroyed) return
      this.#destroyed = true
      windows.splice(windows.indexOf(this), 1)
      void this.webContents.close()
      this.emit('closed')
      if (windows.length === 0) host.lastWindowClosed()
    }

    isDestroyed(): boolean {
      return this.#destroyed
    }

    show(): void {
      this.#visible = true
      this.#minimized = false
      this.emit('show')
    }

    hide(): void {
      this.#visible = false
      this.emit('hide')
    }

    focus(): void {
      this.#visible = true
      this.emit('focus')
    }

    isVisible(): boolean {
      return this.#visible
    }

    isFocused(): boolean {
      return this.#visible
    }

    maximize(): void {
      this.#maximized = true
      this.emit('maximize')
    }

    unmaximize(): void {
      this.#maximized = false
      this.emit('unmaximize')
    }

    isMaximized(): boolean {
      return this.#maximized
    }

    minimize(): void {
      this.#minimized = true
      this.emit('minimize')
    }

    restore(): void {
      this.#minimized = false
      this.emit('restore')
    }

    isMinimized(): boolean {
      return this.#minimized
    }

    setFullScreen(flag: boolean): void {
      if (this.#fullScreen === flag) return
      this.#fullScreen = flag
      this.emit(flag ? 'enter-full-screen' : 'leave-full-screen')
    }

    isFullScreen(): boolean {
      return this.#fullScreen
    }

    getBounds(): Rectangle {
      return { ...this.#bounds }
    }

    getNormalBounds(): Rectangle {
      return { ...this.#bounds }
    }

    setBounds(bounds: Partial<Rectangle>): void {
      this.#bounds = { ...this.#bounds, ...bounds }
      this.emit('resize')
      this.emit('move')
    }

    getTitle(): string {
      return this.#title
    }

    setTitle(title: string): void {
      this.#title = title
    }

    getBackgroundColor(): string {
      return this.#backgroundColor
    }

    setBackgroundColor(color: string): void {
      this.#backgroundColor = color
    }

    setMenu(): void {}
    setMenuBarVisibility(): void {}
    setAutoHideMenuBar(): void {}
    /** Reported to the test: the dock / taskbar progress (below 0 removes it, above 1 is indeterminate). */
    setProgressBar(value: number): void {
      state.report({ type: 'progress', value })
    }
  }

  return StandinBrowserWindow
}
