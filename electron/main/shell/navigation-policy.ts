import { isOwnOriginUrl, parseUrl, type OwnOrigins } from './app-origin'

/**
 * Whether a frame may navigate (or be redirected) to `url`: only within the app's own origin.
 * Any other page would run with the preload's bridge, so it is never let in.
 */
export function isAllowedNavigation(url: string, origins: OwnOrigins): boolean {
  return isOwnOriginUrl(url, origins)
}

/**
 * The link to hand to the operating system's browser when the page asks for a new window, or
 * `undefined` to drop it. Only `https://` links without embedded credentials qualify: other
 * schemes (`http:`, `file:`, `mailto:`, custom protocol handlers…) could start local programs
 * or leak data, and the app has no reason to open them.
 */
export function externalLinkToOpen(url: string): string | undefined {
  const parsed = parseUrl(url)
  if (!parsed || parsed.protocol !== 'https:') return undefined
  if (parsed.username !== '' || parsed.password !== '' || parsed.hostname === '') return undefined
  return parsed.href
}
