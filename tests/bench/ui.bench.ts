/**
 * `npm run bench:ui` — the portfolio in Chromium (web preview, real handlers) with 1,000, 10,000
 * and 100,000 domains in the cache (BENCH_SIZES): cold navigation to the first rows painted
 * (the median of 3 fresh pages, BENCH_RUNS) and the gzip size of the scripts loaded before them,
 * keystroke-to-repaint while searching (p50 and p95 over at least 30 keystrokes), sort time, and
 * JS heap after load and after the searches. The first rows' floor is a bare Vue page that asks
 * main over the same bridge for the rows it shows and paints them (first-rows-floor.ts), loaded
 * alternately with the app; the same keystrokes are timed in it too. The other floors are the
 * bridge's own round trip for as many rows as the app asks for. So the app's own share is the
 * ratio. Then, per size, a summary of a trace of one more cold load, with the bridge's
 * first-page round trip, a static page's load and the app's own first screen as static HTML
 * (its DOM and CSS, none of its code: what the browser alone takes to show it) beside it.
 */
import { rmSync } from 'node:fs'
import { cpus } from 'node:os'
import type { Browser, Page } from 'playwright-core'
import { createTokenVault } from '../../electron/main/core/vault/index'
import { DEFAULT_RENDERER_DIR, startPreview } from '../../electron/web-preview/preview'
import { launchChromium } from '../support/chromium'
import { memoryKeytar } from '../support/memory-keytar'
import { FIRST_SCREEN_HTML, firstScreenRendererDir, floorRendererDir } from './first-rows-floor'
import {
  FIRST_PAINT_PROBE,
  firstRowsTime,
  repaintTimes,
  scriptsBeforeFirstRows,
  startTrace,
  summariseTrace,
} from './ui-probes'

const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number)
const SEARCH = 'coralmar'
/** Cold loads timed per size, and keystroke repaints wanted (`BENCH_RUNS=1`: npm test's check). */
const RUNS = Number(process.env.BENCH_RUNS ?? 3)
const MIN_KEYSTROKES = RUNS === 1 ? 1 : 30

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
const p95 = (xs: number[]) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)]!

async function bridgeFloor(page: Page, query: object, runs = 15): Promise<number> {
  return page.evaluate(
    async ({ q, n }) => {
      const api = (
        globalThis as unknown as {
          domainDesk: {
            accounts: { list(): Promise<any> }
            portfolio: { list(a: string, q: object): Promise<unknown> }
          }
        }
      ).domainDesk
      const id = (await api.accounts.list()).data[0].id
      const times: number[] = []
      for (let i = 0; i < n; i++) {
        const t0 = performance.now()
        await api.portfolio.list(id, q)
        times.push(performance.now() - t0)
      }
      return times.sort((a, b) => a - b)[Math.floor(n / 2)]!
    },
    { q: query, n: runs },
  )
}

const cell = (n: number, digits: number, width: number) => n.toFixed(digits).padStart(width)
const heapMb = async (page: Page) => {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('HeapProfiler.collectGarbage')
  const { usedSize } = await cdp.send('Runtime.getHeapUsage')
  await cdp.detach()
  return usedSize / 1024 / 1024
}
/** The app's first page: as many rows as it asked for (`limit`). */
const firstPage = (limit: number) => ({ limit, offset: 0, sort: { by: 'name', dir: 'asc' } })

/** A fresh page (its own context: nothing cached) on the portfolio, until its first rows. */
async function coldLoad(browser: Browser, url: string, traced = false) {
  const page = await browser.newPage({ viewport: { width: 1360, height: 860 } })
  await page.addInitScript({ content: FIRST_PAINT_PROBE })
  const stop = traced ? await startTrace(await page.context().newCDPSession(page)) : null
  await page.goto(`${url}#/portfolio`)
  const firstRows = await firstRowsTime(page)
  const events = stop ? await stop() : []
  return { page, firstRows, events }
}

/** Search keystrokes (typing the term, then erasing it) until enough repaints were timed. */
async function keystrokeTimes(page: Page): Promise<{ times: number[]; keys: number }> {
  const search = page.getByRole('searchbox', { name: 'Search domains' })
  await search.click()
  const times: number[] = []
  let keys = 0
  while (times.length < MIN_KEYSTROKES && keys < 120) {
    times.push(
      ...(await repaintTimes(page, (i) => page.keyboard.type(SEARCH[i]!), SEARCH.length)),
      ...(await repaintTimes(page, () => page.keyboard.press('Backspace'), SEARCH.length)),
    )
    keys += 2 * SEARCH.length
  }
  return { times, keys }
}

/**
 * A web preview of `count` demo domains (none: no account) serving `rendererDir`, once its first
 * sync and the details backfill after it (free GETs of every domain's details, up to 10,000)
 * are done. The demo registrar runs inside the preview's process, so while the backfill runs,
 * the registrar's side of thousands of requests shares the thread that answers the page; with
 * VPS.org, main does only the client's side, at the network's pace. The bare page's preview
 * fetches no details: it shows none.
 */
async function preview(count: number, rendererDir?: string) {
  const running = await startPreview({
    port: 0,
    demo: count > 0,
    rendererDir,
    vault: createTokenVault({ backend: memoryKeytar(), service: 'bench-ui' }),
    services: {
      refreshIntervalMs: 0,
      notificationIntervalMs: 0,
      detailsBackfillLimit: rendererDir ? 0 : undefined,
      demo: { domains: count, clockSpeed: 0 },
    },
  })
  await running.services.sync.idle()
  await running.services.detailsBackfill.idle()
  return running
}

