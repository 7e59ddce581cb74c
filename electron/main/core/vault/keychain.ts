/**
 * One service's entries in the keychain, every call under a time limit. Failures are passed on
 * as they are (the vault decides what they mean); nothing here stores or logs a token.
 */
import { loadKeytar } from './keytar-backend'
import { withTimeout } from './timeout'
import type { KeytarLike } from './types'

/**
 * The account read by the probe. It never holds anything: reading a missing entry is the most
 * harmless call that still has to reach the keychain, and it triggers no unlock prompt.
 */
const PROBE_ACCOUNT = 'domain-desk-probe'

/** The keychain entries of one service, one per account. */
export interface Keychain {
  /** Resolves when the keychain answers a read. */
  probe(): Promise<void>
  read(account: string): Promise<string | undefined>
  write(account: string, token: string): Promise<void>
  /** Resolves whether or not there was an entry. */
  remove(account: string): Promise<void>
}

/** A `Keychain` on `backend`, or on keytar (loaded on first use) when none is given. */
export function openKeychain(options: {
  service: string
  timeoutMs: number
  backend?: KeytarLike
}): Keychain {
  const { service, timeoutMs } = options
  let loading: Promise<KeytarLike> | undefined
  const backend = () => {
    if (options.backend) return Promise.resolve(options.backend)
    // A failed load is not kept: once the user installed libsecret, recheck() may succeed.
    loading ??= loadKeytar().catch((error: unknown) => {
      loading = undefined
      throw error
    })
    return loading
  }
  const call = async <T>(run: (keytar: KeytarLike) => Promise<T>): Promise<T> => {
    const keytar = await backend()
    return withTimeout(() => run(keytar), timeoutMs)
  }

  return {
    async probe() {
      await call((keytar) => keytar.getPassword(service, PROBE_ACCOUNT))
    },
    async read(account) {
      return (await call((keytar) => keytar.getPassword(service, account))) ?? undefined
    },
    async write(account, token) {
      await call((keytar) => keytar.setPassword(service, account, token))
    },
    async remove(account) {
      await call((keytar) => keytar.deletePassword(service, account))
    },
  }
}
