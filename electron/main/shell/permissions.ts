import type { Session } from 'electron'

/**
 * The answer to every permission the page asks for (camera, notifications, geolocation, HID,
 * clipboard…): no. The app needs none, so there is nothing to decide per permission or origin.
 */
export function isPermissionGranted(): boolean {
  return false
}

/**
 * Makes a session refuse every permission request and report every permission check as
 * denied, device access (WebHID, WebUSB, Web Serial) included. Call after the app is ready,
 * for `session.defaultSession` (and any other session a window uses).
 */
export function denyAllPermissions(
  session: Pick<
    Session,
    'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'
  >,
): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) =>
    callback(isPermissionGranted()),
  )
  session.setPermissionCheckHandler(() => isPermissionGranted())
  session.setDevicePermissionHandler(() => isPermissionGranted())
}
