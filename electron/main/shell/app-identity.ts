/**
 * The app's identity towards the OS. On Windows, notifications carry the name of the
 * AppUserModelID's shortcut, which the NSIS installer creates with electron-builder's `appId`;
 * without setting the same ID the app's notifications say "electron.app.Domain Desk".
 * tests/electron/packaging/builder-config.test.ts keeps it equal to `appId`.
 */
export const APP_USER_MODEL_ID = 'org.domaindesk.app'
