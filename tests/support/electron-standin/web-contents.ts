/**
 * `webContents` of a stand-in window: one Chromium page. Navigations the page starts raise
 * `will-navigate` / `will-frame-navigate` / `will-redirect` before they happen (and are aborted
 * when prevented), requests to the app's schemes are answered by the app's protocol handlers,
 * `window.open` goes through the window-open handler, IPC carries the real URL of the frame
 * it came from, and a right click the page does not handle raises `context-menu`.
 */
import { randomBytes } from 'node:crypto'
import { EventEmitter } from 'node:events'
import { readFileSync } from 'node:fs'
import type { CDPSession, Page, Route } from 'playwright-core'
import type { StandinIpcMain } from './ipc-main'
import {
  CONTEXT_MENU_WORLD,
  contextMenuScript,
  mainWorldScript,
  PRELOAD_WORLD,
  preloadWorldScript,
} from './page-scripts'
import { fromCarrierUrl, toCarrierUrl } from './protocol'
import type { StandinState } from './state'

let nextId = 1

/** A preventable Electron event. */
function preventable<T extends object>(fields: T) {
  const event = {
    ...fields,
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true
    },
  }
  return event
}

type OpenHandler = (details: { url: string; frameName: string; features: string }) => {
  action: 'allow' | 'deny'
}

/** The stand-in `WebContents`. */
export class StandinWebContents extends EventEmitter {
  readonly id = nextId++
  #page: Page | undefined
  #cdp: CDPSession | undefined
  #destroyed = false
  #openHandler: OpenHandler | undefined
  #loading: string | undefined
  readonly #openDecisions: Array<'allow' | 'deny'> = []
  readonly #contextFrames = new Map<number, string>()
  readonly #frameUrls = new Map<string, string>()
  #mainFrameId = ''
  #preloadContext: number | undefined
  readonly #binding = `electronStandinIpc_${randomBytes(8).toString('hex')}`
  readonly #deliver = `electronStandinDeliver_${randomBytes(8).toString('hex')}`
  readonly #contextMenu = `electronStandinContextMenu_${randomBytes(8).toString('hex')}`
  readonly ready: Promise<void>

  constructor(
    private readonly state: StandinState,
    private readonly ipcMain: StandinIpcMain,
    preloadPath: string | undefined,
    size: { width: number; height: number },
  ) {
    super()
    this.ready = this.#attach(preloadPath, size)
    this.ready.catch((error: unknown) => console.error('electron-standin: no page:', error))
  }

