/**
 * The preload: exposes `window.domainDesk` — one named function per contract channel and `on()`
 * for events — and nothing else: no ipcRenderer, no process, no Node. Runs sandboxed (CommonJS).
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { buildBridge } from '../shared/ipc/bridge'
import { CHANNEL_NAMES, EVENT_CHANNEL, EVENT_NAMES } from '../shared/ipc/channel-names'
import type { EventName } from '../shared/ipc/contract'

const api = buildBridge(
  CHANNEL_NAMES,
  EVENT_NAMES,
  (channel, args) => ipcRenderer.invoke(channel, ...args),
  (listener) => {
    const forward = (_event: IpcRendererEvent, message: { event: EventName; payload: unknown }) =>
      listener(message.event, message.payload)
    ipcRenderer.on(EVENT_CHANNEL, forward)
    return () => ipcRenderer.removeListener(EVENT_CHANNEL, forward)
  },
)

contextBridge.exposeInMainWorld('domainDesk', api)
