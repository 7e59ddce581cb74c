/**
 * Nameserver-list validation (2–4 distinct host names), shared by forms, main and the sandbox.
 */
import { parseHostName, type InvalidName, type NameProblem } from './host-name'

export const MIN_NAMESERVERS = 2
export const MAX_NAMESERVERS = 4

export type NameserverListProblem =
  NameProblem | 'not-a-list' | 'too-few' | 'too-many' | 'duplicate'

/** A rejected list: which entry (if one) and why. */
export interface InvalidNameservers {
  ok: false
  problem: NameserverListProblem
  /** Zero-based index of the offending entry, when one entry is at fault. */
  index?: number
  message: string
}

export type NameserversResult = { ok: true; nameservers: string[] } | InvalidNameservers

/** Validates one nameserver host name. */
export function parseNameserver(input: unknown) {
  return parseHostName(input, 'nameserver')
}

/** Validates a nameserver list and returns the ASCII forms, in the given order. */
export function parseNameservers(input: unknown): NameserversResult {
  if (!Array.isArray(input)) {
    return {
      ok: false,
      problem: 'not-a-list',
      message: 'Nameservers must be a list of host names.',
    }
  }
  if (input.length < MIN_NAMESERVERS) {
    return {
      ok: false,
      problem: 'too-few',
      message: `Give at least ${MIN_NAMESERVERS} nameservers (${input.length} given).`,
    }
  }
  if (input.length > MAX_NAMESERVERS) {
    return {
      ok: false,
      problem: 'too-many',
      message: `Give at most ${MAX_NAMESERVERS} nameservers (${input.length} given).`,
    }
  }
  const seen = new Map<string, number>()
  const nameservers: string[] = []
  for (const [index, entry] of input.entries()) {
    const parsed = parseNameserver(entry)
    if (!parsed.ok) {
      const bad = parsed as InvalidName
      return {
        ok: false,
        problem: bad.problem,
        index,
        message: `Nameserver ${index + 1}: ${bad.message}`,
      }
    }
    const first = seen.get(parsed.ascii)
    if (first !== undefined) {
      return {
        ok: false,
        problem: 'duplicate',
        index,
        message: `Nameserver ${index + 1} repeats nameserver ${first + 1} (${parsed.ascii}).`,
      }
    }
    seen.set(parsed.ascii, index)
    nameservers.push(parsed.ascii)
  }
  return { ok: true, nameservers }
}
