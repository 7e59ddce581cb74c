/**
 * Notifications: a registration became active, a transfer completed or became overdue, domains
 * expire soon with auto-renew off (at most daily, N days configurable), syncing has failed for
 * hours. Each is sent once (remembered in the cache), as an OS notification through the port
 * (Electron) and as an event for the renderer (toasts in the web preview); each names a route.
 */
import type { AppNotification, NotificationSettings } from '../../shared/ipc/models'
import { NotificationSettingsSchema } from '../../shared/ipc/models'
import type { Cache } from '../core/db/cache'
import { row, scalar } from '../core/db/sqlite'
import type { EventBus } from './event-bus'
import type { ExportLanguage } from './export-text'
import { NOTIFICATION_TEXT } from './notification-text'

/** Where notifications are shown outside the window (Electron's Notification); optional. */
export interface NotificationPort {
  show(notification: AppNotification): void
}

const DAY = 86_400_000
export const DEFAULT_NOTIFICATION_SETTINGS: NotificationSettings = {
  enabled: true,
  expiringWithinDays: 30,
  syncFailingHours: 6,
}

export interface NotificationDeps {
  cache: Cache
  bus: EventBus
  accounts: () => Array<{ id: string; label: string }>
  port?: NotificationPort
  now?: () => Date
}

/** Decides, remembers and sends notifications. */
export class NotificationService {
  private language: ExportLanguage = 'en'
  private timer: NodeJS.Timeout | undefined
  private readonly stops: Array<() => void> = []

  constructor(private readonly deps: NotificationDeps) {}

  private now(): number {
    return (this.deps.now?.() ?? new Date()).getTime()
  }

  settings(): NotificationSettings {
    const stored = scalar<string>(
      this.deps.cache.db,
      "SELECT value FROM app_settings WHERE key = 'notifications'",
    )
    const parsed = stored ? NotificationSettingsSchema.safeParse(JSON.parse(stored)) : undefined
    return parsed?.success ? parsed.data : { ...DEFAULT_NOTIFICATION_SETTINGS }
  }

  setSettings(settings: NotificationSettings): NotificationSettings {
    this.deps.cache.db
      .prepare("INSERT OR REPLACE INTO app_settings (key, value) VALUES ('notifications', ?)")
      .run(JSON.stringify(settings))
    return this.settings()
  }

  /** The language notifications are written in (the renderer's). */
  setLanguage(language: ExportLanguage): void {
    this.language = language
  }

  /** The renderer's language, for other texts main shows (crash dialogs). */
  currentLanguage(): ExportLanguage {
    return this.language
  }

  /** Sends a notification once per (kind, key). Returns whether it was sent. */
  notify(
    kind: AppNotification['kind'],
    key: string,
    content: Pick<AppNotification, 'title' | 'body' | 'route'>,
  ): boolean {
    if (!this.settings().enabled) return false
    const { cache } = this.deps
    const fresh =
      cache.db
        .prepare('INSERT OR IGNORE INTO notifications_sent (kind, key, at) VALUES (?, ?, ?)')
        .run(kind, key, new Date(this.now()).toISOString()).changes === 1
    if (!fresh) return false
    const notification = { kind, ...content }
    this.deps.bus.emit('notification', notification)
    this.deps.port?.show(notification)
    return true
  }

  /** The periodic checks: expiring with auto-renew off, overdue transfers, failing syncs. */
  check(): void {
    const text = NOTIFICATION_TEXT[this.language]
    const settings = this.settings()
    const now = this.now()
    const today = new Date(now).toISOString().slice(0, 10)
    for (const account of this.deps.accounts()) {
      const expiring =
        scalar<number>(
          this.deps.cache.db,
          "SELECT count(*) FROM domains WHERE account_id = ? AND removed_at IS NULL AND auto_renew = 0 AND status <> 'expired' AND expires_at >= ? AND expires_at < ?",
          account.id,
          now,
          now + settings.expiringWithinDays * DAY,
        ) ?? 0
      if (expiring > 0) {
        this.notify('expiring', `${account.id}:${today}`, {
          ...text.expiring(expiring, settings.expiringWithinDays, account.label),
          route: '/calendar',
        })
      }
      for (const t of this.deps.cache.transfers.open(account.id)) {
        if (t.estimatedCompletion && Date.parse(t.estimatedCompletion) < now) {
          this.notify('transfer.overdue', `${t.id}`, {
            ...text.transferOverdue(t.domainName),
            route: '/transfers',
          })
        }
      }
      const lastOk = this.deps.cache.syncRuns.lastSuccess(account.id)
      const last = this.deps.cache.syncRuns.last(account.id)
      const since =
        lastOk?.finishedAt ??
        row<{ started_at: string }>(
          this.deps.cache.db,
          'SELECT min(started_at) AS started_at FROM sync_runs WHERE account_id = ?',
          account.id,
        )?.started_at
      if (
        last?.status === 'failed' &&
        since &&
        now - Date.parse(since) >= settings.syncFailingHours * 3_600_000
      ) {
        this.notify('sync.failing', `${account.id}:${lastOk?.id ?? 'never'}`, {
          ...text.syncFailing(account.label, settings.syncFailingHours),
          route: '/settings',
        })
      }
    }
  }

  /** Listens to main's events and checks every `intervalMs` (and once now). */
  start(intervalMs = 60 * 60_000): void {
    const text = () => NOTIFICATION_TEXT[this.language]
    this.stops.push(
      this.deps.bus.subscribe((event, payload) => {
        if (event === 'registration.active') {
          const p = payload as { accountId: string; domainId: number; domainName: string }
          this.notify('registration.active', `${p.accountId}:${p.domainId}`, {
            ...text().registrationActive(p.domainName),
            route: `/domains/${p.domainId}`,
          })
        } else if (event === 'transfer.completed') {
          const p = payload as { accountId: string; domainId: number; domainName: string }
          this.notify('transfer.completed', `${p.accountId}:${p.domainId}`, {
            ...text().transferCompleted(p.domainName),
            route: '/transfers',
          })
        }
      }),
    )
    this.timer = setInterval(() => this.check(), intervalMs)
    this.timer.unref?.()
    this.check()
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer)
    this.stops.splice(0).forEach((s) => s())
  }
}
