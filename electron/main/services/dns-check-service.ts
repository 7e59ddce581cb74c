/**
 * The DNS check after a nameserver change: asks the resolvers the user chose (or the system's)
 * for each domain's NS records, compares them with the nameservers set at VPS.org and with the
 * ones before the last change (from the history), and keeps the result per domain, so that it
 * shows with its time after a restart and offline. Nothing here talks to VPS.org.
 */
import { parseResolverList } from '../../shared/validation/dns-resolvers'
import type { DnsCheck } from '../../shared/ipc/dns-models'
import type { Cache } from '../core/db/cache'
import { checkDelegation, createLookups, type NsLookup } from '../core/dns/delegation'
import { AppError } from './app-error'
import type { Clock } from '../core/clock'

/** The settings key of the resolver list. */
const RESOLVERS_KEY = 'dns.resolvers'
/** How many domains are checked at once: resolvers rate-limit bursts too. */
const CONCURRENCY = 8

export interface DnsCheckDeps {
  cache: Cache
  clock: Clock
  /** Builds the lookups for these resolver addresses (none: the system's); injectable in tests. */
  lookups?: (addresses: readonly string[]) => Array<{ resolver: string; lookup: NsLookup }>
}

const strings = (v: unknown) =>
  Array.isArray(v) && v.every((s) => typeof s === 'string') ? (v as string[]) : undefined

/** Checks delegations and keeps the resolver setting. */
export class DnsCheckService {
  constructor(private readonly deps: DnsCheckDeps) {}

  /** The resolver addresses the user set; empty means the system's resolvers. */
  resolvers(): string[] {
    return this.deps.cache.settings.get(RESOLVERS_KEY, strings) ?? []
  }

  /** Sets the resolvers (empty for the system's); every invalid entry is reported at once. */
  setResolvers(inputs: readonly string[]): string[] {
    const parsed = parseResolverList(inputs)
    if (!parsed.ok)
      throw new AppError('InvalidArgument', parsed.messages.join(' '), {
        reason: 'invalidResolvers',
        field: 'resolvers',
        params: { count: parsed.messages.length },
        fields: { resolvers: parsed.messages },
      })
    this.deps.cache.settings.set(RESOLVERS_KEY, parsed.addresses)
    return parsed.addresses
  }

  /** The last stored checks of these domains. */
  lastChecks(accountId: string, domainIds: readonly number[]): DnsCheck[] {
    return this.deps.cache.dnsChecks.forDomains(accountId, domainIds)
  }

  /** Checks these domains now, keeps and returns the results (in the order asked). */
  async check(accountId: string, domainIds: readonly number[]): Promise<DnsCheck[]> {
    const { cache, clock } = this.deps
    const domains = [...new Set(domainIds)].map((id) => {
      const d = cache.domains.get(accountId, id)
      if (!d || d.removedAt)
        throw new AppError('NotFound', `Domain ${id} is not in this account.`, {
          reason: 'domainNotInAccount',
          params: { id },
        })
      return d
    })
    const lookups = (this.deps.lookups ?? ((a) => createLookups(a)))(this.resolvers())
    const results: DnsCheck[] = new Array(domains.length)
    let next = 0
    const worker = async () => {
      while (next < domains.length) {
        const index = next++
        const d = domains[index]!
        const previous = this.previousNameservers(accountId, d.id, d.nameservers)
        const checked = await checkDelegation(d.name, d.nameservers, previous, lookups, clock)
        results[index] = { domainId: d.id, ...checked }
      }
    }
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, domains.length) }, worker))
    cache.transaction(() => results.forEach((r) => cache.dnsChecks.save(accountId, r)))
    return results
  }

  /** The nameservers before the last change to the current ones, from the history. */
  private previousNameservers(accountId: string, domainId: number, current: string[]): string[] {
    const change = this.deps.cache.history
      .forDomain(accountId, domainId, 50)
      .find((e) => e.field === 'nameservers' && e.oldValue)
    if (!change?.oldValue) return []
    const before = change.oldValue.split(',').map((n) => n.trim())
    return before.join() === current.join() ? [] : before
  }
}
