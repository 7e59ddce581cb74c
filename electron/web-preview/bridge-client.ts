/**
 * Browser side of the web preview: gives the page the same `window.domainDesk` the preload gives
 * it in Electron, carried over a loopback WebSocket (the server authenticated this page with its
 * per-run secret before serving it). Built into an IIFE by the preview server at start-up.
 */
import { buildBridge } from '../shared/ipc/bridge'
import { CHANNEL_NAMES, EVENT_NAMES } from '../shared/ipc/channel-names'
import type { EventName } from '../shared/ipc/contract'
import type { IpcResult } from '../shared/ipc/errors'

type Listener = (event: EventName, payload: unknown) => void

const pending = new Map<number, (result: IpcResult<unknown>) => void>()
const listeners = new Set<Listener>()
let nextId = 1
const socket = new WebSocket(`ws://${location.host}/__preview/bridge`)
const open = new Promise<void>((resolve) =>
  socket.addEventListener('open', () => resolve(), { once: true }),
)
const gone: IpcResult<never> = {
  ok: false,
  error: {
    code: 'Internal',
    message: 'The web preview server is not running any more. Restart `npm run web` and reload.',
  },
}

socket.addEventListener('message', (message) => {
  const data = JSON.parse(String(message.data)) as {
    id?: number
    result?: IpcResult<unknown>
    event?: EventName
    payload?: unknown
  }
  if (data.id !== undefined && data.result) {
    pending.get(data.id)?.(data.result)
    pending.delete(data.id)
  } else if (data.event) {
    for (const listener of listeners) listener(data.event, data.payload)
  }
})
socket.addEventListener('close', () => {
  for (const resolve of pending.values()) resolve(gone)
  pending.clear()
})

window.domainDesk = buildBridge(
  CHANNEL_NAMES,
  EVENT_NAMES,
  async (channel, args) => {
    // Awaited only while connecting: once open, the request leaves in the caller's own task, as
    // ipcRenderer.invoke's does, not after the renderer's next render flush.
    if (socket.readyState === WebSocket.CONNECTING) await open
    if (socket.readyState !== WebSocket.OPEN) return gone
    const id = nextId++
    return new Promise((resolve) => {
      pending.set(id, resolve)
      socket.send(JSON.stringify({ id, channel, args }))
    })
  },
  (listener) => {
    listeners.add(listener)
    return () => listeners.delete(listener)
  },
)
