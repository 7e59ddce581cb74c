/**
 * Background watch: the user's opt-in settings ("keep watching when the window is closed",
 * "start at login"), kept in the cache's app_settings, and the count of what needs attention
 * (core/db/attention-query.ts) over every account, recounted whenever main's events may have
 * changed it. Sync and notifications already run on their schedule whether a window is open or
 * not; the shell shows the count in the tray.
 */
import { WatchSettingsSchema, type WatchSettings } from '../../shared/ipc/desktop-models'
import { attentionCount } from '../core/db/attention-query'
import type { Cache } from '../core/db/cache'
import type { EventBus } from './event-bus'
import type { Clock } from '../core/clock'

/** Both off until the user turns them on. */
export const DEFAULT_WATCH_SETTINGS: WatchSettings = { keepWatching: false, startAtLogin: false }

/** Events after which the count may differ. */
const RECOUNT_ON = new Set([
  'sync.finished',
  'registration.active',
  'transfer.completed',
  'accounts.changed',
  'notification',
])

/** The service's collaborators. */
export interface WatchDeps {
  cache: Cache
  bus: EventBus
  accountIds: () => string[]
  /** The notifications' "expiring within N days", which "expiring soon" means here too. */
  expiringWithinDays: () => number
  clock: Clock
}

/** Settings and the attention count. */
export class WatchService {
  #listeners = new Set<(settings: WatchSettings) => void>()

  constructor(private readonly deps: WatchDeps) {}

  /** The saved settings (defaults when none or unreadable). */
  settings(): WatchSettings {
    const stored = this.deps.cache.settings.get('watch', (value) => {
      const result = WatchSettingsSchema.safeParse(value)
      return result.success ? result.data : undefined
    })
    return stored ?? { ...DEFAULT_WATCH_SETTINGS }
  }

  /** Saves the settings and tells the shell (tray, login item). */
  setSettings(settings: WatchSettings): WatchSettings {
    this.deps.cache.settings.set('watch', settings)
    const saved = this.settings()
    for (const listener of this.#listeners) listener(saved)
    return saved
  }

  /** Calls `listener` after every change of the settings; returns how to stop. */
  onSettings(listener: (settings: WatchSettings) => void): () => void {
    this.#listeners.add(listener)
    return () => this.#listeners.delete(listener)
  }

  /** How many things need attention over every account now. */
  attention(): number {
    const now = this.deps.clock.now().getTime()
    const days = this.deps.expiringWithinDays()
    let total = 0
    for (const id of this.deps.accountIds()) {
      const count = attentionCount(this.deps.cache.db, id, now, days)
      total += count.domains + count.transfers + count.registrations
    }
    return total
  }

  /** Calls `listener` with the count now and whenever it may have changed; returns how to stop. */
  watchAttention(listener: (count: number) => void): () => void {
    let last = this.attention()
    listener(last)
    return this.deps.bus.subscribe((event) => {
      if (!RECOUNT_ON.has(event)) return
      const count = this.attention()
      if (count !== last) listener((last = count))
    })
  }
}
