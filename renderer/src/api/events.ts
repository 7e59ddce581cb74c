/** Subscriptions to events pushed by the main process; each returns its unsubscribe function. */
import type { EventName, EventPayload } from '@shared/ipc/contract'
import { hasBridge, bridge } from './bridge'

/** Listens to one event; a no-op (returning a no-op) when the page has no bridge. */
export function onEvent<E extends EventName>(
  event: E,
  listener: (payload: EventPayload<E>) => void,
): () => void {
  if (!hasBridge()) return () => {}
  return bridge().on(event, listener)
}
