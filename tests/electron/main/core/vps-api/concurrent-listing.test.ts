import { describe, expect, it } from 'vitest'
import { VpsApiClient } from '../../../../../electron/main/core/vps-api/index'
import type { Domain } from '../../../../../electron/shared/vps-api/types'
import { startTestSandbox, type TestSandbox } from '../../../../support/sandbox'

/** A client whose fetch counts the requests in flight and can act after each answer. */
function countingClient(afterAnswer?: (n: number) => Promise<void> | void) {
  let inFlight = 0
  let answered = 0
  const seen = { peak: 0 }
  const client = new VpsApiClient({
    pageSize: 1000,
    minRetryDelayMs: 1,
    maxRetryDelayMs: 5,
    fetch: async (input, init) => {
      inFlight++
      seen.peak = Math.max(seen.peak, inFlight)
      try {
        return await globalThis.fetch(input, init)
      } finally {
        inFlight--
        await afterAnswer?.(++answered)
      }
    },
  })
  return { client, seen }
}

const account = (sb: TestSandbox) => ({ baseUrl: sb.baseUrl, token: sb.token })

describe('streamAllDomains', () => {
  it('reads every page, at most 8 at once, handing each page over as it lands', async () => {
    const sb = await startTestSandbox({ domains: 2000, latencyMs: 40, maxPageSize: 100 })
    const { client, seen } = countingClient()
    const batches: number[] = []
    const listing = await client.streamAllDomains(
      account(sb),
      {},
      { onBatch: (d) => batches.push(d.length) },
    )
    expect(listing).toMatchObject({ count: 2000, pages: 20, passes: 1, complete: true })
    expect(listing.ids.size).toBe(2000)
    expect(batches).toEqual(Array(20).fill(100))
    expect(seen.peak).toBeGreaterThan(1)
    expect(seen.peak).toBeLessThanOrEqual(8)
    // Concurrent: 20 round trips of 40 ms one after another would take 800 ms.
    expect(sb.log.since().every((r) => r.status === 200)).toBe(true)
  })

  it('reads again when a domain is added and one removed mid-listing: nothing lost, nothing twice', async () => {
    const sb = await startTestSandbox({ domains: 1000, latencyMs: 5, maxPageSize: 100 })
    let changed = false
    const { client } = countingClient(async (n) => {
      if (n !== 3 || changed) return
      changed = true
      await sb.api('DELETE', '/domains/150/')
      await sb.api('POST', '/domains/', { domain_name: 'added-mid-sync.com', years: 1 })
    })
    const delivered: Domain[] = []
    const listing = await client.streamAllDomains(
      account(sb),
      {},
      { onBatch: (d) => delivered.push(...d) },
    )
    const now = sb.registrar.list().map((d) => d.id)
    expect(listing.complete).toBe(true)
    expect(listing.passes).toBe(2)
    expect([...listing.ids].sort((a, b) => a - b)).toEqual(now)
    expect(listing.ids.has(150)).toBe(false)
    expect(delivered.some((d) => d.domain_name === 'added-mid-sync.com')).toBe(true)
  })

  it('under a rate limit meets one burst of 429s, then paces itself and wastes no more', async () => {
    const sb = await startTestSandbox({ domains: 3000, maxPageSize: 100, rateLimit: 10 })
    const { client } = countingClient()
    const listing = await client.streamAllDomains(account(sb), {}, { onBatch: () => {} })
    expect(listing).toMatchObject({ count: 3000, complete: true })
    const statuses = sb.log.since().map((r) => r.status)
    const throttled = statuses.flatMap((s, i) => (s === 429 ? [i] : []))
    expect(throttled.length).toBeGreaterThan(0)
    expect(throttled.length).toBeLessThanOrEqual(8)
    // Every 429 belongs to the first burst: none after the first request that followed them.
    const firstAfter = statuses.findIndex((s, i) => i > throttled[0]! && s === 200)
    expect(throttled.every((i) => i < firstAfter)).toBe(true)
  }, 20_000)

  it('fails as a whole on an error retrying cannot fix, and hands nothing over after it', async () => {
    const sb = await startTestSandbox({ domains: 2000, latencyMs: 30, maxPageSize: 100 })
    let requests = 0
    const client = new VpsApiClient({
      pageSize: 100,
      fetch: async (input, init) => {
        // The token stops working at the fourth request: a 401 is final, whatever is in flight.
        if (++requests === 4) {
          return new Response(JSON.stringify({ detail: 'Invalid token.' }), {
            status: 401,
            headers: { 'Content-Type': 'application/json' },
          })
        }
        return globalThis.fetch(input, init)
      },
    })
    let settled = false
    let afterFailure = 0
    const listing = client.streamAllDomains(
      account(sb),
      {},
      { onBatch: () => void (settled && afterFailure++) },
    )
    await expect(listing).rejects.toMatchObject({ code: 'Unauthorized' })
    settled = true
    await new Promise((r) => setTimeout(r, 150))
    expect(afterFailure).toBe(0)
    expect(requests).toBeLessThan(20)
  })
})
