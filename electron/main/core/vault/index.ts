/**
 * The token vault: public surface. Main-process only (plain Node, no Electron); tokens never
 * leave the main process.
 */
export { createTokenVault, DEFAULT_KEYCHAIN_TIMEOUT_MS, VAULT_SERVICE } from './token-vault'
export type {
  KeytarLike,
  TokenStorage,
  TokenVault,
  TokenVaultOptions,
  VaultLogger,
  VaultStatus,
} from './types'
