/** Registration over the bridge: estimate, prepare (journal), confirm (one POST), intents. */
import type { Estimate, RegistrationIntent, RegistrationRequest } from '@shared/ipc/models'
import { bridge, unwrap } from './bridge'

export const estimateRegistration = (name: string, years: number): Promise<Estimate> =>
  unwrap(bridge().registration.estimate(name, years))
export const prepareRegistration = (
  accountId: string,
  request: RegistrationRequest,
): Promise<RegistrationIntent> => unwrap(bridge().registration.prepare(accountId, request))
export const confirmRegistration = (intentId: string): Promise<RegistrationIntent> =>
  unwrap(bridge().registration.confirm(intentId))
export const listRegistrations = (accountId: string): Promise<RegistrationIntent[]> =>
  unwrap(bridge().registration.intents(accountId))
