/**
 * `npm run test:chaos -- --runs N [--seed S] [--steps K]`: the randomized money-safety run at
 * any size (the vitest suite runs a small one). Prints the figures; exits 1 on any problem.
 */
import { parseArgs } from 'node:util'
import { describeReport, runChaos } from './paid-requests'

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '100' },
    seed: { type: 'string', default: '1' },
    steps: { type: 'string', default: '8' },
  },
})
const number = (name: string, raw: string, min: number) => {
  const n = Number(raw)
  if (!Number.isInteger(n) || n < min) {
    console.error(`--${name} must be a whole number ≥ ${min}, got "${raw}".`)
    process.exit(2)
  }
  return n
}
const runs = number('runs', values.runs!, 1)
const started = performance.now()
const report = await runChaos({
  runs,
  seed: number('seed', values.seed!, 0),
  stepsPerRun: number('steps', values.steps!, 1),
})
console.log(describeReport(report))
console.log(`time: ${((performance.now() - started) / 1000).toFixed(1)} s`)
process.exit(report.problems.length === 0 ? 0 : 1)
