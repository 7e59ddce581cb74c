import { describe, expect, it } from 'vitest'
import { SandboxHttpError } from '../../../../electron/sandbox/http-error'
import { paginate } from '../../../../electron/sandbox/http/pagination'
import type { RouteRequest } from '../../../../electron/sandbox/http/types'

const items = Array.from({ length: 45 }, (_, i) => i + 1)
const request = (query: string): RouteRequest => ({
  method: 'GET',
  path: '/api/v1/domains/',
  query: new URLSearchParams(query),
  body: {},
  origin: 'http://127.0.0.1:9',
})

describe('paginate', () => {
  it('pages with absolute links that keep the other parameters', () => {
    const page = paginate(request('status=active&page=2&page_size=20'), items, (n) => n)
    expect(page).toEqual({
      count: 45,
      next: 'http://127.0.0.1:9/api/v1/domains/?status=active&page=3&page_size=20',
      previous: 'http://127.0.0.1:9/api/v1/domains/?status=active&page_size=20',
      results: items.slice(20, 40),
    })
  })

  it('has no next on the last page (also reachable as page=last)', () => {
    const page = paginate(request('page=last'), items, (n) => n)
    expect(page.results).toEqual([41, 42, 43, 44, 45])
    expect(page.next).toBeNull()
  })

  it('falls back to the default size for a bad page_size and caps large ones', () => {
    expect(paginate(request('page_size=abc'), items, (n) => n).results).toHaveLength(20)
    expect(paginate(request('page_size=0'), items, (n) => n).results).toHaveLength(20)
    expect(paginate(request('page_size=99999'), items, (n) => n).results).toHaveLength(45)
  })

  it('answers an empty first page for an empty list', () => {
    expect(paginate(request(''), [], (n) => n)).toEqual({
      count: 0,
      next: null,
      previous: null,
      results: [],
    })
  })

  it.each(['0', '4', 'abc', '-1', '1.5'])('answers 404 "Invalid page." for page=%s', (page) => {
    expect(() => paginate(request(`page=${page}`), items, (n) => n)).toThrow(SandboxHttpError)
    expect(() => paginate(request(`page=${page}`), items, (n) => n)).toThrow('Invalid page.')
  })
})
