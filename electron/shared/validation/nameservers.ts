/**
 * Nameserver-list validation (2–4 distinct, non-reserved host names), shared by forms, main and
 * the sandbox. Every bad entry is reported at once, so a user fixes a list in one pass.
 */
import { parseHostName, type InvalidName, type NameProblem } from './host-name'

export const MIN_NAMESERVERS = 2
export const MAX_NAMESERVERS = 4

export type NameserverListProblem =
  NameProblem | 'not-a-list' | 'too-few' | 'too-many' | 'duplicate' | 'reserved'

/** One problem with the list: which entry (if one) and why. */
export interface NameserverIssue {
  problem: NameserverListProblem
  /** Zero-based index of the offending entry, when one entry is at fault. */
  index?: number
  message: string
}

/** A rejected list: the first problem (as before) and every problem, in entry order. */
export interface InvalidNameservers extends NameserverIssue {
  ok: false
  issues: NameserverIssue[]
}

export type NameserversResult = { ok: true; nameservers: string[] } | InvalidNameservers

/**
 * Top-level domains reserved by RFC 2606 / RFC 6761: they never resolve on the internet, so a
 * domain delegated to them would stop answering.
 */
const RESERVED_TLDS = new Set(['example', 'test', 'invalid', 'localhost'])
/** Second-level names reserved for documentation (RFC 2606 §3). */
const RESERVED_DOMAINS = ['example.com', 'example.net', 'example.org']

/** The reserved name an ASCII host name falls under, or null when it may be used. */
export function reservedSuffix(ascii: string): string | null {
  const tld = ascii.slice(ascii.lastIndexOf('.') + 1)
  if (RESERVED_TLDS.has(tld)) return `.${tld}`
  return RESERVED_DOMAINS.find((d) => ascii === d || ascii.endsWith(`.${d}`)) ?? null
}

/** Validates one nameserver host name. */
export function parseNameserver(input: unknown) {
  return parseHostName(input, 'nameserver')
}

function invalid(issues: NameserverIssue[]): InvalidNameservers {
  return { ok: false, ...issues[0]!, issues }
}

/** Validates a nameserver list and returns the ASCII forms, in the given order. */
export function parseNameservers(input: unknown): NameserversResult {
  if (!Array.isArray(input)) {
    return invalid([
      { problem: 'not-a-list', message: 'Nameservers must be a list of host names.' },
    ])
  }
  const issues: NameserverIssue[] = []
  if (input.length < MIN_NAMESERVERS) {
    issues.push({
      problem: 'too-few',
      message: `Give at least ${MIN_NAMESERVERS} nameservers (${input.length} given).`,
    })
  }
  if (input.length > MAX_NAMESERVERS) {
    return invalid([
      {
        problem: 'too-many',
        message: `Give at most ${MAX_NAMESERVERS} nameservers (${input.length} given).`,
      },
    ])
  }
  const seen = new Map<string, number>()
  const nameservers: string[] = []
  for (const [index, entry] of input.entries()) {
    const parsed = parseNameserver(entry)
    if (!parsed.ok) {
      const bad = parsed as InvalidName
      issues.push({
        problem: bad.problem,
        index,
        message: `Nameserver ${index + 1}: ${bad.message}`,
      })
      continue
    }
    const reserved = reservedSuffix(parsed.ascii)
    if (reserved) {
      issues.push({
        problem: 'reserved',
        index,
        message: `Nameserver ${index + 1}: ${parsed.ascii} is under ${reserved}, a name reserved for examples and tests that never answers on the internet.`,
      })
      continue
    }
    const first = seen.get(parsed.ascii)
    if (first !== undefined) {
      issues.push({
        problem: 'duplicate',
        index,
        message: `Nameserver ${index + 1} repeats nameserver ${first + 1} (${parsed.ascii}).`,
      })
      continue
    }
    seen.set(parsed.ascii, index)
    nameservers.push(parsed.ascii)
  }
  return issues.length > 0 ? invalid(issues) : { ok: true, nameservers }
}

/** Whether a list delegates to VPS.org's own nameservers (VPS.org then serves the DNS records). */
export function servedByVpsOrg(nameservers: readonly string[]): boolean {
  return (
    nameservers.length > 0 &&
    nameservers.every((ns) => {
      const parsed = parseNameserver(ns)
      return parsed.ok && (parsed.ascii === 'vps.org' || parsed.ascii.endsWith('.vps.org'))
    })
  )
}
