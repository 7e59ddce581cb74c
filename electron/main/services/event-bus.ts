/**
 * Events main pushes to the renderer (sync progress, connectivity, registration active, transfer
 * completed…). Services emit; the Electron shell and the web preview subscribe and forward.
 */
import type { EventName, EventPayload } from '../../shared/ipc/contract'

export type EventListener = <E extends EventName>(event: E, payload: EventPayload<E>) => void

/** A tiny typed publish/subscribe. */
export class EventBus {
  private readonly listeners = new Set<EventListener>()

  emit<E extends EventName>(event: E, payload: EventPayload<E>): void {
    for (const listener of this.listeners) {
      try {
        listener(event, payload)
      } catch {
        // One broken subscriber (a closed window) must not stop the others.
      }
    }
  }

  /** Subscribes to every event; returns the unsubscribe function. */
  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }
}
