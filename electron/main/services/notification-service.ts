/**
 * Notifications: a registration became active, a transfer completed or became overdue, domains
 * expire soon with auto-renew off (at most daily, N days configurable), syncing has failed for
 * hours. Each is sent once (remembered in the cache), as an OS notification through the port
 * (Electron) and as an event for the renderer (toasts in the web preview); each names a route.
 * Events that arrive together (one sync announces every activation it found at once) are
 * grouped per kind: up to PER_KIND_CAP are sent one by one, more become ONE notification
 * ("228 registrations are active") that opens their list. Events that trickle in (a bulk change
 * or the details refresh learns one activation at a time, for minutes) would still flood the
 * screen, so after a kind's notification for an account, more of that kind wait QUIET_MS and then
 * go together: at most one notification of a kind per account a minute. Every notification, and
 * every event under a group, is kept in the notification centre's history.
 */
import type {
  AppNotification,
  NotificationHistory,
  NotificationSettings,
} from '../../shared/ipc/models'
import { NotificationSettingsSchema } from '../../shared/ipc/models'
import type { Cache } from '../core/db/cache'
import type { EventBus } from './event-bus'
import type { ExportLanguage } from './export-text'
import { message, parseMessage, renderMessage, type NotificationMessage } from './notification-text'
import type { Clock } from '../core/clock'
import { endOfDayAfter } from '../core/calendar-days'

/** Where notifications are shown outside the window (Electron's Notification); optional. */
export interface NotificationPort {
  show(notification: AppNotification): void
}

/** More events of one kind arriving together than this are sent as one grouped notification. */
export const PER_KIND_CAP = 3

/** After a kind's notification for an account, how long more of that kind wait (ms). */
export const QUIET_MS = 60_000

/** A domain event waiting to be sent with the others that arrive in the same turn. */
interface DomainEvent {
  kind: 'registration.active' | 'transfer.completed'
  accountId: string
  domainId: number
  domainName: string
}
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
  clock: Clock
  /** The language notifications are written in (the page's; see AppearanceService). */
  language: () => ExportLanguage
  /** {@link QUIET_MS} unless told otherwise (tests). */
  quietMs?: number
}

/** Decides, remembers and sends notifications. */
export class NotificationService {
  private timer: NodeJS.Timeout | undefined
  private readonly stops: Array<() => void> = []
  private batch: DomainEvent[] = []
  /** Kinds (per account) in their quiet time, with the events that wait for its end. */
  private readonly quiet = new Map<string, { timer: NodeJS.Timeout; held: DomainEvent[] }>()

  constructor(private readonly deps: NotificationDeps) {}

  private now(): number {
    return this.deps.clock.now().getTime()
  }

  settings(): NotificationSettings {
    const stored = this.deps.cache.settings.get('notifications', (value) => {
      const parsed = NotificationSettingsSchema.safeParse(value)
      return parsed.success ? parsed.data : undefined
    })
    return stored ?? { ...DEFAULT_NOTIFICATION_SETTINGS }
  }

  setSettings(settings: NotificationSettings): NotificationSettings {
    this.deps.cache.settings.set('notifications', settings)
    return this.settings()
  }

  /** The notification centre: the newest 200 notifications, or every event under a group. */
  history(parentId?: number): NotificationHistory {
    const log = this.deps.cache.notificationLog
    const entries = log.list({ parentId, limit: parentId === undefined ? 200 : 100_000 })
    return {
      // In the language read now; entries kept before messages were stored keep their words.
      entries: entries.map(({ message: stored, ...entry }) => {
        const m = parseMessage(stored)
        return m ? { ...entry, ...renderMessage(this.deps.language(), m) } : entry
      }),
      unread: log.unread(),
    }
  }

  /** Everything in the centre has been seen. */
  markRead(): void {
    this.deps.cache.notificationLog.markAllRead()
  }

  /** Sends a notification once per (kind, key). Returns whether it was sent. */
  notify(
    kind: AppNotification['kind'],
    key: string,
    m: NotificationMessage,
    route: string,
  ): boolean {
    if (!this.settings().enabled) return false
    if (!this.deps.cache.notificationsSent.claim(kind, key, new Date(this.now()).toISOString()))
      return false
    this.send({ kind, ...renderMessage(this.deps.language(), m), route }, { message: m })
    return true
  }

  /** Shows a notification (event and OS) and keeps it in the history. */
  private send(
    notification: AppNotification,
    extra: { accountId?: string; message: NotificationMessage },
  ): number {
    const id = this.deps.cache.notificationLog.add({
      ...notification,
      accountId: extra.accountId,
      message: JSON.stringify(extra.message),
      at: new Date(this.now()).toISOString(),
    })
    this.deps.bus.emit('notification', notification)
    this.deps.port?.show(notification)
    return id
  }

  /** Queues a domain event; everything queued in this turn is sent together. */
  private enqueue(event: DomainEvent): void {
    if (this.batch.length === 0) queueMicrotask(() => this.flush())
    this.batch.push(event)
  }

