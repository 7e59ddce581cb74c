/**
 * The whole domain list at the speed of the network, not of the walk: the first page tells the
 * count and the page size the server really uses, then the remaining pages are fetched by number,
 * several at once under an `AdaptiveLimiter`, and handed over (`onBatch`) as they land, in any
 * order. Nothing is kept but the ids, so 100,000 domains cost a Set of numbers here.
 *
 * Pages are numbers into a list that can change while it is read: a domain added or removed
 * mid-listing shifts the others across page boundaries, so one can be read twice or not at all.
 * A pass is therefore checked (every page the same `count`, every page full but the last, as many
 * distinct ids as `count`); a pass that fails the check is read again, up to `maxPasses`, and the
 * caller reconciles by id against the last pass only when one passed (`complete`).
 *
 * A server whose `next` link is not DRF's `page=2` is walked link by link, as before.
 */
import type { Domain, DomainList } from '../../../shared/vps-api/types'
import { AdaptiveLimiter } from './adaptive-limiter'
import { assertSameOrigin } from './base-url'
import { ApiError, isApiError } from './errors'
import {
  collectAllPages,
  DEFAULT_MAX_PAGES,
  LIST_PATH,
  listError,
  type PageProgress,
} from './pagination'

/** What streaming needs. */
export interface StreamPagesOptions {
  baseUrl: string
  firstUrl: URL
  /** One page; `beforeRetry` must reach the request's retry loop, `signal` the request. */
  fetchPage: (url: URL, hooks: PageHooks) => Promise<DomainList>
  /** Each page's domains as it lands (synchronously: a cache write fits between two answers). */
  onBatch: (domains: Domain[]) => void
  onPage?: (progress: PageProgress) => void
  /** Requests in flight at most (default 8). */
  maxInFlight?: number
  /** Readings of the whole list before giving up on a consistent one (default 3). */
  maxPasses?: number
  maxPages?: number
  signal?: AbortSignal
}

/** What a page request must honour. */
export interface PageHooks {
  beforeRetry: (error: ApiError) => 'retry' | 'stop'
  signal?: AbortSignal
}

/** What a streamed listing found. */
export interface StreamedListing {
  /** Ids of the last pass. */
  ids: Set<number>
  /** The server's count on the last pass. */
  count: number
  /** Page requests answered, all passes together. */
  pages: number
  passes: number
  /** The last pass was consistent: `ids` is the whole account, safe to reconcile against. */
  complete: boolean
  /** The largest number of requests that were in flight at once. */
  peakInFlight: number
}

/** A requeued page gives up after this many 429s (the server's limit keeps moving). */
const MAX_THROTTLES_PER_PAGE = 10

interface PassResult {
  ids: Set<number>
  count: number
  pages: number
  consistent: boolean
}

/** Streams the whole list; see the module comment. */
export async function streamAllPages(options: StreamPagesOptions): Promise<StreamedListing> {
  const maxPasses = Math.max(1, options.maxPasses ?? 3)
  let pages = 0
  let peakInFlight = 0
  let last: PassResult | undefined
  let passes = 0
  while (passes < maxPasses && !last?.consistent) {
    passes++
    last = await onePass(options, (n) => (peakInFlight = Math.max(peakInFlight, n)))
    pages += last.pages
  }
  return {
    ids: last!.ids,
    count: last!.count,
    pages,
    passes,
    complete: last!.consistent,
    peakInFlight,
  }
}

async function onePass(
  options: StreamPagesOptions,
  onInFlight: (n: number) => void,
): Promise<PassResult> {
  const ids = new Set<number>()
  let delivered = 0
  const take = (domains: Domain[]) => {
    for (const d of domains) ids.add(d.id)
    delivered += domains.length
    options.onBatch(domains)
  }
  const plain: PageHooks = { beforeRetry: () => 'retry', signal: options.signal }
  const first = await options.fetchPage(options.firstUrl, plain)
  take(first.results)
  const size = first.results.length
  const report = (pagesDone: number, pagesTotal: number | undefined, count: number) =>
    options.onPage?.({
      pagesDone,
      ...(pagesTotal === undefined ? {} : { pagesTotal }),
      received: ids.size,
      count,
    })
  if (!first.next) {
    report(1, 1, first.count)
    return { ids, count: first.count, pages: 1, consistent: ids.size === first.count }
  }
  const second = assertSameOrigin(options.baseUrl, first.next, {
    relativeTo: options.firstUrl,
    method: 'GET',
    path: LIST_PATH,
  })
  if (second.searchParams.get('page') !== '2' || size === 0) {
    // Not numbered pages: follow the links one by one.
    const rest = await collectAllPages({
      baseUrl: options.baseUrl,
      firstUrl: second,
      fetchPage: async (url) => {
        const page = await options.fetchPage(url, plain)
        take(page.results)
        return page
      },
      maxPages: options.maxPages,
      onPage: (p) => report(p.pagesDone + 1, p.pagesTotal && p.pagesTotal + 1, p.count),
    })
    return {
      ids,
      count: rest.count,
      pages: rest.pages + 1,
      consistent: ids.size === rest.count && delivered === rest.count,
    }
  }
  report(1, Math.ceil(first.count / size), first.count)
  return await numberedPages(
    options,
    first,
    second,
    size,
    take,
    report,
    onInFlight,
    ids,
    () => delivered,
  )
}

