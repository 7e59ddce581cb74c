/**
 * A first sync in a process of its own, as the app's main process runs it: prints the peak RSS
 * (MB) while it runs as JSON. `bench:sync` starts it, so that what its own process has held
 * before (the floors' listings and caches) does not count as the sync's. The sandbox comes as
 * `BENCH_SANDBOX` ({ baseUrl, token }).
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { peakRss, servicesFor } from './sync-support'

const sandbox = JSON.parse(process.env.BENCH_SANDBOX ?? '{}') as { baseUrl: string; token: string }
const dataDir = mkdtempSync(join(tmpdir(), 'dd-bench-rss-'))
try {
  const { services, accountId } = await servicesFor(sandbox, dataDir)
  const [rss, run] = await peakRss(() => services.sync.syncNow(accountId))
  await services.dispose()
  console.log(JSON.stringify({ rss, seen: run.seen }))
} finally {
  rmSync(dataDir, { recursive: true, force: true })
}
