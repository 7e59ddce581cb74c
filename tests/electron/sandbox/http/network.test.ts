import { describe, expect, it } from 'vitest'
import { NetworkModel, parseLatency } from '../../../../electron/sandbox/http/network'
import { startTestSandbox } from '../../../support/sandbox'

describe('sandbox network model', () => {
  it('parses --latency MS and MS:JITTER', () => {
    expect(parseLatency('150')).toEqual({ latencyMs: 150, jitterMs: 0 })
    expect(parseLatency('150:30')).toEqual({ latencyMs: 150, jitterMs: 30 })
  })

  it.each(['', 'fast', '-5', '150:', '150:-3', '1e9', '70000'])('refuses --latency %j', (spec) => {
    expect(() => parseLatency(spec)).toThrow(/--latency/)
  })

  it('draws delays within latency ± jitter, never below zero', () => {
    let i = 0
    const draws = [0, 0.5, 0.999]
    const model = new NetworkModel({ latencyMs: 100, jitterMs: 20 }, () => draws[i++ % 3]!)
    expect([model.nextDelayMs(), model.nextDelayMs(), model.nextDelayMs()]).toEqual([
      80,
      100,
      expect.closeTo(119.96, 2),
    ])
    const low = new NetworkModel({ latencyMs: 5, jitterMs: 50 }, () => 0)
    expect(low.nextDelayMs()).toBe(0)
  })

  it('refuses an invalid change and keeps the old settings', () => {
    const model = new NetworkModel({ maxPageSize: 100 })
    expect(() => model.update({ maxPageSize: 0 })).toThrow(/1 to 1000/)
    expect(() => model.update({ latencyMs: Number.NaN })).toThrow(/latency/)
    expect(model.config).toEqual({ latencyMs: 0, jitterMs: 0, maxPageSize: 100 })
  })
})

describe('sandbox latency and page-size cap over HTTP', () => {
  it('delays every API answer by the latency', async () => {
    const sb = await startTestSandbox({ domains: 3, latencyMs: 120 })
    const started = performance.now()
    expect((await sb.api('GET', '/domains/')).status).toBe(200)
    expect(performance.now() - started).toBeGreaterThanOrEqual(115)
  })

  it('cuts page_size down to --max-page-size and links the next page', async () => {
    const sb = await startTestSandbox({ domains: 250, maxPageSize: 100 })
    const first = await sb.api('GET', '/domains/?page_size=1000')
    expect(first.json.results).toHaveLength(100)
    expect(first.json.count).toBe(250)
    expect(first.json.next).toMatch(/page=2/)
  })

  it('changes latency and the cap through /__sandbox/network and refuses bad values', async () => {
    const sb = await startTestSandbox({ domains: 30 })
    expect((await sb.control('GET', '/network')).json).toEqual({
      latency_ms: 0,
      jitter_ms: 0,
      max_page_size: 1000,
    })
    const set = await sb.control('POST', '/network', {
      latency_ms: 80,
      jitter_ms: 0,
      max_page_size: 10,
    })
    expect(set.json).toEqual({ latency_ms: 80, jitter_ms: 0, max_page_size: 10 })
    const started = performance.now()
    expect((await sb.api('GET', '/domains/?page_size=50')).json.results).toHaveLength(10)
    expect(performance.now() - started).toBeGreaterThanOrEqual(75)
    const bad = await sb.control('POST', '/network', { max_page_size: 5000, latency_ms: 1 })
    expect(bad.status).toBe(400)
    expect(bad.json.non_field_errors[0]).toMatch(/largest page size/)
    expect((await sb.control('POST', '/network', { latency_ms: 'slow' })).json).toEqual({
      latency_ms: ['A number is required.'],
    })
    expect((await sb.control('GET', '/')).json.network).toEqual({
      latency_ms: 80,
      jitter_ms: 0,
      max_page_size: 10,
    })
  })
})
