import { EventEmitter } from 'node:events'
import { describe, expect, it, vi } from 'vitest'
import {
  guardAllWebContents,
  guardWebContents,
} from '../../../../electron/main/shell/web-contents-guards'

/** Web contents that record the window-open handler and emit events like Electron's. */
class FakeWebContents extends EventEmitter {
  openHandler?: (details: { url: string }) => { action: string }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.openHandler = handler
  }
}

/** An Electron-style event; returns whether the guard cancelled it. */
function emitNavigation(contents: FakeWebContents, name: string, url: string): boolean {
  const event = { url, preventDefault: vi.fn() }
  contents.emit(name, event)
  return event.preventDefault.mock.calls.length > 0
}

function guarded(devServerUrl?: string) {
  const contents = new FakeWebContents()
  const openExternal = vi.fn(async (_url: string) => {})
  guardWebContents(contents as any, { devServerUrl, openExternal })
  return { contents, openExternal }
}

describe('guardWebContents', () => {
  it('cancels navigation, frame navigation and redirects to other sites', () => {
    const { contents } = guarded()
    for (const name of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      expect(emitNavigation(contents, name, 'https://evil.example/'), name).toBe(true)
      expect(emitNavigation(contents, name, 'file:///etc/passwd'), name).toBe(true)
    }
  })

  it('lets the app navigate within its own origin', () => {
    const { contents } = guarded()
    expect(emitNavigation(contents, 'will-navigate', 'app://domain-desk/index.html')).toBe(false)
  })

  it('lets the dev server origin through only in dev', () => {
    expect(emitNavigation(guarded().contents, 'will-navigate', 'http://localhost:5173/')).toBe(true)
    const dev = guarded('http://localhost:5173').contents
    expect(emitNavigation(dev, 'will-navigate', 'http://localhost:5173/')).toBe(false)
  })

  it('never attaches a <webview>', () => {
    const { contents } = guarded()
    const event = { preventDefault: vi.fn() }
    contents.emit('will-attach-webview', event, {}, { src: 'https://evil.example/' })
    expect(event.preventDefault).toHaveBeenCalled()
  })

  it('denies every new window and opens https links in the browser instead', () => {
    const { contents, openExternal } = guarded()
    expect(contents.openHandler?.({ url: 'https://vps.org/pricing' })).toEqual({ action: 'deny' })
    expect(openExternal).toHaveBeenCalledWith('https://vps.org/pricing')
  })

  it('drops links that are not https without opening anything', () => {
    const { contents, openExternal } = guarded()
    for (const url of ['http://vps.org/', 'mailto:a@b.c', 'file:///etc/passwd', 'app://x/']) {
      expect(contents.openHandler?.({ url }), url).toEqual({ action: 'deny' })
    }
    expect(openExternal).not.toHaveBeenCalled()
  })

  it('refuses and logs links to hosts outside the allowlist, without the path or query', () => {
    const contents = new FakeWebContents()
    const openExternal = vi.fn(async (_url: string) => {})
    const log = vi.fn()
    guardWebContents(contents as any, { devServerUrl: undefined, openExternal, log })
    const url = 'https://evil.example/steal?token=abc'
    expect(contents.openHandler?.({ url })).toEqual({ action: 'deny' })
    expect(openExternal).not.toHaveBeenCalled()
    expect(log).toHaveBeenCalledTimes(1)
    expect(JSON.stringify(log.mock.calls[0])).toContain('evil.example')
    expect(JSON.stringify(log.mock.calls[0])).not.toContain('token=abc')
  })

  it('still denies the window when the browser cannot be opened', async () => {
    const contents = new FakeWebContents()
    const failure = Promise.reject(new Error('no browser'))
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {})
    guardWebContents(contents as any, { devServerUrl: undefined, openExternal: () => failure })
    expect(contents.openHandler?.({ url: 'https://vps.org/' })).toEqual({ action: 'deny' })
    await failure.catch(() => {})
    await Promise.resolve()
    expect(errors).toHaveBeenCalled()
    errors.mockRestore()
  })
})

describe('guardAllWebContents', () => {
  it('guards every web contents the app creates', () => {
    const app = new EventEmitter()
    guardAllWebContents(app as any, { devServerUrl: undefined, openExternal: async () => {} })
    const contents = new FakeWebContents()
    app.emit('web-contents-created', {}, contents)
    expect(emitNavigation(contents, 'will-navigate', 'https://evil.example/')).toBe(true)
    expect(contents.openHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' })
  })
})
