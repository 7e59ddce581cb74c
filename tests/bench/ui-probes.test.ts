import { describe, expect, it } from 'vitest'
import { launchChromium } from '../support/chromium'
import { repaintTimes, summariseTrace } from './ui-probes'

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

describe('the repaint probe', () => {
  it('starts when the page receives the key, not when the harness armed it', async () => {
    const browser = await launchChromium()
    try {
      const page = await browser.newPage()
      await page.setContent(
        '<input id="q"><table><tbody></tbody></table>' +
          '<script>q.addEventListener("input", () => document.querySelector("tbody")' +
          '.append(document.createElement("tr")))</script>',
      )
      await page.focus('#q')
      // The harness dawdles for 400 ms between arming and typing: none of it is the page's.
      const [took] = await repaintTimes(
        page,
        async () => {
          await page.waitForTimeout(400)
          await page.keyboard.type('a')
        },
        1,
      )
      expect(took).toBeGreaterThan(0)
      expect(took).toBeLessThan(300)
    } finally {
      await browser.close()
    }
  }, 60_000)
})