async function numberedPages(
  options: StreamPagesOptions,
  first: DomainList,
  second: URL,
  size: number,
  take: (domains: Domain[]) => void,
  report: (pagesDone: number, pagesTotal: number | undefined, count: number) => void,
  onInFlight: (n: number) => void,
  ids: Set<number>,
  delivered: () => number,
): Promise<PassResult> {
  const maxPages = options.maxPages ?? DEFAULT_MAX_PAGES
  const limiter = new AdaptiveLimiter({ max: options.maxInFlight ?? 8 })
  // The first page was answered just now, within the server's current budget second.
  limiter.answeredOutside()
  const stop = new AbortController()
  const signal = options.signal ? AbortSignal.any([options.signal, stop.signal]) : stop.signal
  const urlFor = (page: number) => {
    const url = new URL(second)
    url.searchParams.set('page', String(page))
    return url
  }
  let total = Math.ceil(first.count / size)
  if (total > maxPages) throw listError(`VPS.org's domain list has more than ${maxPages} pages.`)
  const queue: number[] = []
  for (let p = 2; p <= total; p++) queue.push(p)
  const throttles = new Map<number, number>()
  const counts = new Set<number>([first.count])
  let latestCount = first.count
  let consistent = true
  let done = 1
  let inFlight = 0
  let failure: unknown
  let wake: (() => void) | undefined
  const nudge = () => wake?.()

  const start = (page: number) => {
    limiter.started()
    inFlight++
    onInFlight(inFlight)
    const startedAt = performance.now()
    const beforeRetry = (error: ApiError) => {
      if (error.code === 'RateLimited') return 'stop'
      limiter.serverTrouble()
      return 'retry'
    }
    options
      .fetchPage(urlFor(page), { beforeRetry, signal })
      .then((answer) => {
        limiter.succeeded(performance.now() - startedAt)
        if (failure !== undefined || signal.aborted) return
        counts.add(answer.count)
        latestCount = answer.count
        const expected = page < total ? size : first.count - (total - 1) * size
        if (answer.results.length !== expected) consistent = false
        take(answer.results)
        done++
        // The list grew while it was read: its new tail is read too.
        const needed = Math.ceil(answer.count / size)
        if (needed > total && needed <= maxPages) {
          for (let p = total + 1; p <= needed; p++) queue.push(p)
          total = needed
        }
        report(done, total, answer.count)
      })
      .catch((error: unknown) => {
        limiter.failed()
        if (failure !== undefined || signal.aborted) return
        if (isApiError(error) && error.code === 'RateLimited') {
          const n = (throttles.get(page) ?? 0) + 1
          throttles.set(page, n)
          if (n <= MAX_THROTTLES_PER_PAGE) {
            limiter.throttled(error.retryAfterMs, startedAt)
            queue.unshift(page)
            return
          }
        }
        if (isApiError(error) && error.code === 'NotFound' && page > 1) {
          // "Invalid page.": the list shrank under us; this pass cannot be trusted.
          consistent = false
          return
        }
        failure = error
        stop.abort()
      })
      .finally(() => {
        inFlight--
        nudge()
      })
  }

  while (failure === undefined && (queue.length > 0 || inFlight > 0)) {
    if (options.signal?.aborted) {
      failure = new ApiError({
        code: 'Cancelled',
        message: 'The request to VPS.org was cancelled.',
        method: 'GET',
        path: LIST_PATH,
      })
      stop.abort()
      break
    }
    const wait = queue.length > 0 ? limiter.waitMs() : Infinity
    if (wait === 0) {
      start(queue.shift()!)
      continue
    }
    await new Promise<void>((resolve) => {
      const timer = Number.isFinite(wait) ? setTimeout(() => wake?.(), wait) : undefined
      wake = () => {
        if (timer) clearTimeout(timer)
        options.signal?.removeEventListener('abort', nudge)
        resolve()
      }
      options.signal?.addEventListener('abort', nudge, { once: true })
    })
    wake = undefined
  }
  if (failure !== undefined) throw failure
  const count = latestCount
  consistent &&= counts.size === 1 && ids.size === count && delivered() === count
  return { ids, count, pages: done, consistent }
}
