import { describe, expect, it } from 'vitest'
import { summariseTrace } from './ui-probes'

const thread = (pid: number, tid: number) => ({
  name: 'thread_name',
  ph: 'M',
  ts: 0,
  tid,
  pid,
  args: { name: 'CrRendererMain' },
})
const span = (name: string, pid: number, tid: number, ts: number, durMs: number) => ({
  name,
  ph: 'X',
  ts,
  dur: durMs * 1000,
  tid,
  pid,
})

describe('the traced summary of a cold load', () => {
  it("counts the page's renderer, not the blank page's that the browser opened first", () => {
    const events = [
      thread(1, 10),
      span('EvaluateScript', 1, 10, 1_000, 2),
      thread(2, 20),
      { name: 'navigationStart', ph: 'R', ts: 5_000, tid: 20, pid: 2 },
      span('EvaluateScript', 2, 20, 10_000, 300),
      // Nested in the script above: counted once, as the script's.
      span('FunctionCall', 2, 20, 20_000, 100),
      span('Layout', 2, 20, 400_000, 25),
    ]
    const summary = summariseTrace(events, 1_000)
    expect(summary['script run']).toBe(300)
    expect(summary['style+layout']).toBe(25)
  })
})
