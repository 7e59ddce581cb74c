/**
 * The two scripts the stand-in puts into every document of a window, before the page's own:
 *
 * - the preload world: an isolated world (like Electron's, invisible to the page) holding the
 *   renderer half of `electron` (`ipcRenderer`, `contextBridge`) and the BUILT preload, run
 *   CommonJS-style with a `require` that knows only `electron`, as in a sandboxed preload;
 * - the main-world half of `contextBridge`: it turns what the preload exposes into copies on
 *   `window` whose functions call back into the preload world.
 *
 * The two worlds share only the DOM, so they talk through synchronous custom events on `window`
 * under names with a per-window random nonce. IPC leaves the preload world through a CDP binding
 * that exists only in that world. Values cross as JSON (Electron uses structured clone), which
 * is what the app's contract carries anyway, and a function handed across (a listener) is called
 * without its return value coming back, where Electron would return it. Written as plain JavaScript strings: these run in
 * Chromium, not in Node.
 */

/** The name of the isolated world the preload runs in. */
export const PRELOAD_WORLD = 'electron-standin-preload'

/** Marks a function in an encoded value: proxied, never copied. */
const FUNCTION_MARK = '$electronStandinFunction'

/** The preload-world script for one window. */
export function preloadWorldScript(options: {
  binding: string
  nonce: string
  deliver: string
  preloadSource: string
}): string {
  const { binding, nonce, deliver, preloadSource } = options
  return `(() => {
'use strict'
const binding = globalThis[${JSON.stringify(binding)}]
delete globalThis[${JSON.stringify(binding)}]
// Like Electron without nodeIntegrationInSubFrames: the preload runs in the main frame only.
if (window.top !== window) return
const EV = ${JSON.stringify(`electron-standin-${nonce}`)}
const MARK = ${JSON.stringify(FUNCTION_MARK)}
const post = (message) => binding(JSON.stringify(message))
const fire = (type, detail) => window.dispatchEvent(new CustomEvent(EV + type, { detail: JSON.stringify(detail) }))

// ipcRenderer: invoke/send go to the main process; events come back through deliver().
const listeners = new Map()
const pending = new Map()
let nextInvoke = 1
const ipcRenderer = {
  invoke(channel, ...args) {
    const id = nextInvoke++
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject })
      post({ type: 'invoke', id, channel: String(channel), args })
    })
  },
  send(channel, ...args) { post({ type: 'send', channel: String(channel), args }) },
  on(channel, listener) {
    const list = listeners.get(channel) ?? []
    listeners.set(channel, [...list, listener])
    return ipcRenderer
  },
  once(channel, listener) {
    const wrapper = (...args) => { ipcRenderer.removeListener(channel, wrapper); listener(...args) }
    return ipcRenderer.on(channel, wrapper)
  },
  removeListener(channel, listener) {
    const list = listeners.get(channel) ?? []
    const at = list.indexOf(listener)
    if (at >= 0) listeners.set(channel, [...list.slice(0, at), ...list.slice(at + 1)])
    return ipcRenderer
  },
  off(channel, listener) { return ipcRenderer.removeListener(channel, listener) },
  removeAllListeners(channel) { if (channel === undefined) listeners.clear(); else listeners.delete(channel); return ipcRenderer },
}
globalThis[${JSON.stringify(deliver)}] = (message) => {
  if (message.type === 'reply') {
    const waiting = pending.get(message.id)
    pending.delete(message.id)
    if (!waiting) return
    if (message.ok) waiting.resolve(message.value)
    else waiting.reject(new Error("Error invoking remote method '" + message.channel + "': " + message.error))
  } else if (message.type === 'event') {
    const event = { sender: ipcRenderer, senderId: 0, ports: [] }
    for (const listener of listeners.get(message.channel) ?? []) listener(event, ...message.args)
  }
}

// contextBridge: functions stay here and are called from the main world by id.
const functions = new Map()
let nextFunction = 1
const encode = (value) => {
  if (typeof value === 'function') { const id = nextFunction++; functions.set(id, value); return { [MARK]: id } }
  if (Array.isArray(value)) return value.map(encode)
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encode(v)]))
  return value
}
const decode = (value) => {
  if (Array.isArray(value)) return value.map(decode)
  if (value && typeof value === 'object') {
    if (MARK in value) { const id = value[MARK]; return (...args) => fire(':callback', { id, args: encode(args) }) }
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, decode(v)]))
  }
  return value
}
const message = (error) => String(error && error.message ? error.message : error)
let nextPromise = 1
window.addEventListener(EV + ':call', (event) => {
  const { callId, id, args } = JSON.parse(event.detail)
  const target = functions.get(id)
  try {
    const result = target(...decode(args))
    if (result && typeof result.then === 'function') {
      const promise = nextPromise++
      result.then(
        (value) => fire(':settle', { promise, ok: true, value: encode(value) }),
        (error) => fire(':settle', { promise, ok: false, error: message(error) }),
      )
      fire(':result', { callId, promise })
    } else fire(':result', { callId, value: encode(result) })
  } catch (error) {
    fire(':result', { callId, error: message(error) })
  }
})
const exposed = []
window.addEventListener(EV + ':hello', () => { for (const entry of exposed) fire(':expose', entry) })
const contextBridge = {
  exposeInMainWorld(key, api) {
    const entry = { key: String(key), value: encode(api) }
    exposed.push(entry)
    fire(':expose', entry)
  },
}

// The built preload, as Electron runs a sandboxed one.
const electron = Object.freeze({ ipcRenderer, contextBridge })
const require = (name) => {
  if (name === 'electron' || name === 'electron/renderer') return electron
  throw new Error("module not found: " + name)
}
const module = { exports: {} }
;(function (require, module, exports) {
${preloadSource}
})(require, module, module.exports)
})()`
}

