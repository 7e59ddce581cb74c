/** Portfolio policies over the bridge: the rules, their check, and JSON export and import. */
import type { Policy, PolicyInput, PolicyReport } from '@shared/policies/policy'
import { bridge, unwrap } from './bridge'

export const fetchPolicies = (): Promise<Policy[]> => unwrap(bridge().policies.list())
export const savePolicy = (input: PolicyInput & { id?: string }): Promise<Policy> =>
  unwrap(bridge().policies.save(input))
export const removePolicy = async (id: string): Promise<void> => {
  await unwrap(bridge().policies.remove(id))
}
export const checkPolicies = (accountId: string): Promise<PolicyReport[]> =>
  unwrap(bridge().policies.check(accountId))
export const policyViolatingIds = (accountId: string, policyId: string): Promise<number[]> =>
  unwrap(bridge().policies.violatingIds(accountId, policyId))
export const exportPolicies = (): Promise<string> => unwrap(bridge().policies.export())
export const importPolicies = (text: string): Promise<Policy[]> =>
  unwrap(bridge().policies.import(text))
