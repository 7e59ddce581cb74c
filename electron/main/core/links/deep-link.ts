/**
 * Links into the app (`domaindesk://…`), parsed as untrusted input: any program or web page can
 * hand the OS such a link. Only two shapes are accepted, each with a name that passes the same
 * domain-name rules as the register form:
 *
 * - `domaindesk://domain/<name>` opens that domain;
 * - `domaindesk://register?name=<name>` (name optional) opens the register page with the name
 *   filled in. It never goes further: the estimate and the confirmation are the user's.
 *
 * Everything else (other schemes, other paths, extra query keys, credentials, ports, fragments,
 * over-long input) is refused with a reason code.
 */
import { z } from 'zod'
import { parseDomainName } from '../../../shared/validation/host-name'

/** The scheme the app registers with the OS. */
export const DEEP_LINK_SCHEME = 'domaindesk'

/** Longer input is refused unparsed (a domain name is at most 253 characters). */
export const MAX_DEEP_LINK_LENGTH = 2048

/** A link the app acts on; `name` is the ASCII (punycode) form. */
export type DeepLink = { kind: 'domain'; name: string } | { kind: 'register'; name?: string }

/** Why a link was refused. */
export type DeepLinkRefusal =
  | 'not-text'
  | 'too-long'
  | 'not-a-link'
  | 'other-scheme'
  | 'unknown-path'
  | 'unexpected-parts'
  | 'bad-name'

/** The outcome of parsing one link. */
export type DeepLinkResult = { ok: true; link: DeepLink } | { ok: false; reason: DeepLinkRefusal }

const LinkText = z.string().max(MAX_DEEP_LINK_LENGTH)

function refuse(reason: DeepLinkRefusal): DeepLinkResult {
  return { ok: false, reason }
}

/** A valid registrable name in ASCII form, or undefined. */
function domainName(raw: string): string | undefined {
  let decoded: string
  try {
    decoded = decodeURIComponent(raw)
  } catch {
    return undefined
  }
  const result = parseDomainName(decoded)
  return result.ok ? result.ascii : undefined
}

/** Parses and validates one link; never throws. */
export function parseDeepLink(input: unknown): DeepLinkResult {
  if (typeof input !== 'string') return refuse('not-text')
  if (!LinkText.safeParse(input).success) return refuse('too-long')
  let url: URL
  try {
    url = new URL(input)
  } catch {
    return refuse('not-a-link')
  }
  if (url.protocol !== `${DEEP_LINK_SCHEME}:`) return refuse('other-scheme')
  if (url.username || url.password || url.port || url.hash) return refuse('unexpected-parts')
  // URL keeps a custom scheme's host as written; the OS does not care about its case.
  const target = url.hostname.toLowerCase()
  const path = url.pathname.replace(/\/$/, '')
  if (target === 'domain') {
    if (url.search) return refuse('unexpected-parts')
    const segments = path.split('/').slice(1)
    if (segments.length > 1) return refuse('unknown-path')
    const name = domainName(segments[0] ?? '')
    return name ? { ok: true, link: { kind: 'domain', name } } : refuse('bad-name')
  }
  if (target === 'register') {
    if (path !== '') return refuse('unknown-path')
    const keys = [...url.searchParams.keys()]
    if (keys.some((key) => key !== 'name') || keys.length > 1) return refuse('unexpected-parts')
    if (keys.length === 0) return { ok: true, link: { kind: 'register' } }
    // searchParams already decoded the value; encode it again for the one decoding step.
    const name = domainName(encodeURIComponent(url.searchParams.get('name') ?? ''))
    return name ? { ok: true, link: { kind: 'register', name } } : refuse('bad-name')
  }
  return refuse('unknown-path')
}

/**
 * The link Windows and Linux pass to the app on its command line (first start, or the
 * `second-instance` event's argv): the first argument with the app's scheme.
 */
export function deepLinkInArgv(argv: readonly string[]): string | undefined {
  const prefix = `${DEEP_LINK_SCHEME}:`
  return argv.find((arg) => arg.toLowerCase().startsWith(prefix))
}

/**
 * What the log may say about a link: scheme and target only, never its path or query (a name
 * being researched, or whatever else a hostile link carries), at most 80 characters.
 */
export function linkForLog(input: string): string {
  try {
    const url = new URL(input.slice(0, MAX_DEEP_LINK_LENGTH))
    return `${url.protocol}//${url.hostname}`.slice(0, 80)
  } catch {
    return '(not a link)'
  }
}
