import { describe, expect, it } from 'vitest'
import {
  collectAllPages,
  type PageProgress,
} from '../../../../../electron/main/core/vps-api/pagination'
import type { Domain, DomainList } from '../../../../../electron/shared/vps-api/types'
import { domain, rejectionOf } from './support/fixtures'

const BASE = 'https://admin.vps.org/api/v1'
const FIRST = new URL(`${BASE}/domains/?page_size=2`)
const page = (n: number) => `${BASE}/domains/?page=${n}&page_size=2`

/** Serves pages from a map keyed by URL; records what was fetched. */
function pages(byUrl: Record<string, DomainList>) {
  const fetched: string[] = []
  const fetchPage = async (url: URL) => {
    fetched.push(url.href)
    const found = byUrl[url.href]
    if (!found) throw new Error(`unexpected fetch of ${url.href}`)
    return found
  }
  return { fetchPage, fetched }
}

const d = (id: number, name?: string) => domain(id, name ? { domain_name: name } : {}) as Domain

describe('collectAllPages', () => {
  it('follows next until it is absent, reporting progress estimated from the first page', async () => {
    const { fetchPage, fetched } = pages({
      [FIRST.href]: { count: 5, next: page(2), results: [d(1), d(2)] },
      [page(2)]: { count: 5, next: page(3), previous: FIRST.href, results: [d(3), d(4)] },
      [page(3)]: { count: 5, next: null, results: [d(5)] },
    })
    const progress: PageProgress[] = []
    const all = await collectAllPages({
      baseUrl: BASE,
      firstUrl: FIRST,
      fetchPage,
      onPage: (p) => progress.push(p),
    })
    expect(all.domains.map((x) => x.id)).toEqual([1, 2, 3, 4, 5])
    expect(all).toMatchObject({ count: 5, pages: 3 })
    expect(fetched).toEqual([FIRST.href, page(2), page(3)])
    expect(progress).toEqual([
      { pagesDone: 1, pagesTotal: 3, received: 2, count: 5 },
      { pagesDone: 2, pagesTotal: 3, received: 4, count: 5 },
      { pagesDone: 3, pagesTotal: 3, received: 5, count: 5 },
    ])
  })

  it('does not trust count: fewer or more results than announced are fine', async () => {
    const short = pages({ [FIRST.href]: { count: 3, results: [d(1), d(2)] } })
    expect(
      (await collectAllPages({ baseUrl: BASE, firstUrl: FIRST, fetchPage: short.fetchPage }))
        .domains,
    ).toHaveLength(2)

    const more = pages({
      [FIRST.href]: { count: 1, next: page(2), results: [d(1), d(2)] },
      [page(2)]: { count: 1, results: [d(3)] },
    })
    const progress: PageProgress[] = []
    const all = await collectAllPages({
      baseUrl: BASE,
      firstUrl: FIRST,
      fetchPage: more.fetchPage,
      onPage: (p) => progress.push(p),
    })
    expect(all.domains).toHaveLength(3)
    expect(progress[0]?.pagesTotal).toBe(2) // never below what is known to come
  })

  it('de-duplicates by id, keeping the latest copy in first-seen position', async () => {
    const { fetchPage } = pages({
      [FIRST.href]: { count: 3, next: page(2), results: [d(1, 'old.com'), d(2)] },
      [page(2)]: { count: 3, results: [d(1, 'new.com'), d(3)] },
    })
    const all = await collectAllPages({ baseUrl: BASE, firstUrl: FIRST, fetchPage })
    expect(all.domains.map((x) => [x.id, x.domain_name])).toEqual([
      [1, 'new.com'],
      [2, 'example2.com'],
      [3, 'example3.com'],
    ])
  })

  it('stops a loop back to a page already read', async () => {
    const { fetchPage, fetched } = pages({
      [FIRST.href]: { count: 9, next: page(2), results: [d(1), d(2)] },
      [page(2)]: { count: 9, next: FIRST.href, results: [d(3), d(4)] },
    })
    const error = await rejectionOf(() =>
      collectAllPages({ baseUrl: BASE, firstUrl: FIRST, fetchPage }),
    )
    expect(error).toMatchObject({ code: 'BadResponse', method: 'GET', path: '/domains/' })
    expect((error as Error).message).toMatch(/loop/)
    expect(fetched).toHaveLength(2)
  })

  it('stops endless pages that bring nothing new', async () => {
    let n = 0
    const fetchPage = async () => ({ count: 1, next: page(++n + 1), results: [d(1)] })
    const error = await rejectionOf(() =>
      collectAllPages({ baseUrl: BASE, firstUrl: FIRST, fetchPage }),
    )
    expect(error).toMatchObject({ code: 'BadResponse' })
    expect(n).toBe(4)
  })

  it('stops at the page cap even when every page is new', async () => {
    let n = 0
    const fetchPage = async () => ({ count: 1e9, next: page(++n + 1), results: [d(n)] })
    const error = await rejectionOf(() =>
      collectAllPages({ baseUrl: BASE, firstUrl: FIRST, fetchPage, maxPages: 25 }),
    )
    expect((error as Error).message).toMatch(/did not end after 25 pages/)
    expect(n).toBe(25)
  })

  it('refuses a next link to another origin before fetching it', async () => {
    const { fetchPage, fetched } = pages({
      [FIRST.href]: {
        count: 4,
        next: 'https://evil.example/api/v1/domains/?page=2',
        results: [d(1)],
      },
    })
    const error = await rejectionOf(() =>
      collectAllPages({ baseUrl: BASE, firstUrl: FIRST, fetchPage }),
    )
    expect(error).toMatchObject({ code: 'BadResponse' })
    expect(fetched).toEqual([FIRST.href])
  })
})
