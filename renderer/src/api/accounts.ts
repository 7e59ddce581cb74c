/** Account calls over the bridge. The token travels only in `add` and `changeToken`, once. */
import type { AccountView } from '@shared/ipc/models'
import { bridge, unwrap } from './bridge'

/** Every account main knows (never a token). */
export const listAccounts = (): Promise<AccountView[]> => unwrap(bridge().accounts.list())
/** Adds an account; main proves the token with VPS.org before saving it in the keychain. */
export const addAccount = (input: {
  label: string
  baseUrl?: string
  token: string
}): Promise<AccountView> => unwrap(bridge().accounts.add(input))
/** Connects the built-in demo account (the sandbox registrar inside main). */
export const connectDemo = (): Promise<AccountView> => unwrap(bridge().accounts.connectDemo())
/** Renames an account. */
export const renameAccount = (id: string, label: string): Promise<AccountView> =>
  unwrap(bridge().accounts.rename(id, label))
/** Replaces an account's token once main has proved it. */
export const changeToken = (id: string, token: string): Promise<AccountView> =>
  unwrap(bridge().accounts.changeToken(id, token))
/** Removes an account, its keychain entry and its cached data. */
export const removeAccount = async (id: string): Promise<void> => {
  await unwrap(bridge().accounts.remove(id))
}
