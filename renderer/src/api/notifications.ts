/** Notification settings and the notification centre. */
import type { NotificationHistory, NotificationSettings } from '@shared/ipc/models'
import { bridge, unwrap } from './bridge'

export const fetchNotificationSettings = (): Promise<NotificationSettings> =>
  unwrap(bridge().notifications.settings())
export const saveNotificationSettings = (
  settings: NotificationSettings,
): Promise<NotificationSettings> => unwrap(bridge().notifications.setSettings(settings))
/** The notification centre: top-level entries, or the events under a grouped one. */
export const fetchNotificationHistory = (parentId?: number): Promise<NotificationHistory> =>
  unwrap(bridge().notifications.history(parentId === undefined ? {} : { parentId }))
export const markNotificationsRead = async (): Promise<void> => {
  await unwrap(bridge().notifications.markRead())
}
