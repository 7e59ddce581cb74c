/**
 * The token vault: each account's API token in the OS keychain, cached in main-process memory,
 * and in memory only when no keychain is usable.
 *
 * Memory-only means for this session: nothing is ever written to disk in its place (no
 * plaintext file, no "encrypted" file whose key sits next to it), so after a restart the token
 * is gone and the caller asks the user for it again. `status()` tells the user why and what to
 * do about it.
 *
 * Once a keychain call has failed the vault stops calling it until `recheck()`: a failing
 * keychain tends to keep failing, and a hung call never gives back the libuv worker thread it
 * runs on (there are only four by default, shared with file and DNS access).
 */
import { redactSecrets } from '../vps-api/errors'
import { keychainAdvice } from './keychain-advice'
import { classifyKeychainError, type KeychainProblem } from './keychain-problem'
import { openKeychain } from './keychain'
import type { TokenVault, TokenVaultOptions, VaultStatus } from './types'

/** The keychain service name all accounts' entries are filed under (account = account id). */
export const VAULT_SERVICE = 'Domain Desk (VPS.org API token)'

/** How long one keychain call may take before the vault gives up on the keychain. */
export const DEFAULT_KEYCHAIN_TIMEOUT_MS = 5_000

function checkAccountId(accountId: string): void {
  if (typeof accountId !== 'string' || accountId.length === 0) {
    throw new TypeError('An account id is required.')
  }
}

function checkToken(token: string): void {
  if (typeof token !== 'string' || token.length === 0) {
    throw new TypeError('An empty token cannot be stored.')
  }
}

/** A `TokenVault` on the OS keychain (through keytar unless `options.backend` is given). */
export function createTokenVault(options: TokenVaultOptions = {}): TokenVault {
  const platform = options.platform ?? process.platform
  const timeoutMs = options.timeoutMs ?? DEFAULT_KEYCHAIN_TIMEOUT_MS
  const logger = options.logger ?? { warn() {} }
  const keychain = openKeychain({
    service: options.service ?? VAULT_SERVICE,
    timeoutMs,
    backend: options.backend,
  })

  /** Every token known this session: read from the keychain, or set. */
  const tokens = new Map<string, string>()
  /** Accounts whose token is in `tokens` only, because the keychain was not usable. */
  const memoryOnly = new Set<string>()
  /**
   * Bumped when set() or delete() starts and again when it ends, so that a get() overlapping
   * one of them doesn't cache what it read from the keychain.
   */
  const revisions = new Map<string, number>()
  /** Why tokens go to memory; undefined while the keychain works. */
  let problem: KeychainProblem | undefined
  let probing: Promise<void> | undefined
  // set(), delete() and recheck() run one at a time, so that two writes of one account's entry
  // can't land in the wrong order.
  let queue: Promise<unknown> = Promise.resolve()

  const knownSecrets = () => [...tokens.values()]
  const bump = (accountId: string) => revisions.set(accountId, (revisions.get(accountId) ?? 0) + 1)

  function serialized<T>(run: () => Promise<T>): Promise<T> {
    const result = queue.then(run)
    queue = result.catch(() => undefined)
    return result
  }

  function current(): VaultStatus {
    if (problem === undefined) return { storage: 'keychain' }
    return { storage: 'memory', ...keychainAdvice(problem, platform, timeoutMs) }
  }

  function fallBack(operation: string, error: unknown): void {
    problem = classifyKeychainError(error, platform)
    // keytar's errors come from the OS and can't contain the token; scrub anyway, since this
    // text goes to a log file.
    const detail = redactSecrets(
      error instanceof Error ? error.message : String(error),
      knownSecrets(),
    )
    logger.warn('Keychain not usable; API tokens are kept in memory for this session', {
      operation,
      problem,
      error: detail,
    })
  }

  async function probe(): Promise<void> {
    try {
      await keychain.probe()
      problem = undefined
    } catch (error) {
      fallBack('probe', error)
    }
  }

  async function status(): Promise<VaultStatus> {
    await (probing ??= probe())
    return current()
  }

  async function saveMemoryOnlyTokens(): Promise<void> {
    for (const accountId of [...memoryOnly]) {
      const token = tokens.get(accountId)
      if (token === undefined) continue
      try {
        await keychain.write(accountId, token)
        memoryOnly.delete(accountId)
      } catch (error) {
        fallBack('recheck', error)
        return
      }
    }
  }

  return {
    status,

    recheck: () =>
      serialized(async () => {
        probing = probe()
        await probing
        if (problem === undefined) await saveMemoryOnlyTokens()
        return current()
      }),

    async get(accountId) {
      checkAccountId(accountId)
      const revision = revisions.get(accountId)
      const known = tokens.get(accountId)
      if (known !== undefined) return known
      await status()
      if (problem !== undefined) return tokens.get(accountId)
      let stored: string | undefined
      try {
        stored = await keychain.read(accountId)
      } catch (error) {
        fallBack('get', error)
        return tokens.get(accountId)
      }
      if (revisions.get(accountId) !== revision) return tokens.get(accountId)
      if (stored !== undefined) tokens.set(accountId, stored)
      return stored
    },

    async set(accountId, token) {
      checkAccountId(accountId)
      checkToken(token)
      return serialized(async () => {
        bump(accountId)
        tokens.set(accountId, token)
        await status()
        try {
          if (problem === undefined) {
            try {
              await keychain.write(accountId, token)
              memoryOnly.delete(accountId)
              return { storage: 'keychain' }
            } catch (error) {
              fallBack('set', error)
            }
          }
          memoryOnly.add(accountId)
          return current()
        } finally {
          bump(accountId)
        }
      })
    },

    async delete(accountId) {
      checkAccountId(accountId)
      return serialized(async () => {
        bump(accountId)
        tokens.delete(accountId)
        memoryOnly.delete(accountId)
        await status()
        try {
          // After a timeout another call would only tie up another worker thread, and without
          // keytar there is no keychain to clean. Otherwise try even in memory mode: an entry
          // from an earlier session may still be there, and a deleted token must not outlive it.
          if (problem === 'timeout' || problem === 'not-loaded') return
          await keychain.remove(accountId)
        } catch (error) {
          if (problem === undefined) fallBack('delete', error)
        } finally {
          bump(accountId)
        }
      })
    },

    knownSecrets,
  }
}
