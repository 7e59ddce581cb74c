/**
 * `npm run bench:sync` — the first sync of 1,000, 10,000 and 100,000 domains into the cache, three
 * ways, each against its floor. The sandbox runs in a child process (its own core, its own memory),
 * so the figures are the app's.
 *
 * 1. Loopback: the first sync against the client's bare listing of the same pages (sequential,
 *    as before); the CPU floor: the CPU the listing takes on both sides plus the CPU of storing
 *    what it listed, over the machine's cores (no first sync can be faster, however it splits
 *    its work over threads); the cost per domain, a repeat sync, cold start to the first page, the search
 *    index read at once and the longest step of its stepped read, then (from it) a search of 3+
 *    and of 1 character, one of 2 characters that matches nothing, a sort, every query of the
 *    Overview page together (and a repeat visit, answered from the last computation), the
 *    calendar's 12-month forecast and a month grid's expirations, the cache size per domain
 *    and main's peak RSS during a first sync run in a process of its own.
 * 2. 150 ms per request, pages capped at 100 (`--latency 150 --max-page-size 100`): against the
 *    bare concurrent listing, and the two arithmetic floors (walking page by page; 8 in flight).
 * 3. A throttled server (`--rate-limit 20`, loopback, pages of 100; at most 10,000 domains to keep
 *    the run short): against the minimum its fixed window allows, with the 429s met.
 * Prints figures; asserts nothing.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { Cache } from '../../electron/main/core/db/cache'
import { nameIndexOf } from '../../electron/main/core/db/name-index'
import { openCache } from '../../electron/main/core/db/open-cache'
import { warmSearchIndexInSteps } from '../../electron/main/core/db/portfolio-search'
import { openDatabase, type Db } from '../../electron/main/core/db/sqlite'
import { VpsApiClient, type ApiAccount } from '../../electron/main/core/vps-api/index'
import { createAppServices, type AppServices } from '../../electron/main/services/app-services'
import { cpuMsSince, processCpuMs, servicesFor, time } from './sync-support'
import { DomainWriter } from '../../electron/main/services/domain-writer'
import { EventBus } from '../../electron/main/services/event-bus'
import type { Domain } from '../../electron/shared/vps-api/types'

// BENCH_SIZES=300 makes a quick smoke run (tests/bench/benches.test.ts).
const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number)
const PAGE_SIZE = 200
const LATENCY_MS = 150
const CAPPED_PAGE = 100
const RATE_LIMIT = 20
const MAX_THROTTLED_SIZE = 10_000
const STORE_BATCH = 5_000
const ROOT = fileURLToPath(new URL('../..', import.meta.url))

interface Sandbox extends ApiAccount {
  child: ChildProcess
}

/** The sandbox CLI in a child process; resolves once it printed its base URL and token. */
async function startChildSandbox(domains: number, extra: string[] = []): Promise<Sandbox> {
  const args = ['--port', '0', '--json', '--clock-speed', '0', '--domains', String(domains)]
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'electron/sandbox/cli.ts', ...args, ...extra],
    {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  )
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', resolve)
    child.once('exit', (code) => reject(new Error(`the sandbox exited with ${code}`)))
  })
  const summary = JSON.parse(line) as { base_url: string; token: string }
  return { child, baseUrl: summary.base_url, token: summary.token }
}

/**
 * Main's peak RSS (MB) during a first sync of its own, in a fresh process as the app runs it:
 * this process has held the floors' listings and caches, which would count as the sync's.
 */
async function firstSyncRss(sandbox: Sandbox, count: number): Promise<number> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/bench/first-sync-rss.ts'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: {
      ...process.env,
      BENCH_SANDBOX: JSON.stringify({ baseUrl: sandbox.baseUrl, token: sandbox.token }),
    },
  })
  let out = ''
  child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()))
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve))
  const result = JSON.parse(out.trim().split('\n').pop() || '{}') as { rss?: number; seen?: number }
  if (code !== 0 || result.seen !== count || result.rss === undefined)
    throw new Error(`the first sync in its own process failed (exit ${code}): ${out}`)
  return result.rss
}

