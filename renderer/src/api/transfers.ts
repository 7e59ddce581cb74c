/** Transfers over the bridge: checklist, start (sent once), tracking, steps, settling a lost answer. */
import type { TransferCheck, TransferView } from '@shared/ipc/models'
import { bridge, unwrap } from './bridge'

export const checkTransfer = (accountId: string, domainId: number): Promise<TransferCheck> =>
  unwrap(bridge().transfer.check(accountId, domainId))
export const startTransfer = (
  accountId: string,
  domainId: number,
  input: { authCode: string; autoRenew: boolean },
): Promise<TransferView> => unwrap(bridge().transfer.start(accountId, domainId, input))
export const listTransfers = (accountId: string): Promise<TransferView[]> =>
  unwrap(bridge().transfer.list(accountId))
export const setTransferStep = (
  accountId: string,
  transferId: number,
  index: number,
  done: boolean,
): Promise<TransferView> => unwrap(bridge().transfer.setStep(accountId, transferId, index, done))
export const resolveTransfer = (
  accountId: string,
  transferId: number,
  outcome: 'started' | 'not-started',
): Promise<TransferView> => unwrap(bridge().transfer.resolve(accountId, transferId, outcome))
