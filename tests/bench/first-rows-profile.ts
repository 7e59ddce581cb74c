/**
 * `npm run bench:ui:profile` — where the renderer's main thread spends a cold load's time up to
 * the first rows, by the code it runs. The renderer is built as it ships (minified) but with
 * source maps, into a folder of its own; the portfolio of BENCH_SIZES' first size (1,000) is
 * loaded cold BENCH_RUNS times (5) under Chromium's CPU profiler, stopped at the first rows; each
 * sample goes to the package (or the app's folder) whose code it was in. A built-in (an Intl
 * formatter's constructor, a forced layout, the garbage collector) counts for the code that
 * called it. Samples outside any script (parsing, style, layout and paint between tasks, the
 * profiler itself) are "(outside JS)"; the top-level code of the modules, which each chunk runs
 * in one function, is "(modules evaluated)". Figures are milliseconds per load under the profiler,
 * which slows the page: compare their shares, not their sum, with bench:ui's first rows.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import { join } from 'node:path'
import { originalPositionFor, TraceMap } from '@jridgewell/trace-mapping'
import { build } from 'electron-vite'
import { createTokenVault } from '../../electron/main/core/vault/index'
import { startPreview } from '../../electron/web-preview/preview'
import { launchChromium } from '../support/chromium'
import { memoryKeytar } from '../support/memory-keytar'
import { FIRST_PAINT_PROBE, firstRowsTime } from './ui-probes'

const SIZE = Number((process.env.BENCH_SIZES ?? '1000').split(',')[0])
const RUNS = Number(process.env.BENCH_RUNS ?? 5)
const SHOWN = 16

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }
  children?: number[]
}
interface Profile {
  nodes: ProfileNode[]
  samples: number[]
  timeDeltas: number[]
}

/**
 * What a source file counts as: its npm package, or the first two parts of its path under
 * renderer/src (`components/portfolio`, `stores/accounts.ts`).
 */
export function groupOf(source: string | null): string {
  if (!source) return '(unmapped)'
  // The last node_modules: a nested or pnpm-style path names the package that holds the file.
  const pkg = /.*node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source)
  if (pkg) return pkg[1]!
  const app = /renderer\/src\/(.+)$/.exec(source.replace(/\?.*$/, ''))
  if (!app) return source
  const parts = app[1]!.split('/')
  return `app: ${parts.length > 1 ? parts.slice(0, 2).join('/') : parts[0]}`
}

/** Milliseconds per group over the samples of one profile. */
function attribute(profile: Profile, assets: string): Map<string, number> {
  const maps = new Map<string, TraceMap | null>()
  const mapOf = (url: string) => {
    const file = url.split('/').pop()!
    if (!maps.has(file)) {
      const path = join(assets, `${file}.map`)
      maps.set(file, existsSync(path) ? new TraceMap(readFileSync(path, 'utf8')) : null)
    }
    return maps.get(file)!
  }
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const parent = new Map<number, number>()
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
  // A node's own group, or null for a built-in with no script of its own.
  const own = (node: ProfileNode): string | null => {
    const { url, functionName, lineNumber, columnNumber } = node.callFrame
    if (url.includes('/assets/')) {
      const map = mapOf(url)
      const at = map && originalPositionFor(map, { line: lineNumber + 1, column: columnNumber })
      // A chunk runs the top-level code of all its modules in one anonymous function, which
      // starts before the first module's code: the modules' own evaluation, not a package's.
      if (!at?.source && !functionName) return '(modules evaluated)'
      return groupOf(at?.source ?? null)
    }
    if (url) return url.split('/').pop()!
    return functionName === '(program)' || functionName === '(idle)' ? functionName : null
  }
  const totals = new Map<string, number>()
  for (let i = 0; i < profile.samples.length; i++) {
    let node = byId.get(profile.samples[i]!)!
    let group = own(node)
    while (group === null && parent.has(node.id)) {
      node = byId.get(parent.get(node.id)!)!
      group = own(node)
    }
    if (group === '(idle)') continue
    const key = group === null || group === '(program)' ? '(outside JS)' : group
    totals.set(key, (totals.get(key) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000)
  }
  return totals
}

async function main(): Promise<void> {
  const out = mkdtempSync(join(tmpdir(), 'domain-desk-profile-build-'))
  await build({ build: { outDir: out, emptyOutDir: true, sourcemap: true }, logLevel: 'error' })
  const renderer = join(out, 'renderer')
  const preview = await startPreview({
    port: 0,
    demo: true,
    rendererDir: renderer,
    vault: createTokenVault({ backend: memoryKeytar(), service: 'domain-desk-bench-profile' }),
    services: {
      refreshIntervalMs: 0,
      notificationIntervalMs: 0,
      demo: { domains: SIZE, clockSpeed: 0 },
    },
  })
  const browser = await launchChromium()
  try {
    await preview.services.sync.idle()
    const perLoad: Array<Map<string, number>> = []
    const firstRows: number[] = []
    // One unprofiled load first: the preview's own first answers are not the page's.
    for (let run = -1; run < RUNS; run++) {
      const context = await browser.newContext({ viewport: { width: 1360, height: 860 } })
      const page = await context.newPage()
      await page.addInitScript({ content: FIRST_PAINT_PROBE })
      const cdp = await context.newCDPSession(page)
      await cdp.send('Profiler.enable')
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 })
      await cdp.send('Profiler.start')
      await page.goto(`${preview.url}#/portfolio`)
      const rows = await firstRowsTime(page)
      const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile }
      await context.close()
      if (run < 0) continue
      firstRows.push(rows)
      perLoad.push(attribute(profile, join(renderer, 'assets')))
    }
    const groups = new Set(perLoad.flatMap((m) => [...m.keys()]))
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
    const table = [...groups]
      .map((g) => [g, median(perLoad.map((m) => m.get(g) ?? 0))] as const)
      .sort((a, b) => b[1] - a[1])
    const busy = median(perLoad.map((m) => [...m.values()].reduce((a, b) => a + b, 0)))
    console.log(
      `bench:ui:profile — Chromium (web preview), Node ${process.version}, ${cpus().length} cores`,
    )
    console.log(
      `${SIZE} domains, ${RUNS} cold loads under the profiler: first rows ${median(firstRows).toFixed(0)} ms, main thread busy ${busy.toFixed(0)} ms (medians)`,
    )
    console.log('ms per load  share  code')
    for (const [group, ms] of table.slice(0, SHOWN))
      console.log(
        `${ms.toFixed(1).padStart(11)}  ${((ms / busy) * 100).toFixed(0).padStart(4)}%  ${group}`,
      )
    const rest = table.slice(SHOWN).reduce((sum, [, ms]) => sum + ms, 0)
    if (rest > 0) console.log(`${rest.toFixed(1).padStart(11)}  ${''.padStart(5)}  the rest`)
  } finally {
    await browser.close()
    await preview.close()
    rmSync(out, { recursive: true, force: true })
  }
}

if (process.argv[1]?.endsWith('first-rows-profile.ts')) await main()
