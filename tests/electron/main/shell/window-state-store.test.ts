import { EventEmitter } from 'node:events'
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  captureWindowState,
  loadWindowState,
  saveWindowState,
  trackWindowState,
  windowStateFileIn,
} from '../../../../electron/main/shell/window-state-store'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'window-state-'))
})
afterEach(() => {
  vi.useRealTimers()
  rmSync(dir, { recursive: true, force: true })
})

const defaults = { bounds: { width: 1200, height: 800 }, maximized: false, fullScreen: false }

/** A window whose bounds the test moves; emits BrowserWindow's events. */
function fakeWindow() {
  const window = new EventEmitter() as EventEmitter & Record<string, any>
  window.bounds = { x: 10, y: 20, width: 1000, height: 700 }
  window.maximized = false
  window.getNormalBounds = () => ({ ...window.bounds })
  window.isMaximized = () => window.maximized
  window.fullScreen = false
  window.isFullScreen = () => window.fullScreen
  window.destroyed = false
  window.isDestroyed = () => window.destroyed
  return window
}

describe('windowStateFileIn', () => {
  it('keeps the state in window-state.json in userData', () => {
    expect(windowStateFileIn('/home/u/.config/Domain Desk')).toBe(
      join('/home/u/.config/Domain Desk', 'window-state.json'),
    )
  })
})

describe('loadWindowState', () => {
  it('gives the defaults when there is no file yet', () => {
    expect(loadWindowState(join(dir, 'window-state.json'))).toEqual(defaults)
  })

  it('gives the defaults for a corrupt file', () => {
    const file = join(dir, 'window-state.json')
    writeFileSync(file, '{"bounds": {"width": 12')
    expect(loadWindowState(file)).toEqual(defaults)
  })

  it('gives the defaults when the path is a directory', () => {
    expect(loadWindowState(dir)).toEqual(defaults)
  })
})

describe('saveWindowState', () => {
  it('round-trips through loadWindowState, creating the directory', () => {
    const file = join(dir, 'nested', 'window-state.json')
    const state = {
      bounds: { x: 5, y: 6, width: 900, height: 600 },
      maximized: true,
      fullScreen: false,
    }
    saveWindowState(file, state)
    expect(loadWindowState(file)).toEqual(state)
    expect(readdirSync(join(dir, 'nested'))).toEqual(['window-state.json'])
  })

  it('logs instead of throwing when the file cannot be written', () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {})
    const blocker = join(dir, 'blocker')
    writeFileSync(blocker, '')
    expect(() => saveWindowState(join(blocker, 'window-state.json'), defaults)).not.toThrow()
    expect(errors).toHaveBeenCalled()
    errors.mockRestore()
  })
})

describe('captureWindowState', () => {
  it('records the un-maximised bounds and the maximised flag', () => {
    const window = fakeWindow()
    window.maximized = true
    expect(captureWindowState(window as any)).toEqual({
      bounds: { x: 10, y: 20, width: 1000, height: 700 },
      maximized: true,
      fullScreen: false,
    })
  })
})

describe('captureWindowState in full screen', () => {
  it('records the normal bounds and the full-screen flag', () => {
    const window = fakeWindow()
    window.fullScreen = true
    expect(captureWindowState(window as any)).toEqual({
      bounds: { x: 10, y: 20, width: 1000, height: 700 },
      maximized: false,
      fullScreen: true,
    })
  })
})

describe('trackWindowState', () => {
  it('saves when the window enters and leaves full screen', () => {
    vi.useFakeTimers()
    const file = join(dir, 'window-state.json')
    const window = fakeWindow()
    trackWindowState(window as any, file, 500)
    window.fullScreen = true
    window.emit('enter-full-screen')
    vi.advanceTimersByTime(500)
    expect(loadWindowState(file).fullScreen).toBe(true)
    window.fullScreen = false
    window.emit('leave-full-screen')
    vi.advanceTimersByTime(500)
    expect(loadWindowState(file).fullScreen).toBe(false)
  })

  it('saves once, a moment after a burst of moves and resizes', () => {
    vi.useFakeTimers()
    const file = join(dir, 'window-state.json')
    const window = fakeWindow()
    trackWindowState(window as any, file, 500)
    for (let step = 0; step < 10; step++) {
      window.bounds = { ...window.bounds, x: step }
      window.emit(step % 2 === 0 ? 'move' : 'resize')
      vi.advanceTimersByTime(100)
    }
    expect(() => readFileSync(file)).toThrow()
    vi.advanceTimersByTime(500)
    expect(loadWindowState(file).bounds.x).toBe(9)
  })

  it('saves at once when the window closes', () => {
    vi.useFakeTimers()
    const file = join(dir, 'window-state.json')
    const window = fakeWindow()
    trackWindowState(window as any, file, 500)
    window.maximized = true
    window.emit('maximize')
    window.emit('close')
    expect(loadWindowState(file)).toEqual({
      bounds: { x: 10, y: 20, width: 1000, height: 700 },
      maximized: true,
      fullScreen: false,
    })
  })

  it('drops a pending save once the window is destroyed instead of touching it', () => {
    vi.useFakeTimers()
    const file = join(dir, 'window-state.json')
    const window = fakeWindow()
    window.getNormalBounds = () => {
      if (window.destroyed) throw new Error('Object has been destroyed')
      return { ...window.bounds }
    }
    trackWindowState(window as any, file, 500)
    window.emit('resize')
    window.destroyed = true
    window.emit('closed')
    expect(() => vi.advanceTimersByTime(1000)).not.toThrow()
    expect(() => readFileSync(file)).toThrow()
  })
})
