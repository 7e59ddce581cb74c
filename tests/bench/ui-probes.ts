/**
 * Page-side probes and figures for `bench:ui`: the first painted domain row, the bridge's first
 * `portfolio.list` round trip, the next repaint after an action, the gzip size of the scripts the
 * page loaded before its first rows, and a summary of a performance trace of the cold load.
 */
import { readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { CDPSession, Page } from 'playwright-core'
import { DEFAULT_RENDERER_DIR } from '../../electron/web-preview/preview'

const ASSETS = join(DEFAULT_RENDERER_DIR, 'assets')

/**
 * Runs before the page's own scripts (as source text: it runs in Chromium, not in Node): stamps
 * the first painted domain row, and the send and answer of the bridge's first `portfolio.list`
 * (the web preview carries the bridge over a WebSocket) with the rows it asked for.
 */
export const FIRST_PAINT_PROBE = `
  const observer = new MutationObserver(() => {
    if (window.__firstRows !== undefined) return
    const cell = document.querySelector('table tbody tr td:nth-child(2)')
    if (cell && cell.textContent.includes('.')) {
      requestAnimationFrame(() => (window.__firstRows = performance.now()))
      observer.disconnect()
    }
  })
  observer.observe(document, { childList: true, subtree: true, characterData: true })
  const send = WebSocket.prototype.send
  WebSocket.prototype.send = function (data) {
    if (window.__listSent === undefined && String(data).includes('"portfolio.list"')) {
      window.__listSent = performance.now()
      const { id, args } = JSON.parse(String(data))
      window.__listLimit = args[1].limit
      this.addEventListener('message', (m) => {
        if (window.__listAnswered === undefined && JSON.parse(String(m.data)).id === id)
          window.__listAnswered = performance.now()
      })
    }
    return send.call(this, data)
  }`

/**
 * Arms the repaint probe: the clock starts when the page receives the action's first key or
 * pointer press (not when the harness sends it: Playwright's dispatch and its actionability
 * checks take frames of their own), and stops at the frame after the table body's next change.
 */
const ARM_REPAINT_PROBE = `(() => {
  const body = document.querySelector('table tbody')
  window.__t0 = undefined
  const start = () => {
    if (window.__t0 === undefined) window.__t0 = performance.now()
  }
  for (const type of ['keydown', 'pointerdown']) window.addEventListener(type, start, { capture: true, once: true })
  window.__painted = new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      observer.disconnect()
      requestAnimationFrame(() => resolve(performance.now()))
    })
    observer.observe(body, { childList: true, subtree: true, characterData: true })
    setTimeout(() => { observer.disconnect(); resolve(NaN) }, 3000)
  })
})()`

const READ_REPAINT_PROBE = `window.__painted.then((t) => (window.__t0 === undefined ? NaN : t - window.__t0))`

/** Time from an action to the next painted change of the table body, repeated. */
export async function repaintTimes(
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
export async function firstRowsTime(page: Page, timeoutMs = 60_000): Promise<number> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const at = (await page.evaluate('window.__firstRows')) as number | undefined
    if (at !== undefined) return at
    if (Date.now() > deadline) throw new Error(`no domain row painted within ${timeoutMs} ms`)
    await page.waitForTimeout(25)
  }
}

/** Gzip bytes (level 9) of the app's scripts whose download ended before the first rows. */
export async function scriptsBeforeFirstRows(page: Page): Promise<{ files: number; gzip: number }> {
  const names = (await page.evaluate(`performance.getEntriesByType('resource')
    .filter((e) => e.name.endsWith('.js') && e.name.includes('/assets/')
      && e.responseEnd <= window.__firstRows)
    .map((e) => new URL(e.name).pathname)`)) as string[]
  const unique = [...new Set(names.map((n) => basename(n)))]
  const gzip = unique.reduce(
    (sum, name) => sum + gzipSync(readFileSync(join(ASSETS, name)), { level: 9 }).length,
    0,
  )
  return { files: unique.length, gzip }
}

type TraceEvent = {
  name: string
  ph: string
  ts: number
  dur?: number
  tid: number
  pid: number
  args?: { name?: string }
}

/** Starts a CDP trace of the page's main-thread work (call before navigating). */
export async function startTrace(cdp: CDPSession): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = []
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])))
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,v8,v8.execute,blink,loading',
    transferMode: 'ReportEvents',
  })
  return async () => {
    const done = new Promise<void>((resolve) =>
      cdp.once('Tracing.tracingComplete', () => resolve()),
    )
    await cdp.send('Tracing.end')
    await done
    return events
  }
}

/** Groups of trace events on the renderer's main thread, summed (ms) while nested in none. */
const GROUPS: Record<string, string[]> = {
  'script compile': ['v8.compile', 'v8.compileModule', 'V8.CompileCode', 'v8.parseOnBackground'],
  'script run': [
    'EvaluateScript',
    'v8.evaluateModule',
    'FunctionCall',
    'TimerFire',
    'RunMicrotasks',
  ],
  'style+layout': ['UpdateLayoutTree', 'Layout', 'ParseAuthorStyleSheet', 'RecalculateStyles'],
  paint: ['Paint', 'PrePaint', 'Layerize', 'UpdateLayer', 'CompositeLayers'],
  html: ['ParseHTML'],
}

/**
 * The page's main thread: of the renderer main threads in the trace (the blank page the browser
 * opens first has one too, and a navigation may move the page to a new process), the one that
 * did the most of the counted work.
 */
function pageMainThread(
  events: TraceEvent[],
  wanted: Map<string, string>,
): { pid: number; tid: number } | undefined {
  const mains = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
  let best: { pid: number; tid: number } | undefined
  let bestWork = -1
  for (const m of mains) {
    let work = 0
    for (const e of events)
      if (e.ph === 'X' && e.pid === m.pid && e.tid === m.tid && wanted.has(e.name))
        work += e.dur ?? 0
    if (work > bestWork) [best, bestWork] = [{ pid: m.pid, tid: m.tid }, work]
  }
  return best
}

/**
 * What the main thread spent its time on from navigation to the first rows: each group's
 * top-level complete events (an event inside another counted one is not counted again).
 */
export function summariseTrace(events: TraceEvent[], untilMs: number): Record<string, number> {
  const wanted = new Map(Object.entries(GROUPS).flatMap(([g, ns]) => ns.map((n) => [n, g])))
  const main = pageMainThread(events, wanted)
  const onMain = (e: TraceEvent) => !main || (e.pid === main.pid && e.tid === main.tid)
  const nav = events.find(
    (e) =>
      (e.name === 'navigationStart' || e.name === 'fetchStart') && (!main || e.pid === main.pid),
  )
  const start = nav?.ts ?? Math.min(...events.filter((e) => e.ts > 0).map((e) => e.ts))
  const end = start + untilMs * 1000
  const spans = events
    .filter((e) => e.ph === 'X' && wanted.has(e.name) && onMain(e))
    .filter((e) => e.ts >= start && e.ts <= end)
    .sort((a, b) => a.ts - b.ts)
  const out: Record<string, number> = Object.fromEntries(Object.keys(GROUPS).map((g) => [g, 0]))
  let coveredTo = 0
  for (const e of spans) {
    if (e.ts < coveredTo) continue
    out[wanted.get(e.name)!]! += (e.dur ?? 0) / 1000
    coveredTo = e.ts + (e.dur ?? 0)
  }
  return out
}
