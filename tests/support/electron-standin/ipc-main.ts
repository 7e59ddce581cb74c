/**
 * `ipcMain` of the stand-in: `handle` answers `ipcRenderer.invoke`, `on` hears `ipcRenderer.send`,
 * with Electron's rules (one handler per channel; an invoke without one is rejected).
 */
import { EventEmitter } from 'node:events'

/** What a handler receives as its first argument. */
export interface StandinIpcEvent {
  sender: unknown
  senderFrame: { url: string; name: string; top: unknown; parent: unknown } | null
  frameId: number
  processId: number
}

type Handler = (event: StandinIpcEvent, ...args: unknown[]) => unknown

/** The stand-in `ipcMain`: an EventEmitter plus invoke handlers. */
export class StandinIpcMain extends EventEmitter {
  readonly #handlers = new Map<string, Handler>()

  /** Electron throws when a channel already has a handler. */
  handle(channel: string, handler: Handler): void {
    if (this.#handlers.has(channel)) {
      throw new Error(`Attempted to register a second handler for '${channel}'`)
    }
    this.#handlers.set(channel, handler)
  }

  handleOnce(channel: string, handler: Handler): void {
    this.handle(channel, (event, ...args) => {
      this.removeHandler(channel)
      return handler(event, ...args)
    })
  }

  removeHandler(channel: string): void {
    this.#handlers.delete(channel)
  }

  /** Runs the invoke handler the way Electron does: the error text is what the renderer sees. */
  async invoke(channel: string, event: StandinIpcEvent, args: unknown[]): Promise<unknown> {
    const handler = this.#handlers.get(channel)
    if (!handler) throw new Error(`No handler registered for '${channel}'`)
    return handler(event, ...args)
  }
}
