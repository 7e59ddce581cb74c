/**
 * `npm run bench:sync` — for 10,000 and 100,000 domains from the sandbox: a full first sync into
 * the cache and a repeat sync, against the client's bare listing of the same pages (the floor);
 * the time from a cold start (opening the cache) to the first portfolio page; and the database
 * size. Prints figures; asserts nothing.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import { join } from 'node:path'
import { createTokenVault } from '../../electron/main/core/vault/index'
import { VpsApiClient } from '../../electron/main/core/vps-api/index'
import { createAppServices } from '../../electron/main/services/app-services'
import { createMemoryLogger } from '../../electron/main/services/logger'
import { startSandbox } from '../../electron/sandbox/index'

// BENCH_SIZES=300 makes a quick smoke run (tests/bench/benches.test.ts).
const SIZES = (process.env.BENCH_SIZES ?? '10000,100000').split(',').map(Number)
const PAGE_SIZE = 200

function memoryVault() {
  const entries = new Map<string, string>()
  return createTokenVault({
    service: 'bench',
    backend: {
      getPassword: async (_s, a) => entries.get(a) ?? null,
      setPassword: async (_s, a, p) => void entries.set(a, p),
      deletePassword: async (_s, a) => entries.delete(a),
    },
  })
}

async function time<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const started = performance.now()
  const value = await fn()
  return [performance.now() - started, value]
}

const size = (path: string) => statSync(path, { throwIfNoEntry: false })?.size ?? 0

async function main(): Promise<void> {
  console.log(
    `bench:sync — Node ${process.version}, ${cpus().length} cores, page_size ${PAGE_SIZE}`,
  )
  console.log(
    'domains  floor ms  1st sync ms  ratio  resync ms  ratio  cold→page1 ms  search ms  db MB',
  )
  for (const count of SIZES) {
    const sandbox = await startSandbox({ domains: count, clockSpeed: 0 })
    const account = { baseUrl: sandbox.baseUrl, token: sandbox.token }
    const dataDir = mkdtempSync(join(tmpdir(), 'dd-bench-sync-'))
    try {
      const client = new VpsApiClient({ pageSize: PAGE_SIZE })
      await client.listAllDomains(account)
      const [floor] = await time(() => client.listAllDomains(account))
      const vault = memoryVault()
      const options = {
        dataDir,
        vault,
        version: 'bench',
        logger: createMemoryLogger(),
        refreshIntervalMs: 0,
      }
      let services = await createAppServices(options)
      const added = await services.accounts.add({
        label: 'bench',
        baseUrl: sandbox.baseUrl,
        token: sandbox.token,
      })
      // Adding an account starts its first sync at once; syncNow joins that run.
      const [first, run] = await time(() => services.sync.syncNow(added.id))
      if (run.seen !== count) throw new Error(`synced ${run.seen} of ${count}`)
      const [resync] = await time(() => services.sync.syncNow(added.id))
      await services.dispose()

      const [cold, page] = await time(async () => {
        services = await createAppServices(options)
        return services.portfolio.list(added.id, { limit: 100, sort: { by: 'name', dir: 'asc' } })
      })
      if (page.total !== count) throw new Error(`first page says ${page.total} domains`)
      const [search] = await time(async () =>
        services.portfolio.list(added.id, { search: 'pine', limit: 100 }),
      )
      services.cache.db.exec('PRAGMA wal_checkpoint(TRUNCATE)')
      const mb =
        (size(join(dataDir, 'cache.db')) + size(join(dataDir, 'cache.db-wal'))) / 1024 / 1024
      await services.dispose()
      console.log(
        [
          String(count).padStart(7),
          floor.toFixed(0).padStart(8),
          first.toFixed(0).padStart(11),
          (first / floor).toFixed(2).padStart(5),
          resync.toFixed(0).padStart(9),
          (resync / floor).toFixed(2).padStart(5),
          cold.toFixed(0).padStart(13),
          search.toFixed(1).padStart(9),
          mb.toFixed(1).padStart(6),
        ].join('  '),
      )
    } finally {
      await sandbox.close()
      rmSync(dataDir, { recursive: true, force: true })
    }
  }
}

await main()
