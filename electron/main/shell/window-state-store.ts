import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { BrowserWindow } from 'electron'
import { parseWindowState, serializeWindowState, type WindowState } from './window-state'

/** The state file's name inside the app's `userData` directory. */
export const WINDOW_STATE_FILE_NAME = 'window-state.json'

/** Where the window state is kept: `<userData>/window-state.json`. */
export function windowStateFileIn(userDataDir: string): string {
  return join(userDataDir, WINDOW_STATE_FILE_NAME)
}

/** The saved window state, or the defaults when the file is missing, unreadable or damaged. */
export function loadWindowState(file: string): WindowState {
  let text: string | undefined
  try {
    text = readFileSync(file, 'utf8')
  } catch {
    text = undefined
  }
  return parseWindowState(text)
}

/**
 * Writes the state through a temporary file and a rename, so a crash mid-write leaves the
 * previous file rather than half a JSON document. Failures are logged, never thrown: losing
 * the window position is not worth an error dialog.
 */
export function saveWindowState(file: string, state: WindowState): void {
  const temporary = `${file}.${process.pid}.tmp`
  try {
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(temporary, serializeWindowState(state), 'utf8')
    renameSync(temporary, file)
  } catch (error) {
    console.error('Could not save the window state:', error)
  }
}

/** The window methods the tracker uses. */
export type TrackedWindow = Pick<
  BrowserWindow,
  'on' | 'getNormalBounds' | 'isMaximized' | 'isFullScreen' | 'isDestroyed'
>

/**
 * The state of a window now: its normal (un-maximised, windowed) bounds, so restoring later gives
 * a sane size, and whether it is maximised and full screen.
 */
export function captureWindowState(
  window: Pick<TrackedWindow, 'getNormalBounds' | 'isMaximized' | 'isFullScreen'>,
): WindowState {
  const { x, y, width, height } = window.getNormalBounds()
  return {
    bounds: { x, y, width, height },
    maximized: window.isMaximized(),
    fullScreen: window.isFullScreen(),
  }
}

/**
 * Keeps `file` up to date with the window: saved `debounceMs` after the last move or resize
 * (a drag fires these many times a second) and at once when the window closes. A save still
 * pending when the window is destroyed is dropped, since a destroyed window throws on access.
 */
export function trackWindowState(window: TrackedWindow, file: string, debounceMs = 500): void {
  let timer: ReturnType<typeof setTimeout> | undefined
  const cancel = (): void => {
    if (timer !== undefined) clearTimeout(timer)
    timer = undefined
  }
  const saveNow = (): void => {
    cancel()
    if (!window.isDestroyed()) saveWindowState(file, captureWindowState(window))
  }
  const saveSoon = (): void => {
    if (timer !== undefined) clearTimeout(timer)
    timer = setTimeout(saveNow, debounceMs)
  }
  window.on('resize', saveSoon)
  window.on('move', saveSoon)
  window.on('maximize', saveSoon)
  window.on('unmaximize', saveSoon)
  window.on('enter-full-screen', saveSoon)
  window.on('leave-full-screen', saveSoon)
  window.on('close', saveNow)
  window.on('closed', cancel)
}