/** The main-world half of contextBridge for one window. */
export function mainWorldScript(nonce: string): string {
  return `(() => {
'use strict'
const EV = ${JSON.stringify(`electron-standin-${nonce}`)}
const MARK = ${JSON.stringify(FUNCTION_MARK)}
const { parse, stringify } = JSON
const defineProperty = Object.defineProperty
const entries = Object.entries
const fromEntries = Object.fromEntries
const isArray = Array.isArray
const Event = CustomEvent
const PromiseCtor = Promise
const ErrorCtor = Error
const dispatch = EventTarget.prototype.dispatchEvent.bind(window)
const listen = EventTarget.prototype.addEventListener.bind(window)
const fire = (type, detail) => dispatch(new Event(EV + type, { detail: stringify(detail) }))

const callbacks = new Map()
let nextCallback = 1
const results = new Map()
const promises = new Map()
const encode = (value) => {
  if (typeof value === 'function') { const id = nextCallback++; callbacks.set(id, value); return { [MARK]: id } }
  if (isArray(value)) return value.map(encode)
  if (value && typeof value === 'object') return fromEntries(entries(value).map(([k, v]) => [k, encode(v)]))
  return value
}
let nextCall = 1
const proxy = (id) => function (...args) {
  const callId = nextCall++
  fire(':call', { callId, id, args: encode(args) })
  const result = results.get(callId)
  results.delete(callId)
  if (!result) throw new ErrorCtor('The preload world did not answer.')
  if ('error' in result) throw new ErrorCtor(result.error)
  if ('promise' in result) return new PromiseCtor((resolve, reject) => promises.set(result.promise, { resolve, reject }))
  return decode(result.value)
}
const decode = (value) => {
  if (isArray(value)) return value.map(decode)
  if (value && typeof value === 'object') {
    if (MARK in value) return proxy(value[MARK])
    return fromEntries(entries(value).map(([k, v]) => [k, decode(v)]))
  }
  return value
}
listen(EV + ':result', (event) => { const result = parse(event.detail); results.set(result.callId, result) })
listen(EV + ':settle', (event) => {
  const { promise, ok, value, error } = parse(event.detail)
  const waiting = promises.get(promise)
  promises.delete(promise)
  if (waiting) ok ? waiting.resolve(decode(value)) : waiting.reject(new ErrorCtor(error))
})
listen(EV + ':callback', (event) => {
  const { id, args } = parse(event.detail)
  const callback = callbacks.get(id)
  if (callback) callback(...decode(args))
})
listen(EV + ':expose', (event) => {
  const { key, value } = parse(event.detail)
  if (Object.prototype.hasOwnProperty.call(window, key)) return
  // Electron defines the exposed key read-only and non-deletable.
  defineProperty(window, key, { value: decode(value), enumerable: true, writable: false, configurable: false })
})
fire(':hello', {})
})()`
}

/** The isolated world that watches for context menus, as Chromium's browser side would. */
export const CONTEXT_MENU_WORLD = 'electron-standin-context-menu'

/**
 * The context-menu watcher: a `contextmenu` the page did not cancel (checked once every listener
 * has run) is reported with Electron's `context-menu` params: where, whether the target is
 * editable, the selected text and the edit flags, as Chromium sets them.
 */
export function contextMenuScript(binding: string): string {
  return `(() => {
'use strict'
const binding = globalThis[${JSON.stringify(binding)}]
delete globalThis[${JSON.stringify(binding)}]
if (window.top !== window) return
window.addEventListener('contextmenu', (event) => {
  setTimeout(() => {
    if (event.defaultPrevented) return
    const target = event.target
    const field = target instanceof HTMLTextAreaElement ||
      (target instanceof HTMLInputElement && /^(text|search|email|url|tel|password|number|)$/.test(target.type))
    const isEditable = (field && !target.readOnly && !target.disabled) || !!target?.isContentEditable
    const selectionText = field
      ? target.value.slice(target.selectionStart ?? 0, target.selectionEnd ?? 0)
      : String(window.getSelection() ?? '')
    const selected = selectionText.length > 0
    binding(JSON.stringify({
      x: event.clientX, y: event.clientY, isEditable, selectionText,
      editFlags: {
        canUndo: isEditable, canRedo: isEditable, canCut: isEditable && selected,
        canCopy: selected, canPaste: isEditable, canDelete: isEditable && selected,
        canSelectAll: true, canEditRichly: !!target?.isContentEditable,
      },
    }))
  })
})
})()`
}
