/**
 * Django REST Framework's PageNumberPagination: `page` (1-based, or `last`) and `page_size`
 * (default 20, capped at `max_page_size`, at most 1000; an invalid size falls back to the default), absolute `next` and
 * `previous` links that keep the other query parameters, and 404 "Invalid page." past the end.
 */
import { SandboxHttpError } from '../http-error'
import type { RouteRequest } from './types'

export const DEFAULT_PAGE_SIZE = 20
export const MAX_PAGE_SIZE = 1000

/** One page in DRF's envelope. */
export interface Page<T> {
  count: number
  next: string | null
  previous: string | null
  results: T[]
}

function pageSizeOf(query: URLSearchParams, fallback: number, max: number): number {
  const raw = query.get('page_size')
  if (raw === null || !/^\d+$/.test(raw) || Number(raw) < 1) return fallback
  return Math.min(Number(raw), max)
}

function link(req: RouteRequest, page: number): string {
  const params = new URLSearchParams(req.query)
  if (page === 1) params.delete('page')
  else params.set('page', String(page))
  const search = params.toString()
  return `${req.origin}${req.path}${search ? `?${search}` : ''}`
}

/** Cuts `items` into the requested page, or throws DRF's 404. */
export function paginate<T, R>(
  req: RouteRequest,
  items: readonly T[],
  render: (item: T) => R,
  defaultPageSize = DEFAULT_PAGE_SIZE,
  /** DRF's `max_page_size`: a larger `page_size` is cut down to it. */
  maxPageSize = MAX_PAGE_SIZE,
): Page<R> {
  const size = pageSizeOf(req.query, defaultPageSize, maxPageSize)
  const pages = Math.max(1, Math.ceil(items.length / size))
  const raw = req.query.get('page') ?? '1'
  const page = raw === 'last' ? pages : /^\d+$/.test(raw) ? Number(raw) : NaN
  if (!(page >= 1 && page <= pages)) throw SandboxHttpError.detail(404, 'Invalid page.')
  return {
    count: items.length,
    next: page < pages ? link(req, page + 1) : null,
    previous: page > 1 ? link(req, page - 1) : null,
    results: items.slice((page - 1) * size, page * size).map(render),
  }
}
