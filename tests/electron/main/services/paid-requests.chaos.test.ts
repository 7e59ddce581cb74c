/**
 * The randomized money-safety test over the real services and the sandbox with faults on (see
 * tests/chaos/): a small size here, `npm run test:chaos -- --runs N` for a longer one.
 */
import { describe, expect, it } from 'vitest'
import { describeReport, runChaos } from '../../../chaos/paid-requests'

const RUNS = Number(process.env.CHAOS_RUNS ?? 12)

describe('paid requests under chaos', () => {
  it(`never sends a second paid POST, leaves nothing stuck, and ends in step with VPS.org (${RUNS} runs)`, async () => {
    const report = await runChaos({ runs: RUNS, seed: 1 })
    console.log(describeReport(report))
    expect(report.problems).toEqual([])
    expect(report.maxPostsPerRecord).toBe(1)
    // The runs must really have exercised paid requests, kills and overlapping steps.
    expect(report.intentsSent).toBeGreaterThan(RUNS / 2)
    expect(report.transfersSent).toBeGreaterThan(RUNS / 4)
    expect(report.kills).toBeGreaterThan(RUNS / 2)
    expect(report.interleavings).toBe(RUNS)
  }, 120_000)
})
