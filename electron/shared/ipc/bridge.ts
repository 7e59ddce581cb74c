/**
 * The shape of `window.domainDesk`: one async function per channel, grouped by area
 * (`accounts.add` → `domainDesk.accounts.add(...)`), each resolving to an IpcResult, plus `on()`
 * for events, which returns an unsubscribe function. Derived from the contract, so the preload
 * (Electron) and the web preview (WebSocket) provide the same thing.
 */
import type { ChannelArgs, ChannelName, ChannelResult, EventName, EventPayload } from './contract'
import type { IpcResult } from './errors'

type Area<C extends string> = C extends `${infer A}.${string}` ? A : never
type Method<C extends string> = C extends `${string}.${infer M}` ? M : never

/** The functions of one area, e.g. `accounts`. */
export type AreaApi<A extends string> = {
  [C in ChannelName as Area<C> extends A ? Method<C> : never]: (
    ...args: ChannelArgs<C>
  ) => Promise<IpcResult<ChannelResult<C>>>
}

/** What the renderer gets as `window.domainDesk`. */
export type DomainDeskApi = { [A in Area<ChannelName>]: AreaApi<A> } & {
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void
}

/** A transport: how one call travels (ipcRenderer.invoke, or a WebSocket). */
export type Invoke = (channel: ChannelName, args: unknown[]) => Promise<unknown>
/** How events arrive: subscribe to all, get an unsubscribe. */
export type Subscribe = (listener: (event: EventName, payload: unknown) => void) => () => void

/** Builds the bridge object from a transport. Used by the preload and the web preview. */
export function buildBridge(
  channelNames: readonly ChannelName[],
  eventNames: readonly EventName[],
  invoke: Invoke,
  subscribe: Subscribe,
): DomainDeskApi {
  const api: Record<string, Record<string, unknown>> = {}
  for (const name of channelNames) {
    const [area, method] = name.split('.') as [string, string]
    api[area] ??= {}
    api[area][method] = (...args: unknown[]) => invoke(name, args)
  }
  const known = new Set<string>(eventNames)
  const on = (event: EventName, listener: (payload: unknown) => void) => {
    if (!known.has(event)) throw new Error(`Unknown Domain Desk event "${String(event)}".`)
    return subscribe((name, payload) => {
      if (name === event) listener(payload)
    })
  }
  for (const area of Object.values(api)) Object.freeze(area)
  return Object.freeze({ ...api, on }) as unknown as DomainDeskApi
}
