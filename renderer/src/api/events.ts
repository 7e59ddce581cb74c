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

/** How often, at most, a sync's progress makes a store read again what the window shows. */
export const PROGRESS_RELOAD_MS = 1000

/**
 * Listens to sync progress: `reload` runs when `due` says that more has arrived than the window
 * shows (a first sync writes each page as it lands), at most once every PROGRESS_RELOAD_MS,
 * since pages land many times a second.
 */
export function onProgressReload(
  due: (progress: EventPayload<'sync.progress'>) => boolean,
  reload: () => void,
): () => void {
  let loadedAt = -Infinity
  return onEvent('sync.progress', (progress) => {
    if (!due(progress)) return
    const now = Date.now()
    if (now - loadedAt < PROGRESS_RELOAD_MS) return
    loadedAt = now
    reload()
  })
}
