/** Background watch and updates over the bridge. */
import type { UpdateState, WatchSettings } from '@shared/ipc/desktop-models'
import { bridge, unwrap } from './bridge'

/** "Keep watching when the window is closed" and "Start at login". */
export function fetchWatchSettings(): Promise<WatchSettings> {
  return unwrap(bridge().watch.settings())
}

/** Saves both watch settings; main applies them (tray, login item) at once. */
export function saveWatchSettings(settings: WatchSettings): Promise<WatchSettings> {
  return unwrap(bridge().watch.setSettings(settings))
}

/** Where the update check is. */
export function fetchUpdateState(): Promise<UpdateState> {
  return unwrap(bridge().app.updateState())
}

/** Asks the release feed for a newer version; downloads nothing. */
export function checkForUpdates(): Promise<UpdateState> {
  return unwrap(bridge().app.checkForUpdates())
}

/** Downloads the offered version: only from the user's button. */
export function downloadUpdate(): Promise<UpdateState> {
  return unwrap(bridge().app.downloadUpdate())
}

/** Installs the downloaded update when the app quits, or now (restarting the app). */
export function installUpdate(when: 'on-quit' | 'now'): Promise<UpdateState> {
  return unwrap(bridge().app.installUpdate(when))
}
