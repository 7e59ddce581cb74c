/**
 * What the DNS says about a domain's delegation, compared with the nameservers set at VPS.org.
 * After a nameserver change the parent zone and the resolvers' caches take a while to follow,
 * so each resolver's answer is one of:
 * - `propagated`: it returns exactly the nameservers that were set;
 * - `not-yet`: it still returns the earlier nameservers, or has no delegation to return yet;
 * - `different`: it returns nameservers that are neither (a typo, or a change made elsewhere);
 * - `unreachable`: the resolver did not answer (timeout, refused), so it says nothing.
 * Names are compared as sets, case-insensitively, without the trailing dot.
 */
import { Resolver } from 'node:dns/promises'
import { systemClock, type Clock } from '../clock'

/** One resolver's state for a delegation. */
export type DelegationState = 'propagated' | 'not-yet' | 'different' | 'unreachable'

/** What one resolver returned. */
export interface ResolverAnswer {
  /** The resolver's address, or `system` for the OS's resolvers. */
  resolver: string
  state: DelegationState
  /** The NS names it returned (normalised, sorted); empty when it returned none. */
  seen: string[]
  /** The DNS error code when it returned none (ENOTFOUND, ENODATA, ESERVFAIL, ETIMEOUT, …). */
  error?: string
}

/** The check of one domain. */
export interface DelegationCheck {
  domain: string
  expected: string[]
  /** The worst answer (different > not-yet > propagated); `unreachable` when none answered. */
  state: DelegationState
  resolvers: ResolverAnswer[]
  checkedAt: string
}

/** Something that can look up NS records (node's Resolver, or a test double). */
export interface NsLookup {
  resolveNs(name: string): Promise<string[]>
}

/** Errors meaning "this resolver has no delegation for the name (yet)". */
const NO_DELEGATION = new Set([
  'ENOTFOUND',
  'ENODATA',
  'ESERVFAIL',
  'NOTFOUND',
  'NODATA',
  'SERVFAIL',
])

const normalise = (names: readonly string[]) =>
  [...new Set(names.map((n) => n.trim().toLowerCase().replace(/\.$/, '')))].sort()

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((n, i) => n === b[i])

/** One resolver's state, from what it returned. */
export function classifyAnswer(
  seen: readonly string[],
  expected: readonly string[],
  previous: readonly string[],
): Exclude<DelegationState, 'unreachable'> {
  const got = normalise(seen)
  if (sameSet(got, normalise(expected))) return 'propagated'
  const before = normalise(previous)
  if (got.length === 0 || (before.length > 0 && sameSet(got, before))) return 'not-yet'
  return 'different'
}

const RANK: Record<DelegationState, number> = {
  unreachable: 0,
  propagated: 1,
  'not-yet': 2,
  different: 3,
}

/** Creates a lookup per resolver address; no addresses means the system's resolvers. */
export function createLookups(
  addresses: readonly string[],
  options: { timeoutMs?: number } = {},
): Array<{ resolver: string; lookup: NsLookup }> {
  const make = () => new Resolver({ timeout: options.timeoutMs ?? 3_000, tries: 2 })
  if (addresses.length === 0) return [{ resolver: 'system', lookup: make() }]
  return addresses.map((address) => {
    const resolver = make()
    resolver.setServers([address])
    return { resolver: address, lookup: resolver }
  })
}

/** Asks every resolver (in parallel) for the domain's NS records and compares. */
export async function checkDelegation(
  domain: string,
  expected: readonly string[],
  previous: readonly string[],
  lookups: ReadonlyArray<{ resolver: string; lookup: NsLookup }>,
  clock: Clock = systemClock,
): Promise<DelegationCheck> {
  const resolvers = await Promise.all(
    lookups.map(async ({ resolver, lookup }): Promise<ResolverAnswer> => {
      try {
        const seen = normalise(await lookup.resolveNs(domain))
        return { resolver, state: classifyAnswer(seen, expected, previous), seen }
      } catch (error) {
        const code = String((error as { code?: unknown }).code ?? 'EUNKNOWN')
        const state = NO_DELEGATION.has(code) ? 'not-yet' : 'unreachable'
        return { resolver, state, seen: [], error: code }
      }
    }),
  )
  // A resolver that did not answer says nothing; the others decide, worst first.
  const answered = resolvers.filter((r) => r.state !== 'unreachable')
  const state = answered.reduce<DelegationState>(
    (worst, r) => (RANK[r.state] > RANK[worst] ? r.state : worst),
    'propagated',
  )
  return {
    domain,
    expected: normalise(expected),
    state: answered.length === 0 ? 'unreachable' : state,
    resolvers,
    checkedAt: clock.now().toISOString(),
  }
}
