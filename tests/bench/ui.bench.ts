/**
 * `npm run bench:ui` — the portfolio in Chromium (web preview, real handlers) with 10,000 and
 * 100,000 domains in the cache: navigation to the first rows painted, keystroke-to-repaint while
 * searching (median and p95), sort time, and JS heap after load. The floor is the bridge's own
 * round trip for the same page of rows, so the UI's share is the ratio. Prints figures only.
 */
import { cpus } from 'node:os'
import type { Page } from 'playwright-core'
import { createTokenVault } from '../../electron/main/core/vault/index'
import { startPreview } from '../../electron/web-preview/preview'
import { launchChromium } from '../support/chromium'
import { memoryKeytar } from '../support/memory-keytar'

const SIZES = (process.env.BENCH_SIZES ?? '10000,100000').split(',').map(Number)
const SEARCH = 'coralmar'

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
const p95 = (xs: number[]) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)]!

/**
 * Page-side probes, as source text (they run in Chromium, not in Node): the first painted domain
 * row, and the next painted change of the table body after an action (NaN when nothing changed
 * within 3 s, e.g. a keystroke that leaves the same rows).
 */
const FIRST_PAINT_PROBE = `
  const observer = new MutationObserver(() => {
    if (window.__firstRows !== undefined) return
    const cell = document.querySelector('table tbody tr td:nth-child(2)')
    if (cell && cell.textContent.includes('.')) {
      requestAnimationFrame(() => (window.__firstRows = performance.now()))
      observer.disconnect()
    }
  })
  observer.observe(document, { childList: true, subtree: true, characterData: true })`

const ARM_REPAINT_PROBE = `(() => {
  const body = document.querySelector('table tbody')
  window.__t0 = performance.now()
  window.__painted = new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      observer.disconnect()
      requestAnimationFrame(() => resolve(performance.now()))
    })
    observer.observe(body, { childList: true, subtree: true, characterData: true })
    setTimeout(() => { observer.disconnect(); resolve(NaN) }, 3000)
  })
})()`

const READ_REPAINT_PROBE = `window.__painted.then((t) => t - window.__t0)`

/** Time from an action to the next painted change of the table body, repeated. */
async function repaintTimes(
  page: Page,
  act: (i: number) => Promise<void>,
  times: number,
): Promise<number[]> {
  const out: number[] = []
  for (let i = 0; i < times; i++) {
    await page.evaluate(ARM_REPAINT_PROBE)
    await act(i)
    const took = (await page.evaluate(READ_REPAINT_PROBE)) as number
    if (!Number.isNaN(took)) out.push(took)
    await page.waitForTimeout(120)
  }
  return out
}

/**
 * The probe's first-rows time, once recorded. Polled with plain evaluation: the app's CSP (no
 * 'unsafe-eval') rejects waitForFunction's string predicates. The time is stamped in the page,
 * so the polling interval does not enter the figure.
 */
async function firstRowsTime(page: Page, timeoutMs = 60_000): Promise<number> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const at = (await page.evaluate('window.__firstRows')) as number | undefined
    if (at !== undefined) return at
    if (Date.now() > deadline) throw new Error(`no domain row painted within ${timeoutMs} ms`)
    await page.waitForTimeout(25)
  }
}

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

async function main(): Promise<void> {
  console.log(`bench:ui — Chromium (web preview), Node ${process.version}, ${cpus().length} cores`)
  console.log(
    'domains  first rows ms  key→paint median/p95 ms  floor ms  ratio  sort ms  floor ms  ratio  heap MB',
  )
  const browser = await launchChromium()
  try {
    for (const count of SIZES) {
      const preview = await startPreview({
        port: 0,
        demo: true,
        vault: createTokenVault({ backend: memoryKeytar(), service: 'bench-ui' }),
        services: {
          refreshIntervalMs: 0,
          notificationIntervalMs: 0,
          demo: { domains: count, clockSpeed: 0 },
        },
      })
      await preview.services.sync.idle()
      const page = await browser.newPage({ viewport: { width: 1360, height: 860 } })
      await page.addInitScript({ content: FIRST_PAINT_PROBE })
      await page.goto(`${preview.url}#/portfolio`)
      const firstRows = await firstRowsTime(page)

      const search = page.getByRole('searchbox', { name: 'Search domains' })
      await search.click()
      const keys = await repaintTimes(
        page,
        (i) => page.keyboard.type(SEARCH[i % SEARCH.length]!),
        SEARCH.length,
      )
      const keys2 = await repaintTimes(
        page,
        () => page.keyboard.press('Backspace'),
        SEARCH.length - 1,
      )
      const keystrokes = [...keys, ...keys2]
      const searchFloor = await bridgeFloor(page, {
        search: 'cor',
        limit: 200,
        offset: 0,
        sort: { by: 'name', dir: 'asc' },
      })

      const header = page.getByRole('columnheader', { name: 'Expires' })
      const sorts = await repaintTimes(page, () => header.click(), 6)
      const sortFloor = await bridgeFloor(page, {
        limit: 200,
        offset: 0,
        sort: { by: 'expires', dir: 'desc' },
      })

      const cdp = await page.context().newCDPSession(page)
      await cdp.send('HeapProfiler.collectGarbage')
      const { usedSize } = await cdp.send('Runtime.getHeapUsage')
      console.log(
        [
          String(count).padStart(7),
          firstRows.toFixed(0).padStart(13),
          `${median(keystrokes).toFixed(0)} / ${p95(keystrokes).toFixed(0)}`.padStart(24),
          searchFloor.toFixed(1).padStart(9),
          (median(keystrokes) / searchFloor).toFixed(1).padStart(6),
          median(sorts).toFixed(0).padStart(8),
          sortFloor.toFixed(1).padStart(9),
          (median(sorts) / sortFloor).toFixed(1).padStart(6),
          (usedSize / 1024 / 1024).toFixed(1).padStart(8),
        ].join(' '),
      )
      await page.close()
      await preview.close()
    }
  } finally {
    await browser.close()
  }
}

await main()
