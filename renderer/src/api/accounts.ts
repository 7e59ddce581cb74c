/** Account calls over the bridge. The token travels only in `add` and `changeToken`, once. */
import type { AccountView } from '@shared/ipc/models'
import { bridge, unwrap } from './bridge'

export const listAccounts = (): Promise<AccountView[]> => unwrap(bridge().accounts.list())
export const addAccount = (input: {
  label: string
  baseUrl?: string
  token: string
}): Promise<AccountView> => unwrap(bridge().accounts.add(input))
export const connectDemo = (): Promise<AccountView> => unwrap(bridge().accounts.connectDemo())
export const renameAccount = (id: string, label: string): Promise<AccountView> =>
  unwrap(bridge().accounts.rename(id, label))
export const changeToken = (id: string, token: string): Promise<AccountView> =>
  unwrap(bridge().accounts.changeToken(id, token))
export const removeAccount = async (id: string): Promise<void> => {
  await unwrap(bridge().accounts.remove(id))
}
