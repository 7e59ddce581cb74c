/** Notification settings and the language main writes notifications in. */
import type { NotificationHistory, NotificationSettings } from '@shared/ipc/models'
import { bridge, unwrap } from './bridge'

export const fetchNotificationSettings = (): Promise<NotificationSettings> =>
  unwrap(bridge().settings.notifications())
export const saveNotificationSettings = (
  settings: NotificationSettings,
): Promise<NotificationSettings> => unwrap(bridge().settings.setNotifications(settings))
export const tellLanguage = async (language: 'en' | 'hy'): Promise<void> => {
  await unwrap(bridge().settings.setLanguage(language))
}
/** Main keeps the theme too, to apply it before the next window's first paint. */
export const tellTheme = async (theme: 'system' | 'light' | 'dark'): Promise<void> => {
  await unwrap(bridge().settings.setTheme(theme))
}
/** The notification centre: top-level entries, or the events under a grouped one. */
export const fetchNotificationHistory = (parentId?: number): Promise<NotificationHistory> =>
  unwrap(bridge().notifications.history(parentId === undefined ? {} : { parentId }))
export const markNotificationsRead = async (): Promise<void> => {
  await unwrap(bridge().notifications.markRead())
}
