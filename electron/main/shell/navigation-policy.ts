import { isOwnOriginUrl, parseUrl, type OwnOrigins } from './app-origin'

/**
 * Whether a frame may navigate (or be redirected) to `url`: only within the app's own origin.
 * Any other page would run with the preload's bridge, so it is never let in.
 */
export function isAllowedNavigation(url: string, origins: OwnOrigins): boolean {
  return isOwnOriginUrl(url, origins)
}

/**
 * The only hosts the app links to: VPS.org, its control panel and its docs. Exact names, no
 * wildcard, so a look-alike subdomain or a host that merely ends in "vps.org" never qualifies.
 */
export const EXTERNAL_LINK_HOSTS: readonly string[] = [
  'vps.org',
  'www.vps.org',
  'admin.vps.org',
  'docs.vps.org',
]

/**
 * The link to hand to the operating system's browser when the page asks for a new window, or
 * `undefined` to drop it. Only `https://` links without embedded credentials or a port, to a
 * host in {@link EXTERNAL_LINK_HOSTS}, qualify: other schemes (`http:`, `file:`, `mailto:`,
 * custom protocol handlers…) could start local programs or leak data, and a page that somehow
 * ran script must not be able to send the user anywhere else.
 */
export function externalLinkToOpen(url: string): string | undefined {
  const parsed = parseUrl(url)
  if (!parsed || parsed.protocol !== 'https:') return undefined
  if (parsed.username !== '' || parsed.password !== '' || parsed.port !== '') return undefined
  if (!EXTERNAL_LINK_HOSTS.includes(parsed.hostname)) return undefined
  return parsed.href
}

/** What of a refused link may be logged: its scheme and host, never its path or query. */
export function describeRefusedLink(url: string): string {
  const parsed = parseUrl(url)
  return parsed ? `${parsed.protocol}//${parsed.host}` : '(malformed)'
}
