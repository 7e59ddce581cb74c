/**
 * OS notifications through Electron's Notification: clicking one brings the window back and
 * asks the renderer to open the notification's page.
 */
import { Notification, type BrowserWindow } from 'electron'
import type { AppNotification } from '../../shared/ipc/models'

/** A notification port for the services (see services/notification-service.ts). */
export function osNotificationPort(
  window: () => BrowserWindow | undefined,
  navigate: (route: string) => void,
) {
  return {
    show(n: AppNotification): void {
      if (!Notification.isSupported()) return
      const notification = new Notification({ title: n.title, body: n.body, silent: false })
      notification.on('click', () => {
        const w = window()
        if (w) {
          if (w.isMinimized()) w.restore()
          w.show()
          w.focus()
        }
        navigate(n.route)
      })
      notification.show()
    },
  }
}
