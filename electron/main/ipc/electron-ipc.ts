/**
 * The Electron transport of the IPC contract: one `ipcMain.handle` per channel, all going through
 * the dispatcher with the sender frame (the main frame, at the app's URL) checked in one place, and events forwarded to every
 * open window on a single channel. Electron is only a type here; index.ts passes the real objects.
 */
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron'
import { CHANNEL_NAMES, EVENT_CHANNEL } from '../../shared/ipc/channel-names'
import type { EventBus } from '../services/event-bus'
import type { Dispatch } from './dispatcher'

/** Registers every channel; returns a function that removes them again. */
export function registerIpcHandlers(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  dispatch: Dispatch,
  isTrustedSenderUrl: (url: string | undefined) => boolean,
): () => void {
  for (const channel of CHANNEL_NAMES) {
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, ...args: unknown[]) => {
      const frame = event.senderFrame
      const url = frame?.url
      // Only the top frame: an app page loaded into a subframe (by a page that got into the
      // window somehow) must not reach the API through it.
      const mainFrame = frame !== null && frame !== undefined && frame.parent === null
      return dispatch(channel, args, { trusted: mainFrame && isTrustedSenderUrl(url), url })
    })
  }
  return () => {
    for (const channel of CHANNEL_NAMES) ipcMain.removeHandler(channel)
  }
}

/** Sends every bus event to the current windows; returns the unsubscribe function. */
export function forwardEvents(
  bus: EventBus,
  targets: () => Array<Pick<WebContents, 'send' | 'isDestroyed'>>,
): () => void {
  return bus.subscribe((event, payload) => {
    for (const contents of targets())
      if (!contents.isDestroyed()) contents.send(EVENT_CHANNEL, { event, payload })
  })
}