  /**
   * Sends the queued events: one by one up to the cap per kind and account, else grouped; a kind
   * in its quiet time keeps them until it ends.
   */
  flush(): void {
    const due = this.batch
    this.batch = []
    const groups = new Map<string, DomainEvent[]>()
    for (const e of due) {
      const key = `${e.kind}\u0000${e.accountId}`
      groups.set(key, [...(groups.get(key) ?? []), e])
    }
    for (const [key, events] of groups) {
      const waiting = this.quiet.get(key)
      if (waiting) waiting.held.push(...events)
      else this.sendEvents(key, events)
    }
  }

  /** Sends one kind's events for one account now; anything sent starts the kind's quiet time. */
  private sendEvents(key: string, all: DomainEvent[]): void {
    if (!this.settings().enabled) return
    const at = new Date(this.now()).toISOString()
    // Sent once per (kind, key), as single notifications always were; claimed only when sent,
    // so that events held in a quiet time are not lost by a quit.
    const events = all.filter((e) =>
      this.deps.cache.notificationsSent.claim(e.kind, `${e.accountId}:${e.domainId}`, at),
    )
    if (events.length === 0) return
    const timer = setTimeout(() => {
      const { held } = this.quiet.get(key)!
      this.quiet.delete(key)
      if (held.length > 0) this.sendEvents(key, held)
    }, this.deps.quietMs ?? QUIET_MS)
    timer.unref?.()
    this.quiet.set(key, { timer, held: [] })
    const render = (m: NotificationMessage) => renderMessage(this.deps.language(), m)
    const single = (e: DomainEvent) => {
      const m =
        e.kind === 'registration.active'
          ? message('registrationActive', e.domainName)
          : message('transferCompleted', e.domainName)
      const route = e.kind === 'registration.active' ? `/domains/${e.domainId}` : '/transfers'
      return { ...render(m), route, message: m }
    }
    const { kind, accountId } = events[0]!
    if (events.length <= PER_KIND_CAP) {
      for (const e of events) {
        const { message: m, ...content } = single(e)
        this.send({ kind, ...content }, { accountId, message: m })
      }
      return
    }
    const groupMessage =
      kind === 'registration.active'
        ? message('registrationsActive', events.length)
        : message('transfersCompleted', events.length)
    const content = render(groupMessage)
    const stored = (m: NotificationMessage) => JSON.stringify(m)
    const parentId = this.deps.cache.notificationLog.addGroup(
      { kind, ...content, count: events.length, accountId, at, message: stored(groupMessage) },
      (id) => `/portfolio?notification=${id}`,
      events.map((e) => {
        const { message: m, ...one } = single(e)
        return { kind, ...one, accountId, domainId: e.domainId, at, message: stored(m) }
      }),
    )
    const notification = {
      kind,
      ...content,
      route: `/portfolio?notification=${parentId}`,
      count: events.length,
    }
    this.deps.bus.emit('notification', notification)
    this.deps.port?.show(notification)
  }

  /** The periodic checks: expiring with auto-renew off, overdue transfers, failing syncs. */
  check(): void {
    const settings = this.settings()
    const now = this.now()
    const today = new Date(now).toISOString().slice(0, 10)
    for (const account of this.deps.accounts()) {
      const expiring = this.deps.cache.domains.countLapsing(
        account.id,
        now,
        endOfDayAfter(now, settings.expiringWithinDays),
      )
      if (expiring > 0) {
        this.notify(
          'expiring',
          `${account.id}:${today}`,
          message('expiring', expiring, settings.expiringWithinDays, account.label),
          '/calendar',
        )
      }
      for (const t of this.deps.cache.transfers.open(account.id)) {
        if (t.estimatedCompletion && Date.parse(t.estimatedCompletion) < now) {
          this.notify(
            'transfer.overdue',
            `${t.id}`,
            message('transferOverdue', t.domainName),
            '/transfers',
          )
        }
      }
      const lastOk = this.deps.cache.syncRuns.lastSuccess(account.id)
      const last = this.deps.cache.syncRuns.last(account.id)
      const since = lastOk?.finishedAt ?? this.deps.cache.syncRuns.firstStartedAt(account.id)
      if (
        last?.status === 'failed' &&
        since &&
        now - Date.parse(since) >= settings.syncFailingHours * 3_600_000
      ) {
        this.notify(
          'sync.failing',
          `${account.id}:${lastOk?.id ?? 'never'}`,
          message('syncFailing', account.label, settings.syncFailingHours),
          '/settings',
        )
      }
    }
  }

  /** Listens to main's events and checks every `intervalMs` (and once now). */
  start(intervalMs = 60 * 60_000): void {
    this.stops.push(
      this.deps.bus.subscribe((event, payload) => {
        if (event === 'registration.active' || event === 'transfer.completed') {
          const p = payload as { accountId: string; domainId: number; domainName: string }
          this.enqueue({ kind: event, ...p })
        }
      }),
    )
    this.timer = setInterval(() => this.check(), intervalMs)
    this.timer.unref?.()
    this.check()
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer)
    for (const { timer } of this.quiet.values()) clearTimeout(timer)
    this.quiet.clear()
    this.stops.splice(0).forEach((s) => s())
  }
}
