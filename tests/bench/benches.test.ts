import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'

/**
 * The benchmark scripts are not run for figures here (timings belong in their output, not in
 * tests); this only keeps them runnable: each finishes at a tiny size and prints its header and
 * one row of figures per size. Nothing else in CI runs them, so without this they rot unseen.
 */
const run = promisify(execFile)
const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const TSX = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url))

async function bench(script: string): Promise<string[]> {
  const { stdout } = await run(TSX, [`tests/bench/${script}`], {
    cwd: ROOT,
    env: { ...process.env, BENCH_SIZES: '300', BENCH_RUNS: '1' },
    timeout: 150_000,
  })
  return stdout.trim().split('\n')
}

/** A row of figures for `size`: the size, then numbers only (no NaN, no blanks). */
function figuresRow(lines: string[], size: number): string[] {
  const row = lines.find((l) => l.trim().split(/\s+/)[0] === String(size))
  expect(row, lines.join('\n')).toBeDefined()
  const cells = row!
    .trim()
    .split(/\s+|\//)
    .filter(Boolean)
  for (const cell of cells) expect(cell, row).toMatch(/^\d+(\.\d+)?$/)
  return cells
}

describe('benchmark scripts', () => {
  it('bench:api prints the client, the floor, their ratio and the sandbox rate', async () => {
    const lines = await bench('api.bench.ts')
    expect(lines[0]).toMatch(/^bench:api — Node v\d+/)
    expect(figuresRow(lines, 300)).toHaveLength(6)
  })

  it('bench:sync prints loopback (with its CPU floor), 150 ms latency and throttled tables', async () => {
    const lines = await bench('sync.bench.ts')
    expect(lines[0]).toMatch(/^bench:sync — Node v\d+/)
    const loopback = figuresRow(lines, 300)
    expect(loopback).toHaveLength(29)
    // The CPU floor is at least the listing it starts from: [1] listing ms, [8] CPU floor ms.
    expect(Number(loopback[8])).toBeGreaterThanOrEqual(Number(loopback[1]))
    const latency = lines.findIndex((l) => l.startsWith('150 ms per request'))
    expect(figuresRow(lines.slice(latency), 300)).toHaveLength(9)
    const throttled = lines.findIndex((l) => l.startsWith('Throttled'))
    expect(figuresRow(lines.slice(throttled), 300)).toHaveLength(7)
  })

  it('bench:ui prints first rows, JS gzip, keystroke repaint, sort, heap and a trace from Chromium', async () => {
    const lines = await bench('ui.bench.ts')
    expect(lines[0]).toMatch(/^bench:ui — Chromium/)
    expect(figuresRow(lines, 300)).toHaveLength(17)
    const traced = lines.findIndex((l) => l.startsWith('Cold load to the first rows, traced'))
    expect(lines[traced + 1], lines.join('\n')).toMatch(
      /^ {2}300: first rows \d+ ms traced; .*a static page's rows \d+ ms; the app's first screen as static HTML \d+ ms; .*script compile \d+ ms/,
    )
  })

  it("bench:ui:profile prints where a cold load's main thread time goes, by package", async () => {
    const lines = await bench('first-rows-profile.ts')
    expect(lines[0]).toMatch(/^bench:ui:profile — Chromium/)
    expect(lines[1]).toMatch(
      /^300 domains, 1 cold loads .* first rows \d+ ms, main thread busy \d+ ms/,
    )
    const rows = lines.slice(3).map((l) => /^ +(\d+\.\d) +(\d+%)? +(.+)$/.exec(l))
    for (const [i, row] of rows.entries()) expect(row, lines[i + 3]).not.toBeNull()
    // Vue renders the page: its runtime's code is found in the samples through the source maps.
    expect(rows.map((r) => r![3])).toContain('@vue/runtime-core')
  })
})
