import { EventEmitter } from 'node:events'
import { describe, expect, it, vi } from 'vitest'
import { bringToFront, claimSingleInstance } from '../../../../electron/main/shell/single-instance'

function fakeApp(gotLock: boolean) {
  const app = new EventEmitter() as EventEmitter & Record<string, any>
  app.requestSingleInstanceLock = vi.fn(() => gotLock)
  app.quit = vi.fn()
  return app
}

function fakeWindow(minimized: boolean) {
  const calls: string[] = []
  return {
    calls,
    isMinimized: () => minimized,
    restore: () => calls.push('restore'),
    show: () => calls.push('show'),
    focus: () => calls.push('focus'),
  }
}

describe('claimSingleInstance', () => {
  it('lets the first instance run without quitting', () => {
    const app = fakeApp(true)
    expect(claimSingleInstance(app as any, () => undefined)).toBe(true)
    expect(app.quit).not.toHaveBeenCalled()
  })

  it('quits a second instance and tells the caller to start nothing', () => {
    const app = fakeApp(false)
    expect(claimSingleInstance(app as any, () => undefined)).toBe(false)
    expect(app.quit).toHaveBeenCalledOnce()
    expect(app.listenerCount('second-instance')).toBe(0)
  })

  it('brings the existing window to the front when the app is launched again', () => {
    const app = fakeApp(true)
    const window = fakeWindow(true)
    claimSingleInstance(app as any, () => window as any)
    app.emit('second-instance', {}, [], '/')
    expect(window.calls).toEqual(['restore', 'show', 'focus'])
  })

  it('does nothing on a second launch while there is no window yet', () => {
    const app = fakeApp(true)
    claimSingleInstance(app as any, () => undefined)
    expect(() => app.emit('second-instance', {}, [], '/')).not.toThrow()
  })
})

describe('bringToFront', () => {
  it('shows and focuses a window that is not minimised, without restoring it', () => {
    const window = fakeWindow(false)
    bringToFront(window as any)
    expect(window.calls).toEqual(['show', 'focus'])
  })
})
