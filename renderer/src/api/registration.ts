/** Registration over the bridge: estimate, prepare (journal), confirm (one POST), intents. */
import type { Estimate, RegistrationIntent, RegistrationRequest } from '@shared/ipc/models'
import { bridge, unwrap } from './bridge'

export const estimateRegistration = (name: string, years: number): Promise<Estimate> =>
  unwrap(bridge().register.estimate(name, years))
export const prepareRegistration = (
  accountId: string,
  request: RegistrationRequest,
): Promise<RegistrationIntent> => unwrap(bridge().register.prepare(accountId, request))
export const confirmRegistration = (intentId: string): Promise<RegistrationIntent> =>
  unwrap(bridge().register.confirm(intentId))
export const listRegistrations = (accountId: string): Promise<RegistrationIntent[]> =>
  unwrap(bridge().register.intents(accountId))