async function stop(sandbox: Sandbox): Promise<void> {
  const exited = new Promise((resolve) => sandbox.child.once('exit', resolve))
  sandbox.child.kill('SIGTERM')
  await exited
}

const size = (path: string) => statSync(path, { throwIfNoEntry: false })?.size ?? 0
const cells = (values: Array<[number, number, number]>) =>
  values.map(([value, digits, width]) => value.toFixed(digits).padStart(width)).join('  ')

/**
 * The two storage floors of a first sync, without any network: the listed domains written
 * into a fresh cache as a first sync writes them (the domain table's secondary indexes dropped
 * while it fills and built at the end, deferred-indexes.ts), by the app's own writer in
 * transactions of STORE_BATCH rows with the search index (one transaction of 100,000 rows is
 * slower, its dirty pages overflow the page cache); and the same rows inserted into a bare table
 * with only its primary key.
 */
function storeFloors(domains: Domain[]): [store: number, storeCpu: number, bare: number] {
  const dir = mkdtempSync(join(tmpdir(), 'dd-bench-store-'))
  try {
    const cache = new Cache(openCache(join(dir, 'cache.db')).db)
    const writer = new DomainWriter(cache, new EventBus())
    const ctx = { accountId: 'bench', now: new Date().toISOString(), source: 'sync' as const }
    const started = performance.now()
    const cpu = process.cpuUsage()
    cache.domainIndexes.deferWhileEmpty()
    for (let from = 0; from < domains.length; from += STORE_BATCH) {
      cache.transaction(() => {
        const batch = domains.slice(from, from + STORE_BATCH)
        for (const d of batch) writer.apply(d, { ...ctx, quietAdds: true }, null)
        cache.domains.flushSearch()
      })
    }
    cache.domainIndexes.restoreAll()
    const store = performance.now() - started
    const storeCpu = cpuMsSince(cpu)
    cache.db.close()
    const db = openDatabase(join(dir, 'bare.db'))
    db.exec('PRAGMA journal_mode = WAL')
    db.exec('PRAGMA synchronous = NORMAL')
    db.exec(
      'CREATE TABLE domains (account_id TEXT NOT NULL, id INTEGER NOT NULL, name TEXT NOT NULL, body TEXT NOT NULL, PRIMARY KEY (account_id, id)) WITHOUT ROWID',
    )
    const insert = db.prepare('INSERT INTO domains VALUES (?, ?, ?, ?)')
    const bareStarted = performance.now()
    db.exec('BEGIN')
    for (const d of domains) insert.run('bench', d.id, d.domain_name, JSON.stringify(d))
    db.exec('COMMIT')
    const bare = performance.now() - bareStarted
    db.close()
    return [store, storeCpu, bare]
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/**
 * The bare listing's time, the CPU it took on both sides (this process and the sandbox's), and
 * the storage floors of what it listed. In a function of its own, so that the listed domains are
 * garbage before the sync whose peak RSS is measured.
 */
async function floors(client: VpsApiClient, sandbox: Sandbox): Promise<Floors> {
  const cpu = process.cpuUsage()
  const serverCpu = processCpuMs(sandbox.child.pid)
  const [listing, listed] = await time(() => client.listAllDomains(sandbox))
  const listingCpu = cpuMsSince(cpu) + processCpuMs(sandbox.child.pid) - serverCpu
  const [store, storeCpu, bare] = storeFloors(listed.domains)
  return { listing, listingCpu, store, storeCpu, bare }
}

interface Floors {
  /** The client's bare listing, sequential (ms). */
  listing: number
  /** CPU the listing took, the client's and the sandbox's together (ms). */
  listingCpu: number
  /** The app's writer storing the listed domains, no network (ms), and its CPU (ms). */
  store: number
  storeCpu: number
  /** The same rows into a table with only a primary key (ms). */
  bare: number
}

/**
 * The least time a first sync can take on this machine, whatever its threads: it does the
 * listing's work on both sides and the store's, and no schedule runs more than one core's
 * worth of it per core at a time.
 */
const cpuFloor = (f: Floors) => Math.max(f.listing, (f.listingCpu + f.storeCpu) / cpus().length)

/**
 * Median of 21 runs of a portfolio query, in ms. Of five runs, two slow ones (a garbage
 * collection after the floors' listings, the machine's other work) moved the median of a 3 ms
 * search by a few milliseconds from one bench run to the next.
 */
async function queryMs(services: AppServices, accountId: string, query: object): Promise<number> {
  const runs: number[] = []
  for (let i = 0; i < 21; i++) {
    runs.push(
      (await time(async () => services.portfolio.list(accountId, { limit: 100, ...query })))[0],
    )
  }
  return runs.sort((a, b) => a - b)[10]!
}

/**
 * The search index read at once (what a search would wait for before the stepped read existed)
 * and the longest step of the stepped read (what a keystroke meanwhile waits for at most), in ms.
 * Leaves the index read, so the search figures after it are answered from memory.
 */
async function indexReadMs(db: Db, accountId: string): Promise<[number, number]> {
  const index = nameIndexOf(db)
  index.forget(accountId)
  const [whole] = await time(async () => index.account(accountId))
  index.forget(accountId)
  let longest = 0
  let from = performance.now()
  const pause = async () => {
    longest = Math.max(longest, performance.now() - from)
    await new Promise((resolve) => setImmediate(resolve))
    from = performance.now()
  }
  if (!(await warmSearchIndexInSteps(db, accountId, { pause })))
    throw new Error('the stepped read of the search index gave up')
  longest = Math.max(longest, performance.now() - from)
  return [whole, longest]
}

/**
 * The first search with many matches under a sort other than by name, 2 s after the user sorted
 * by it (sort by expiry, then type): it walks the account's order for that sort, which a search
 * used to read whole and the app now reads in steps once a page with that sort is asked for.
 */
async function sortedSearchMs(services: AppServices, accountId: string): Promise<number> {
  const sort = { by: 'registered', dir: 'asc' } as const
  services.portfolio.list(accountId, { limit: 64, sort })
  await new Promise((resolve) => setTimeout(resolve, 2000))
  const query = { limit: 64, search: 'p', sort }
  return (await time(async () => services.portfolio.list(accountId, query)))[0]
}

/**
 * The Overview page's figures: [its queries, computed (median of 5, each in another time zone so
 * that none is answered from the previous one), a repeat visit with nothing changed].
 */
async function overviewMs(services: AppServices, accountId: string): Promise<[number, number]> {
  const zones = ['UTC', 'Asia/Yerevan', 'America/New_York', 'Europe/Paris', 'Asia/Tokyo']
  const runs: number[] = []
  for (const zone of zones)
    runs.push((await time(async () => services.overview.overview(accountId, zone)))[0])
  const [again] = await time(async () => services.overview.overview(accountId, zones.at(-1)!))
  return [runs.sort((a, b) => a - b)[2]!, again]
}

/**
 * The calendar page's two questions to main, ms: the 12-month renewal forecast (median of 5,
 * each in another time zone) and the expirations on a month's grid (six weeks, median of 5).
 */
async function calendarMs(services: AppServices, accountId: string): Promise<[number, number]> {
  const zones = ['UTC', 'Asia/Yerevan', 'America/New_York', 'Europe/Paris', 'Asia/Tokyo']
  const forecasts: number[] = []
  for (const zone of zones)
    forecasts.push((await time(async () => services.planning.forecast(accountId, 12, zone)))[0])
  const grids: number[] = []
  const from = Date.now()
  for (let i = 0; i < 5; i++) {
    const range = {
      from: new Date(from).toISOString(),
      to: new Date(from + 42 * 86_400_000).toISOString(),
    }
    grids.push((await time(async () => services.planning.calendar(accountId, range)))[0])
  }
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[2]!
  return [median(forecasts), median(grids)]
}

async function loopback(count: number): Promise<void> {
  const sandbox = await startChildSandbox(count)
  const dataDir = mkdtempSync(join(tmpdir(), 'dd-bench-sync-'))
  try {
    const client = new VpsApiClient({ pageSize: PAGE_SIZE })
    await client.listAllDomains(sandbox)
    const measured = await floors(client, sandbox)
    const { listing: floor, store, bare } = measured
    const started = await servicesFor(sandbox, dataDir)
    const { accountId, options } = started
    let services = started.services
    // Adding an account starts its first sync at once; syncNow joins that run.
    const [first, run] = await time(() => services.sync.syncNow(accountId))
    if (run.seen !== count) throw new Error(`synced ${run.seen} of ${count}`)
    const [resync] = await time(() => services.sync.syncNow(accountId))
    await services.dispose()
    const [cold, page] = await time(async () => {
      services = await createAppServices(options)
      return services.portfolio.list(accountId, { limit: 100, sort: { by: 'name', dir: 'asc' } })
    })
    if (page.total !== count) throw new Error(`first page says ${page.total} domains`)
    const [indexWhole, indexStep] = await indexReadMs(services.cache.db, accountId)
    const search = await queryMs(services, accountId, { search: 'pine' })
    const short = await queryMs(services, accountId, { search: 'p' })
    // Two characters no name has: nothing to find, every domain to test.
    const rare = await queryMs(services, accountId, { search: 'zq' })
    const sort = await queryMs(services, accountId, { sort: { by: 'expires', dir: 'desc' } })
    const sortedSearch = await sortedSearchMs(services, accountId)
    const [overview, overviewAgain] = await overviewMs(services, accountId)
    const [forecast, grid] = await calendarMs(services, accountId)
    services.cache.db.exec('PRAGMA wal_checkpoint(TRUNCATE)')
    const bytes = size(join(dataDir, 'cache.db')) + size(join(dataDir, 'cache.db-wal'))
    await services.dispose()
    const rss = await firstSyncRss(sandbox, count)
    console.log(
      `${String(count).padStart(7)}  ${cells([
        [floor, 0, 8],
        [first, 0, 11],
        [first / floor, 2, 5],
        [store, 0, 8],
        [(floor + store) / floor, 2, 5],
        [measured.listingCpu, 0, 14],
        [measured.storeCpu, 0, 12],
        [cpuFloor(measured), 0, 12],
        [cpuFloor(measured) / floor, 2, 5],
        [bare, 0, 7],
        [(first * 1000) / count, 0, 9],
        [resync, 0, 9],
        [resync / floor, 2, 5],
        [cold, 0, 13],
        [indexWhole, 0, 9],
        [indexStep, 1, 8],
        [search, 1, 9],
        [short, 1, 8],
        [rare, 1, 9],
        [sort, 1, 7],
        [sortedSearch, 1, 17],
        [overview, 1, 11],
        [overviewAgain, 2, 8],
        [forecast, 0, 11],
        [grid, 0, 8],
        [bytes / 1024 / 1024, 1, 6],
        [bytes / count, 0, 8],
        [rss, 0, 7],
      ])}`,
    )
  } finally {
    await stop(sandbox)
    rmSync(dataDir, { recursive: true, force: true })
  }
}

async function overLatency(count: number): Promise<void> {
  const network = ['--latency', String(LATENCY_MS), '--max-page-size', String(CAPPED_PAGE)]
  const sandbox = await startChildSandbox(count, network)
  const dataDir = mkdtempSync(join(tmpdir(), 'dd-bench-sync-'))
  try {
    const pages = Math.max(1, Math.ceil(count / CAPPED_PAGE))
    const client = new VpsApiClient({ pageSize: PAGE_SIZE })
    const [floor, bare] = await time(() =>
      client.streamAllDomains(sandbox, {}, { onBatch: () => {} }),
    )
    const { services, accountId } = await servicesFor(sandbox, dataDir)
    const [first, run] = await time(() => services.sync.syncNow(accountId))
    if (run.seen !== count) throw new Error(`synced ${run.seen} of ${count}`)
    await services.dispose()
    console.log(
      `${String(count).padStart(7)}  ${cells([
        [pages, 0, 8],
        [pages * LATENCY_MS, 0, 13],
        [(1 + Math.ceil((pages - 1) / 8)) * LATENCY_MS, 0, 12],
        [floor, 0, 11],
        [first, 0, 11],
        [first / floor, 2, 5],
        [(first * 1000) / count, 0, 9],
        [bare.peakInFlight, 0, 9],
      ])}`,
    )
  } finally {
    await stop(sandbox)
    rmSync(dataDir, { recursive: true, force: true })
  }
}

async function throttled(count: number): Promise<void> {
  const limits = ['--rate-limit', String(RATE_LIMIT), '--max-page-size', String(CAPPED_PAGE)]
  const sandbox = await startChildSandbox(count, limits)
  const dataDir = mkdtempSync(join(tmpdir(), 'dd-bench-sync-'))
  const controls = sandbox.baseUrl.replace(/\/api\/v1$/, '/__sandbox')
  try {
    const pages = Math.max(1, Math.ceil(count / CAPPED_PAGE))
    // The account is added (one request) and the throttle's window left to pass first.
    const { services, accountId } = await servicesFor(sandbox, dataDir)
    await services.sync.idle()
    await new Promise((resolve) => setTimeout(resolve, 1100))
    const [roundTrip] = await time(() => new VpsApiClient().listDomainsPage(sandbox))
    await new Promise((resolve) => setTimeout(resolve, 1100))
    await fetch(`${controls}/requests`, { method: 'DELETE' })
    const [ms, run] = await time(() => services.sync.syncNow(accountId))
    if (run.seen !== count) throw new Error(`synced ${run.seen} of ${count}`)
    await services.dispose()
    const log = (await (await fetch(`${controls}/requests`)).json()) as {
      requests: Array<{ status: number | null }>
    }
    // A fixed window lets RATE_LIMIT through at the start of each second: the last batch can
    // start after ceil(pages / limit) - 1 seconds and takes one round trip.
    const minimum = (Math.ceil(pages / RATE_LIMIT) - 1) * 1000 + roundTrip
    console.log(
      `${String(count).padStart(7)}  ${cells([
        [pages, 0, 8],
        [RATE_LIMIT, 0, 7],
        [minimum, 0, 10],
        [ms, 0, 11],
        [ms / minimum, 2, 5],
        [log.requests.filter((r) => r.status === 429).length, 0, 4],
      ])}`,
    )
  } finally {
    await stop(sandbox)
    rmSync(dataDir, { recursive: true, force: true })
  }
}

async function main(): Promise<void> {
  console.log(
    `bench:sync — Node ${process.version}, ${cpus().length} cores, page_size ${PAGE_SIZE}`,
  )
  console.log('Loopback')
  console.log(
    'domains  floor ms  1st sync ms  ratio  store ms  +ratio  listing CPU ms  store CPU ms  CPU floor ms  ratio  bare ms  µs/domain  resync ms  ratio  cold→page1 ms  index ms  step ms  search ms  1-char ms  2-none ms  sort ms  sorted search ms  overview ms  again ms  forecast ms  grid ms  db MB  B/domain  RSS MB',
  )
  for (const count of SIZES) await loopback(count)
  console.log(`${LATENCY_MS} ms per request, pages capped at ${CAPPED_PAGE}, at most 8 in flight`)
  console.log(
    'domains  requests  one by one ms  8 wide ms  listing ms  1st sync ms  ratio  µs/domain  in flight',
  )
  for (const count of SIZES) await overLatency(count)
  console.log(`Throttled to ${RATE_LIMIT} requests/s, loopback, pages of ${CAPPED_PAGE}`)
  console.log('domains  requests  limit/s  minimum ms  1st sync ms  ratio  429s')
  for (const count of SIZES.filter((n) => n <= MAX_THROTTLED_SIZE)) await throttled(count)
}

await main()
