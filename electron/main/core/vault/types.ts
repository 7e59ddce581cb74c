/**
 * The token vault's public types. The vault is main-process only: tokens never cross IPC, and
 * the renderer only ever sees a `VaultStatus`.
 */

/** Where tokens are kept: the OS keychain, or main-process memory for this session only. */
export type TokenStorage = 'keychain' | 'memory'

/** Where tokens go right now, and (when that is memory) why and how to fix it. */
export interface VaultStatus {
  storage: TokenStorage
  /** Why not the keychain, for the user. */
  reason?: string
  /** How to fix it. */
  fix?: string
}

/**
 * The API tokens of all accounts, one keychain entry per account under one service name.
 *
 * When no keychain is usable the vault keeps tokens in memory instead: they are gone once the
 * app quits, so after a restart `get()` returns `undefined` and the caller asks the user again.
 */
export interface TokenVault {
  /** Where tokens go right now; probes the keychain once (cached), re-probe with recheck(). */
  status(): Promise<VaultStatus>
  /**
   * Probes the keychain again (after the user unlocked or started it). When it works, tokens
   * that were only in memory are saved to it.
   */
  recheck(): Promise<VaultStatus>
  /** The account's token: from memory once read, else from the keychain. */
  get(accountId: string): Promise<string | undefined>
  /** Stores a token; returns where it ended up. */
  set(accountId: string, token: string): Promise<VaultStatus>
  /** Removes the token from memory and from the keychain; a missing entry is fine. */
  delete(accountId: string): Promise<void>
  /** Every token currently known in memory (for log redaction). Never exposed outside main. */
  knownSecrets(): string[]
}

/** The part of the keytar API the vault uses (tests inject a fake). */
export interface KeytarLike {
  getPassword(service: string, account: string): Promise<string | null>
  setPassword(service: string, account: string, password: string): Promise<void>
  deletePassword(service: string, account: string): Promise<boolean>
}

/** Where the vault reports keychain trouble (the main process passes its own logger). */
export interface VaultLogger {
  warn(msg: string, fields?: Record<string, unknown>): void
}

/** Options of `createTokenVault`; all optional, the defaults are what the app uses. */
export interface TokenVaultOptions {
  /** Keychain service name; defaults to `VAULT_SERVICE`. Tests pass a unique one. */
  service?: string
  /** Defaults to `@github/keytar`, loaded on first use. */
  backend?: KeytarLike
  /** Limit for each keychain call; defaults to 5 s. */
  timeoutMs?: number
  /** Picks the advice wording; defaults to `process.platform`. */
  platform?: NodeJS.Platform
  logger?: VaultLogger
}
