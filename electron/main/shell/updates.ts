/**
 * electron-updater's `autoUpdater` for the update service, created only when the user first
 * asks for a check. It reads the app-update.yml electron-builder writes from `publish`.
 */
import electronUpdater from 'electron-updater'
import type { Updater } from '../services/update-service'

/** The platform's updater (NSIS, macOS zip, AppImage or deb). */
export function createElectronUpdater(): Updater {
  return electronUpdater.autoUpdater
}
