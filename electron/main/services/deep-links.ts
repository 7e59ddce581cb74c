/**
 * What a `domaindesk://` link opens: the page (a renderer route) for a link that passed the
 * parser in core/links/deep-link.ts. A refused link is logged with its reason, never with its
 * path or query.
 */
import type { Cache } from '../core/db/cache'
import { linkForLog, parseDeepLink, type DeepLink } from '../core/links/deep-link'
import type { AppLogger } from './logger'

/** What the service needs: where a domain is cached, and a log. */
export interface DeepLinkDeps {
  /** The id of the cached domain with this ASCII name in any account, if there is one. */
  findDomainId(name: string): number | undefined
  logger: Pick<AppLogger, 'warn'>
}

/** The id of the cached, not removed domain with this ASCII name in the first account having it. */
export function cachedDomainId(
  cache: Cache,
  accountIds: string[],
  name: string,
): number | undefined {
  for (const id of accountIds) {
    const domain = cache.domains.findByName(id, name)
    if (domain && domain.removedAt === null) return domain.id
  }
  return undefined
}

/** The renderer route for a valid link. */
export function routeForLink(link: DeepLink, findDomainId: DeepLinkDeps['findDomainId']): string {
  if (link.kind === 'register')
    return link.name ? `/registration?name=${encodeURIComponent(link.name)}` : '/registration'
  const id = findDomainId(link.name)
  return id === undefined ? '/portfolio' : `/domains/${id}`
}

/** Turns links from the OS into routes. */
export class DeepLinkService {
  constructor(private readonly deps: DeepLinkDeps) {}

  /** The route a link opens, or undefined (logged) when the link is refused. */
  route(raw: unknown): string | undefined {
    const parsed = parseDeepLink(raw)
    if (parsed.ok) return routeForLink(parsed.link, this.deps.findDomainId)
    this.deps.logger.warn('link refused', {
      reason: parsed.reason,
      link: typeof raw === 'string' ? linkForLog(raw) : typeof raw,
    })
    return undefined
  }
}
