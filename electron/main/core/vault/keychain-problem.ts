/**
 * Why a keychain call failed, sorted into the few cases the user can do something different
 * about. keytar only hands over an error message (no codes), so this matches on the messages
 * libsecret, D-Bus and the OS keychains actually produce.
 */
import { KeychainLoadError } from './keytar-backend'
import { KeychainTimeoutError } from './timeout'

/**
 * - `no-secret-service`: Linux, nothing answers on D-Bus for the Secret Service.
 * - `locked`: Linux, the keyring is locked or has no default collection, and unlocking failed.
 * - `timeout`: the keychain did not answer in time (often a prompt waiting for the user).
 * - `not-loaded`: the keytar native addon would not load (e.g. libsecret is missing).
 * - `refused`: anything else the keychain reported.
 */
export type KeychainProblem = 'no-secret-service' | 'locked' | 'timeout' | 'not-loaded' | 'refused'

// "Cannot autolaunch D-Bus without X11 $DISPLAY" (no session bus address), "Could not connect:
// No such file or directory" (a bus address that leads nowhere), and the D-Bus errors of a bus
// on which no Secret Service is running or can be started.
const NO_SECRET_SERVICE =
  /autolaunch D-Bus|Could not connect|Failed to connect|ServiceUnknown|NoReply|Spawn\.|not provided by any \.service files|DBUS_SESSION_BUS_ADDRESS/i

// "Object does not exist at path /org/freedesktop/secrets/collection/login" (no default keyring
// and the prompt to create one could not be shown), "Cannot create an item in a locked
// collection", a dismissed unlock prompt.
const LOCKED = /locked|collection|prompt|dismissed|cancel/i

/** Sorts a keychain failure into a `KeychainProblem`. */
export function classifyKeychainError(error: unknown, platform: NodeJS.Platform): KeychainProblem {
  if (error instanceof KeychainTimeoutError) return 'timeout'
  if (error instanceof KeychainLoadError) return 'not-loaded'
  if (platform === 'darwin' || platform === 'win32') return 'refused'
  const message = error instanceof Error ? error.message : String(error)
  if (NO_SECRET_SERVICE.test(message)) return 'no-secret-service'
  if (LOCKED.test(message)) return 'locked'
  return 'refused'
}
