/**
 * Addresses of the DNS resolvers a user wants the nameserver check to ask: an IPv4 or IPv6
 * address, optionally with a port (`1.1.1.1`, `9.9.9.9:53`, `2606:4700::1111`,
 * `[2606:4700::1111]:53`). Shared, so the settings form and main apply one rule.
 */

/** At most this many resolvers are asked. */
export const MAX_RESOLVERS = 4

/** Why an entry was refused: the renderer words each in the user's language. */
export type ResolverProblem = 'not-an-address' | 'bad-port' | 'too-many'

/** A resolver address in the form Node's `Resolver.setServers` takes, or why it is refused. */
export type ResolverResult =
  { ok: true; address: string } | { ok: false; problem: ResolverProblem; message: string }

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/

function isIpv6(text: string): boolean {
  if (!/^[0-9a-f:.]+$/i.test(text) || !text.includes(':')) return false
  try {
    return new URL(`http://[${text}]/`).hostname.length > 2
  } catch {
    return false
  }
}

/** Checks one resolver address. */
export function parseResolverAddress(input: string): ResolverResult {
  const text = input.trim()
  const refuse = (): ResolverResult => ({
    ok: false,
    problem: 'not-an-address',
    message: `“${text.slice(0, 60)}” is not a resolver address. Use an IP address such as 1.1.1.1 or 2606:4700::1111, optionally with a port (9.9.9.9:53).`,
  })
  if (!text || text.length > 60) return refuse()
  let host = text
  let port: string | undefined
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(text)
  if (bracketed) {
    host = bracketed[1]!
    port = bracketed[2]
    if (!isIpv6(host)) return refuse()
  } else if (text.split(':').length === 2) {
    ;[host, port] = text.split(':') as [string, string]
    if (!IPV4.test(host)) return refuse()
  } else if (!IPV4.test(host) && !isIpv6(host)) {
    return refuse()
  }
  if (port !== undefined && !(/^\d{1,5}$/.test(port) && +port >= 1 && +port <= 65535))
    return {
      ok: false,
      problem: 'bad-port',
      message: `The port in “${text}” must be a number from 1 to 65535.`,
    }
  const shown = host.includes(':') ? `[${host.toLowerCase()}]` : host
  return { ok: true, address: port ? `${shown}:${port}` : host.toLowerCase() }
}

/** One refused entry of a list (`entry` is empty for `too-many`). */
export interface RefusedResolver {
  problem: ResolverProblem
  entry: string
  message: string
}

/** Checks a list of resolver addresses; every refused entry is reported, not only the first. */
export function parseResolverList(
  inputs: readonly string[],
):
  | { ok: true; addresses: string[] }
  | { ok: false; messages: string[]; refused: RefusedResolver[] } {
  const entries = inputs.map((s) => s.trim()).filter((s) => s.length > 0)
  const refused: RefusedResolver[] = []
  if (entries.length > MAX_RESOLVERS)
    refused.push({
      problem: 'too-many',
      entry: '',
      message: `Enter at most ${MAX_RESOLVERS} resolvers; ${entries.length} were given.`,
    })
  const addresses: string[] = []
  for (const entry of entries) {
    const parsed = parseResolverAddress(entry)
    if (parsed.ok) {
      if (!addresses.includes(parsed.address)) addresses.push(parsed.address)
    } else refused.push({ problem: parsed.problem, entry, message: parsed.message })
  }
  return refused.length > 0
    ? { ok: false, messages: refused.map((r) => r.message), refused }
    : { ok: true, addresses }
}
