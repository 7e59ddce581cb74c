/**
 * Whether the real keychain may and can be used by the tests that need it.
 *
 * On Linux they run only inside the private D-Bus session with a throw-away GNOME Keyring that
 * `npm test` / `npm run test:unit` start (scripts/run-tests.ts), never against the developer's own
 * keyring; anywhere else they fail with instructions rather than skip, because a skipped keychain
 * test would hide exactly the failure it exists to catch. On macOS and Windows the only keychain is
 * the user's own, so there they run only when asked (`realKeychainTestsAllowed`).
 */
import keytar from '@github/keytar'
import { withTimeout } from '../../../../../../electron/main/core/vault/timeout'
import {
  KEYCHAIN_TESTS_VARIABLE,
  PRIVATE_KEYRING_VARIABLE,
} from '../../../../../../scripts/test-env'

const HOW_TO_RUN =
  'Run them through `npm run test:unit -- tests/electron/main/core/vault` (or `npm test`), which ' +
  'starts a private D-Bus session with a throw-away GNOME Keyring.'

/** False on macOS and Windows unless DOMAIN_DESK_KEYCHAIN_TESTS=1: the keychain there is the user's. */
export function realKeychainTestsAllowed(env: NodeJS.ProcessEnv = process.env): boolean {
  return process.platform === 'linux' || env[KEYCHAIN_TESTS_VARIABLE] === '1'
}

/** Why the OS keychain can't be used by these tests, or undefined when it can. */
export async function keychainProblem(service: string): Promise<string | undefined> {
  if (process.platform === 'linux' && process.env[PRIVATE_KEYRING_VARIABLE] !== '1') {
    return `These tests write to the Secret Service, so they run only in a private, throw-away keyring session.\n${HOW_TO_RUN}`
  }
  if (process.platform === 'linux' && !process.env.DBUS_SESSION_BUS_ADDRESS) {
    return `No D-Bus session (DBUS_SESSION_BUS_ADDRESS is not set), so there is no Secret Service.\n${HOW_TO_RUN}`
  }
  try {
    await withTimeout(() => keytar.getPassword(service, 'probe'), 5_000)
    return undefined
  } catch (error) {
    return `The keychain did not answer a probe (${String(error)}).\n${HOW_TO_RUN}`
  }
}
