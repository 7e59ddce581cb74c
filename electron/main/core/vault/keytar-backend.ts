/**
 * The real keychain: `@github/keytar` (macOS Keychain, Windows Credential Manager, the Secret
 * Service on Linux). Loaded on first use rather than imported at the top, because loading its
 * native addon can fail (on Linux it needs libsecret) and that must become a "memory only"
 * status, not a main process that fails to start.
 */
import type { KeytarLike } from './types'

/** The keytar native addon could not be loaded. */
export class KeychainLoadError extends Error {
  constructor(cause: unknown) {
    super(
      `The keychain module could not be loaded: ${cause instanceof Error ? cause.message : String(cause)}`,
    )
    this.name = 'KeychainLoadError'
  }
}

/** Loads keytar; rejects with `KeychainLoadError` when its native addon won't load. */
export async function loadKeytar(): Promise<KeytarLike> {
  try {
    const module: KeytarLike & { default?: KeytarLike } = await import('@github/keytar')
    // keytar is CommonJS: its exports arrive as `default` under Node's ESM loader.
    return module.default ?? module
  } catch (error) {
    throw new KeychainLoadError(error)
  }
}
