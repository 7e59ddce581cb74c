/**
 * Crash safety: a child process syncing in a loop is killed with SIGKILL in the middle of a sync,
 * 50 times. Each time the database must open, pass `PRAGMA integrity_check`, and hold exactly the
 * last committed sync (its digest matches what the child printed after committing it).
 * A resync applies its changes in one transaction at the end, so a kill leaves the previous sync
 * as it was. A first sync writes page by page (rows show while it runs): killed, it leaves some
 * rows but no successful run, and there is no previous sync to protect; the next sync completes
 * them. Kills before the first success are therefore only checked for integrity, and for the
 * indexes such a sync drops while it fills the empty cache: the open after the kill builds them
 * back.
 */
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { build } from 'vite'
import { beforeAll, describe, expect, it } from 'vitest'
import { openCache } from '../../../../electron/main/core/db/open-cache'
import { row, scalar } from '../../../../electron/main/core/db/sqlite'
import { domainIndexNames, freshDomainIndexNames } from '../../../support/domain-indexes'
import { startTestSandbox } from '../../../support/sandbox'
import { portfolioHash } from './fixtures/sync-child'

const KILLS = 50

/** A new cache's indexes of `domains`: what every open must find. */
const FRESH = freshDomainIndexNames()
let childScript = ''

beforeAll(async () => {
  // Bundled once, so that each of the 50 children starts in plain Node in a fraction of a second.
  // Inside the project, so that the bundle's imports of libsql and keytar resolve.
  const cacheDir = fileURLToPath(new URL('../../../../node_modules/.cache/', import.meta.url))
  mkdirSync(cacheDir, { recursive: true })
  const outDir = mkdtempSync(join(cacheDir, 'crash-child-'))
  await build({
    logLevel: 'error',
    configFile: false,
    build: {
      ssr: fileURLToPath(new URL('./fixtures/sync-child.ts', import.meta.url)),
      outDir,
      target: 'node20',
      minify: false,
    },
  })
  childScript = join(outDir, 'sync-child.js')
}, 60_000)

/** Runs the child until `start`, waits `delayMs`, kills it; resolves with the last committed line. */
function runAndKill(
  args: string[],
  delayMs: number,
  skipStarts: number,
): Promise<{ lastDone?: { runId: number; hash: string } }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [childScript, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stderr = ''
    child.stderr!.on('data', (c) => (stderr += c))
    let lastDone: { runId: number; hash: string } | undefined
    let starts = 0
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const [kind, a, b] = line.split(' ')
      if (kind === 'done') lastDone = { runId: Number(a), hash: b! }
      if (kind === 'start' && ++starts === skipStarts + 1)
        setTimeout(() => child.kill('SIGKILL'), delayMs)
    })
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve({ lastDone })
      else reject(new Error(`child exited with ${code}: ${stderr}`))
    })
  })
}

describe('sync crash safety', () => {
  it(`survives SIGKILL in the middle of a sync ${KILLS} times`, async () => {
    const sandbox = await startTestSandbox({ domains: 3000, seed: 3 })
    // The portfolio keeps changing, so that syncs keep writing.
    let generation = 0
    const churn = setInterval(() => {
      generation++
      for (const d of sandbox.registrar.list())
        if ((d.id + generation) % 7 === 0) d.autoRenew = !d.autoRenew
    }, 15)
    const dataDir = mkdtempSync(join(tmpdir(), 'dd-crash-'))
    let compared = 0
    let interrupted = 0
    try {
      for (let i = 0; i < KILLS; i++) {
        const { lastDone } = await runAndKill(
          [dataDir, sandbox.baseUrl, sandbox.token],
          (i * 37) % 120,
          i % 3,
        )
        const { db, notice } = openCache(join(dataDir, 'cache.db'))
        try {
          expect(notice).toBeNull()
          expect(scalar(db, 'PRAGMA integrity_check')).toBe('ok')
          expect(domainIndexNames(db)).toEqual(FRESH)
          interrupted +=
            scalar<number>(db, "SELECT count(*) FROM sync_runs WHERE status = 'running'") ?? 0
          const last = row<{ id: number; account_id: string; seen: number }>(
            db,
            "SELECT id, account_id, seen FROM sync_runs WHERE status = 'ok' ORDER BY id DESC LIMIT 1",
          )
          if (!last) continue
          expect(
            scalar(
              db,
              'SELECT count(*) FROM domains WHERE account_id = ? AND removed_at IS NULL',
              last.account_id,
            ),
          ).toBe(last.seen)
          if (lastDone && lastDone.runId === last.id) {
            expect(portfolioHash(db, last.account_id)).toBe(lastDone.hash)
            compared++
          }
        } finally {
          db.close()
        }
      }
    } finally {
      clearInterval(churn)
    }
    expect(compared).toBeGreaterThan(KILLS / 3)
    // Most kills must land inside a sync (its run still 'running'), not between two.
    expect(interrupted).toBeGreaterThan(KILLS / 2)
  }, 240_000)
})
