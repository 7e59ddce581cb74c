/**
 * Reading the whole domain list by following DRF's `next` links.
 *
 * The reference documents no pagination and its own example has `count: 3` with two results, so
 * nothing is assumed about sizes: `next` is followed as given until it is null or absent, and
 * `count` is only used for a progress estimate. A link to another origin is refused (the token
 * would go with it), and a server that leads us in circles is stopped.
 */
import { assertSameOrigin } from './base-url'
import { ApiError } from './errors'
import type { Domain, DomainList } from '../../../shared/vps-api/types'

/** Progress after each page. */
export interface PageProgress {
  pagesDone: number
  /** Estimated from `count` and the first page's size; absent when it cannot be estimated. */
  pagesTotal?: number
  /** Distinct domains received so far. */
  received: number
  /** The server's `count` on the latest page (may differ from what actually arrives). */
  count: number
}

/** The whole list. */
export interface AllDomains {
  /** Distinct by id, in first-seen order; the latest copy of a domain wins. */
  domains: Domain[]
  /** The server's `count` from the last page. */
  count: number
  pages: number
}

/** What collecting needs. */
export interface CollectPagesOptions {
  baseUrl: string
  firstUrl: URL
  fetchPage: (url: URL) => Promise<DomainList>
  /** Hard stop against endless lists (default 100 000 pages). */
  maxPages?: number
  onPage?: (progress: PageProgress) => void
}

/** Default hard stop: 100 000 pages is 10 million domains at the default page size. */
export const DEFAULT_MAX_PAGES = 100_000
/** Pages in a row that bring no new domain but still link onwards before we call it a loop. */
const MAX_PAGES_WITHOUT_PROGRESS = 3
/** The listing's path, as its errors name it. */
export const LIST_PATH = '/domains/'

/** The listing could not be read to its end (a loop, too many pages): an answer VPS.org got. */
export function listError(message: string): ApiError {
  return new ApiError({
    code: 'BadResponse',
    message: `${message} The domain list could not be loaded completely; try again later.`,
    method: 'GET',
    path: LIST_PATH,
    requestMayHaveArrived: true,
  })
}

function estimateTotal(count: number, firstPageSize: number, pagesDone: number, more: boolean) {
  const floor = pagesDone + (more ? 1 : 0)
  if (firstPageSize === 0) return count === 0 && !more ? pagesDone : undefined
  return Math.max(Math.ceil(count / firstPageSize), floor)
}

/** Fetches every page, following `next`, and merges the results. */
export async function collectAllPages(options: CollectPagesOptions): Promise<AllDomains> {
  const maxPages = options.maxPages ?? DEFAULT_MAX_PAGES
  const byId = new Map<number, Domain>()
  const visited = new Set<string>([options.firstUrl.href])
  let url = options.firstUrl
  let pages = 0
  let firstPageSize = 0
  let pagesWithoutProgress = 0
  for (;;) {
    const page = await options.fetchPage(url)
    pages += 1
    if (pages === 1) firstPageSize = page.results.length
    const before = byId.size
    // Map.set on a known id keeps its position and replaces the value: the latest copy wins
    // (a domain can move between pages when the list changes while it is being read).
    for (const domain of page.results) byId.set(domain.id, domain)
    const next = page.next ?? null
    const pagesTotal = estimateTotal(page.count, firstPageSize, pages, next !== null)
    options.onPage?.({
      pagesDone: pages,
      ...(pagesTotal === undefined ? {} : { pagesTotal }),
      received: byId.size,
      count: page.count,
    })
    if (next === null) return { domains: [...byId.values()], count: page.count, pages }

    const nextUrl = assertSameOrigin(options.baseUrl, next, {
      relativeTo: url,
      method: 'GET',
      path: LIST_PATH,
    })
    if (visited.has(nextUrl.href)) {
      throw listError('VPS.org sent a next-page link to a page that was already read (a loop).')
    }
    pagesWithoutProgress = byId.size > before ? 0 : pagesWithoutProgress + 1
    if (pagesWithoutProgress >= MAX_PAGES_WITHOUT_PROGRESS) {
      throw listError(
        `VPS.org sent ${MAX_PAGES_WITHOUT_PROGRESS} pages in a row without a new domain but with a next-page link.`,
      )
    }
    if (pages >= maxPages) {
      throw listError(`VPS.org's domain list did not end after ${maxPages} pages.`)
    }
    visited.add(nextUrl.href)
    url = nextUrl
  }
}
