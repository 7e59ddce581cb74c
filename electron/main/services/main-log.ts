/**
 * The token vault and the main log are made together because each needs the other: the log
 * scrubs every secret the vault knows, and the vault's warnings (the keychain is locked, missing
 * or too slow, so tokens stay in memory) must reach the log where support will look for them.
 */
import { join } from 'node:path'
import { createTokenVault, type TokenVault, type TokenVaultOptions } from '../core/vault/index'
import { createFileLogger, type AppLogger } from './logger'

/** Where the main log of a data folder lives. */
export const mainLogPath = (dataDir: string) => join(dataDir, 'logs', 'main.log')

/** A vault whose warnings go to the main log of `dataDir`, and that log. */
export function createVaultWithLog(
  dataDir: string,
  vaultOptions: Omit<TokenVaultOptions, 'logger'> = {},
): { vault: TokenVault; logger: AppLogger } {
  // The logger asks for the secrets at every line, so it can be made before the vault.
  let secrets: () => readonly string[] = () => []
  const logger = createFileLogger(mainLogPath(dataDir), () => secrets())
  const vault = createTokenVault({ ...vaultOptions, logger })
  secrets = () => vault.knownSecrets()
  return { vault, logger }
}
