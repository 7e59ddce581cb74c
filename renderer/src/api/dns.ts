/** The DNS check over the bridge: delegation checks, the last ones, and the resolver setting. */
import type { DnsCheck } from '@shared/ipc/dns-models'
import { bridge, unwrap } from './bridge'

export const checkDns = (accountId: string, domainIds: number[]): Promise<DnsCheck[]> =>
  unwrap(bridge().dns.check(accountId, domainIds))
export const lastDnsChecks = (accountId: string, domainIds: number[]): Promise<DnsCheck[]> =>
  unwrap(bridge().dns.lastChecks(accountId, domainIds))
export const fetchDnsResolvers = (): Promise<string[]> => unwrap(bridge().dns.resolvers())
export const saveDnsResolvers = (inputs: string[]): Promise<string[]> =>
  unwrap(bridge().dns.setResolvers(inputs))