  async #attach(preloadPath: string | undefined, size: { width: number; height: number }) {
    const context = this.state.browser
    if (!context) throw new Error('BrowserWindow cannot be used before app is ready')
    const page = await context.newPage()
    this.#page = page
    this.state.pages.add(page)
    await page.setViewportSize(size)
    await page.emulateMedia({ colorScheme: this.state.colorScheme })
    const cdp = await context.newCDPSession(page)
    this.#cdp = cdp
    cdp.on('Runtime.executionContextCreated', ({ context: created }) => {
      const frameId = (created.auxData as { frameId?: string } | undefined)?.frameId ?? ''
      this.#contextFrames.set(created.id, frameId)
      if (created.name === PRELOAD_WORLD && frameId === this.#mainFrameId) {
        this.#preloadContext = created.id
      }
    })
    cdp.on('Runtime.executionContextDestroyed', ({ executionContextId }) => {
      this.#contextFrames.delete(executionContextId)
      if (executionContextId === this.#preloadContext) this.#preloadContext = undefined
    })
    cdp.on('Page.frameNavigated', ({ frame }) => {
      this.#frameUrls.set(frame.id, frame.url + (frame.urlFragment ?? ''))
      if (!frame.parentId) this.#mainFrameId = frame.id
    })
    cdp.on('Page.navigatedWithinDocument', ({ frameId, url }) => this.#frameUrls.set(frameId, url))
    cdp.on('Runtime.bindingCalled', ({ name, payload, executionContextId }) => {
      if (name === this.#binding) void this.#fromRenderer(payload, executionContextId)
      if (name === this.#contextMenu)
        this.emit('context-menu', preventable({}), JSON.parse(payload))
    })
    await cdp.send('Page.enable')
    const { frameTree } = await cdp.send('Page.getFrameTree')
    this.#mainFrameId = frameTree.frame.id
    await cdp.send('Runtime.enable')
    await cdp.send('Runtime.addBinding', {
      name: this.#binding,
      executionContextName: PRELOAD_WORLD,
    })
    await cdp.send('Runtime.addBinding', {
      name: this.#contextMenu,
      executionContextName: CONTEXT_MENU_WORLD,
    })
    await cdp.send('Page.addScriptToEvaluateOnNewDocument', {
      source: contextMenuScript(this.#contextMenu),
      worldName: CONTEXT_MENU_WORLD,
    })
    if (preloadPath) {
      const nonce = randomBytes(8).toString('hex')
      const preloadSource = readFileSync(preloadPath, 'utf8')
      await cdp.send('Page.addScriptToEvaluateOnNewDocument', {
        source: preloadWorldScript({
          binding: this.#binding,
          nonce,
          deliver: this.#deliver,
          preloadSource,
        }),
        worldName: PRELOAD_WORLD,
      })
      await cdp.send('Page.addScriptToEvaluateOnNewDocument', { source: mainWorldScript(nonce) })
    }
    await page.route('**/*', (route) => this.#route(route))
    page.on('domcontentloaded', () => this.emit('dom-ready', preventable({})))
    page.on('load', () => this.emit('did-finish-load'))
    // Electron asks the handler before a window exists; Chromium has made the popup already by
    // the time Playwright sees it, so the decision is taken on CDP's windowOpen (which carries
    // the URL) and applied to the popup that follows. Popups load nothing (see app.ts).
    cdp.on('Page.windowOpen', ({ url, windowName, windowFeatures }) => {
      const decision = this.#openHandler?.({
        url: fromCarrierUrl(url, this.state.privilegedSchemes),
        frameName: windowName,
        features: windowFeatures.join(','),
      }) ?? { action: 'allow' }
      this.#openDecisions.push(decision.action)
    })
    page.on('popup', (popup) => {
      if (this.#openDecisions.shift() !== 'allow') void popup.close()
    })
    page.on('close', () => this.#gone())
  }

  /** Electron's per-request decisions for the page: guards first, then the app's protocols. */
  async #route(route: Route): Promise<void> {
    const request = route.request()
    const carrierUrl = request.url()
    const url = fromCarrierUrl(carrierUrl, this.state.privilegedSchemes)
    if (request.isNavigationRequest()) {
      const isMainFrame = request.frame() === this.#page?.mainFrame()
      const fromLoadUrl = isMainFrame && this.#loading === carrierUrl && !request.redirectedFrom()
      if (fromLoadUrl) this.#loading = undefined
      else {
        const events = request.redirectedFrom()
          ? ['will-redirect']
          : isMainFrame
            ? ['will-navigate', 'will-frame-navigate']
            : ['will-frame-navigate']
        const event = preventable({ url, isMainFrame })
        for (const name of events) this.emit(name, event, url)
        if (event.defaultPrevented) return route.abort('aborted')
      }
    }
    if (url === carrierUrl) return route.continue()
    const scheme = url.slice(0, url.indexOf(':'))
    const handler = this.state.protocolHandlers.get(scheme)
    if (!handler) return route.abort('failed')
    const method = request.method()
    const body = method === 'GET' || method === 'HEAD' ? undefined : request.postDataBuffer()
    const response = await handler(
      new Request(url, { method, headers: request.headers(), body: body ?? undefined }),
    )
    await route.fulfill({
      status: response.status,
      headers: Object.fromEntries(response.headers.entries()),
      body: Buffer.from(await response.arrayBuffer()),
    })
  }

  async #fromRenderer(payload: string, contextId: number): Promise<void> {
    const message = JSON.parse(payload) as {
      type: 'invoke' | 'send'
      id?: number
      channel: string
      args: unknown[]
    }
    const frameId = this.#contextFrames.get(contextId) ?? ''
    const frameUrl = this.#frameUrls.get(frameId)
    const senderUrl =
      frameUrl === undefined ? undefined : fromCarrierUrl(frameUrl, this.state.privilegedSchemes)
    this.state.report({ type: 'ipc', channel: message.channel, senderUrl })
    const event = {
      sender: this,
      // As in Electron, `parent` is null for the main frame and the parent frame otherwise.
      senderFrame:
        senderUrl === undefined
          ? null
          : {
              url: senderUrl,
              name: '',
              top: null,
              parent: frameId === this.#mainFrameId ? null : { url: undefined },
            },
      frameId: 1,
      processId: 1,
    }
    if (message.type === 'send') {
      this.ipcMain.emit(message.channel, event, ...message.args)
      return
    }
    let reply: { ok: true; value: unknown } | { ok: false; error: string }
    try {
      reply = { ok: true, value: await this.ipcMain.invoke(message.channel, event, message.args) }
    } catch (error) {
      reply = { ok: false, error: String(error) }
    }
    await this.#toPreload(contextId, {
      type: 'reply',
      id: message.id,
      channel: message.channel,
      ...reply,
    })
  }

  async #toPreload(contextId: number, message: object): Promise<void> {
    if (this.#destroyed || !this.#cdp) return
    const expression = `globalThis[${JSON.stringify(this.#deliver)}](${JSON.stringify(message)})`
    await this.#cdp.send('Runtime.evaluate', { contextId, expression }).catch(() => undefined)
  }

  #gone(): void {
    if (this.#destroyed) return
    this.#destroyed = true
    if (this.#page) this.state.pages.delete(this.#page)
    this.emit('destroyed')
  }

  /** Loads a URL; resolves once it has loaded, like Electron (rejects when it fails). */
  async loadURL(url: string): Promise<void> {
    await this.ready
    const carrier = toCarrierUrl(url, this.state.privilegedSchemes)
    this.#loading = carrier
    await this.#page!.goto(carrier, { waitUntil: 'load' })
  }

  getURL(): string {
    return this.#page ? fromCarrierUrl(this.#page.url(), this.state.privilegedSchemes) : ''
  }

  send(channel: string, ...args: unknown[]): void {
    const contextId = this.#preloadContext
    if (contextId !== undefined) void this.#toPreload(contextId, { type: 'event', channel, args })
  }

  setWindowOpenHandler(handler: OpenHandler): void {
    this.#openHandler = handler
  }

  isDestroyed(): boolean {
    return this.#destroyed
  }

  /** Closes the page; `destroyed` follows. */
  async close(): Promise<void> {
    await this.ready.catch(() => undefined)
    if (this.#page && !this.#page.isClosed()) await this.#page.close()
    this.#gone()
  }

  openDevTools(): void {}
  closeDevTools(): void {}
  isDevToolsOpened(): boolean {
    return false
  }
}
