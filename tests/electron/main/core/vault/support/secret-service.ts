/**
 * Whether the real Secret Service is reachable, for the tests that use it. CI always provides
 * one (see .ci/run), so when it is missing those tests fail with instructions rather than skip:
 * a skipped keychain test would hide exactly the failure it exists to catch.
 */
import keytar from '@github/keytar'
import { withTimeout } from '../../../../../../electron/main/core/vault/timeout'

const HOW_TO_RUN =
  "Run the vault tests inside a private D-Bus session with an unlocked GNOME Keyring, as .ci/run does:\n  dbus-run-session -- bash -c 'export XDG_DATA_HOME=$(mktemp -d) XDG_CACHE_HOME=$(mktemp -d); echo -n pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null; npx vitest run tests/electron/main/core/vault'"

/** Why the OS keychain can't be used by these tests, or undefined when it can. */
export async function keychainProblem(service: string): Promise<string | undefined> {
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