async function main(): Promise<void> {
  console.log(`bench:ui — Chromium (web preview), Node ${process.version}, ${cpus().length} cores`)
  console.log(
    'domains  first rows ms  floor ms  ratio  JS gzip KB  keys  key→paint p50/p95 ms  floor ms  ratio  bare page p50/p95 ms  sort ms  floor ms  ratio  heap MB load/searched',
  )
  const traces: string[] = []
  const browser = await launchChromium()
  const staticPage = await preview(0, floorRendererDir('static'))
  const floorDir = floorRendererDir('vue')
  try {
    for (const count of SIZES) {
      const app = await preview(count)
      const floor = await preview(count, floorDir)
      // A first page of each warms the main process (the cache's pages); the figures are the
      // next RUNS, loaded alternately so that both meet the same machine.
      for (const p of [app, floor, staticPage]) await (await coldLoad(browser, p.url)).page.close()
      // The app's first screen of this size as static HTML, taken from one more cold load.
      const shot = await coldLoad(browser, app.url)
      const screenDir = firstScreenRendererDir(
        DEFAULT_RENDERER_DIR,
        await shot.page.evaluate<string>(FIRST_SCREEN_HTML),
      )
      await shot.page.close()
      const screen = await preview(0, screenDir)
      await (await coldLoad(browser, screen.url)).page.close()
      const loads: number[] = []
      const floors: number[] = []
      const statics: number[] = []
      const screens: number[] = []
      for (let i = 0; i < RUNS; i++) {
        for (const [p, into] of [
          [app, loads],
          [floor, floors],
          [staticPage, statics],
          [screen, screens],
        ] as const) {
          const load = await coldLoad(browser, p.url)
          into.push(load.firstRows)
          await load.page.close()
        }
      }
      const { page, firstRows, events } = await coldLoad(browser, app.url, true)
      const js = await scriptsBeforeFirstRows(page)
      const list = (await page.evaluate(
        '[window.__listSent, window.__listAnswered, window.__listLimit]',
      )) as number[]
      // The floors ask for as many rows as the app does.
      const limit = list[2]!
      const spent = summariseTrace(events, firstRows)
      const firstPageTrip = await bridgeFloor(page, firstPage(limit))
      traces.push(
        `${count}: first rows ${firstRows.toFixed(0)} ms traced; ${js.files} scripts; ` +
          `a static page's rows ${median(statics).toFixed(0)} ms; ` +
          `the app's first screen as static HTML ${median(screens).toFixed(0)} ms; ` +
          `the bridge's round trip for the first ${limit} rows ${firstPageTrip.toFixed(1)} ms; ` +
          `portfolio.list sent at ${list[0]!.toFixed(0)} ms, answered at ${list[1]!.toFixed(0)} ms; ` +
          Object.entries(spent)
            .map(([k, v]) => `${k} ${v.toFixed(0)} ms`)
            .join(', '),
      )
      const loadHeap = await heapMb(page)
      const firstFloor = median(floors)

      const { times: keystrokes, keys } = await keystrokeTimes(page)
      const searchedHeap = await heapMb(page)
      const searchFloor = await bridgeFloor(page, { ...firstPage(limit), search: 'cor' })
      // The same keystrokes in the bare page, asking for the same window: what any page that
      // searches over the bridge takes, frame included.
      const bareUrl = new URL(floor.url)
      bareUrl.searchParams.set('limit', String(limit))
      const bare = await coldLoad(browser, bareUrl.href)
      const { times: bareKeystrokes } = await keystrokeTimes(bare.page)
      await bare.page.close()

      const header = page.getByRole('columnheader', { name: 'Expires' })
      const sorts = await repaintTimes(page, () => header.click(), 6)
      const sortFloor = await bridgeFloor(page, {
        ...firstPage(limit),
        sort: { by: 'expires', dir: 'desc' },
      })
      const first = median(loads)
      console.log(
        [
          String(count).padStart(7),
          cell(first, 0, 13),
          cell(firstFloor, 1, 9),
          cell(first / firstFloor, 1, 6),
          cell(js.gzip / 1024, 1, 11),
          String(keys).padStart(5),
          `${median(keystrokes).toFixed(0)} / ${p95(keystrokes).toFixed(0)}`.padStart(21),
          cell(searchFloor, 1, 9),
          cell(median(keystrokes) / searchFloor, 1, 6),
          `${median(bareKeystrokes).toFixed(0)} / ${p95(bareKeystrokes).toFixed(0)}`.padStart(21),
          cell(median(sorts), 0, 8),
          cell(sortFloor, 1, 9),
          cell(median(sorts) / sortFloor, 1, 6),
          `${loadHeap.toFixed(1)} / ${searchedHeap.toFixed(1)}`.padStart(24),
        ].join(' '),
      )
      await page.close()
      await app.close()
      await floor.close()
      await screen.close()
      rmSync(screenDir, { recursive: true, force: true })
    }
  } finally {
    await staticPage.close()
    await browser.close()
  }
  console.log('Cold load to the first rows, traced (main thread, top-level events):')
  for (const line of traces) console.log(`  ${line}`)
}

await main()
