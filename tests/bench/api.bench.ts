/**
 * `npm run bench:api` — listing the whole portfolio through the API client against the sandbox,
 * compared with a floor of raw fetch + JSON.parse of the same pages, for 10,000 and 100,000
 * domains; and the sandbox's request rate. Prints figures; asserts nothing.
 */
import { cpus } from 'node:os'
import { VpsApiClient } from '../../electron/main/core/vps-api/index'
import { startSandbox } from '../../electron/sandbox/index'

// BENCH_SIZES=300 makes a quick smoke run (tests/bench/benches.test.ts).
const SIZES = (process.env.BENCH_SIZES ?? '10000,100000').split(',').map(Number)
const PAGE_SIZE = 1000
const RUNS = Number(process.env.BENCH_RUNS ?? 5)

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}

async function time(fn: () => Promise<unknown>): Promise<number> {
  const started = performance.now()
  await fn()
  return performance.now() - started
}

/** The floor: follow `next` with plain fetch and JSON.parse, no validation, no retries. */
async function rawListing(baseUrl: string, token: string): Promise<number> {
  let url: string | null = `${baseUrl}/domains/?page_size=${PAGE_SIZE}`
  let received = 0
  while (url) {
    const res = await fetch(url, {
      headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
    })
    const body = JSON.parse(await res.text()) as { next?: string | null; results: unknown[] }
    received += body.results.length
    url = body.next ?? null
  }
  return received
}

/** Requests per second the sandbox serves for one domain's details, 16 at a time. */
async function sandboxRate(
  baseUrl: string,
  token: string,
  total = 4000,
  concurrency = 16,
): Promise<number> {
  let next = 0
  const worker = async () => {
    while (next < total) {
      next++
      const res = await fetch(`${baseUrl}/domains/101/`, {
        headers: { Authorization: `Bearer ${token}` },
      })
      await res.arrayBuffer()
    }
  }
  const ms = await time(() => Promise.all(Array.from({ length: concurrency }, worker)))
  return total / (ms / 1000)
}

async function main(): Promise<void> {
  console.log(
    `bench:api — Node ${process.version}, ${cpus().length} cores, page_size ${PAGE_SIZE}, median of ${RUNS} runs`,
  )
  console.log('domains   pages  client ms  floor ms  client/floor  sandbox req/s (details)')
  for (const size of SIZES) {
    const sandbox = await startSandbox({ domains: size, clockSpeed: 0 })
    const account = { baseUrl: sandbox.baseUrl, token: sandbox.token }
    const client = new VpsApiClient({ pageSize: PAGE_SIZE })
    try {
      // Warm both paths once (JIT, keep-alive sockets), checking they see the same portfolio.
      const warm = await client.listAllDomains(account)
      const floorCount = await rawListing(sandbox.baseUrl, sandbox.token)
      if (warm.domains.length !== size || floorCount !== size) {
        throw new Error(
          `expected ${size} domains, client saw ${warm.domains.length}, floor ${floorCount}`,
        )
      }
      const clientTimes: number[] = []
      const floorTimes: number[] = []
      for (let i = 0; i < RUNS; i++) {
        floorTimes.push(await time(() => rawListing(sandbox.baseUrl, sandbox.token)))
        clientTimes.push(await time(() => client.listAllDomains(account)))
      }
      const c = median(clientTimes)
      const f = median(floorTimes)
      const rate = await sandboxRate(sandbox.baseUrl, sandbox.token)
      console.log(
        `${String(size).padStart(7)}  ${String(warm.pages).padStart(5)}  ${c.toFixed(0).padStart(9)}  ${f.toFixed(0).padStart(8)}  ${(c / f).toFixed(2).padStart(12)}  ${rate.toFixed(0).padStart(10)}`,
      )
    } finally {
      await sandbox.close()
    }
  }
}

await main()
