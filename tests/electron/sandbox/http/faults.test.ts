import { describe, expect, it } from 'vitest'
import { FaultInjector, parseFaultSpec } from '../../../../electron/sandbox/http/faults'
import { SeededRandom } from '../../../../electron/sandbox/random'

describe('parseFaultSpec', () => {
  it('reads rates as fractions or percentages, and slow_ms', () => {
    expect(parseFaultSpec('5xx=0.05, reset=5%,malformed=0.1,slow=0.02,slow_ms=250')).toEqual({
      rates: { '5xx': 0.05, reset: 0.05, malformed: 0.1, slow: 0.02 },
      slowMs: 250,
    })
  })

  it.each([
    ['boom=0.1', /Unknown fault "boom"/],
    ['reset', /kind=rate/],
    ['reset=1.5', /between 0 and 1/],
    ['reset=abc', /between 0 and 1/],
    ['reset=0.6,5xx=0.6', /add up to 1\.200/],
    ['slow_ms=-3', /slow_ms/],
  ])('refuses %j with a clear message', (spec, message) => {
    expect(() => parseFaultSpec(spec)).toThrow(message)
  })
})

describe('FaultInjector', () => {
  it('injects each kind at about its rate', () => {
    const injector = new FaultInjector(new SeededRandom(3), parseFaultSpec('5xx=0.1,reset=0.2'))
    const counts: Record<string, number> = {}
    for (let i = 0; i < 20_000; i++) {
      const kind = injector.decide('GET', '/api/v1/domains/') ?? 'none'
      counts[kind] = (counts[kind] ?? 0) + 1
    }
    expect(counts['5xx']! / 20_000).toBeCloseTo(0.1, 1)
    expect(counts.reset! / 20_000).toBeCloseTo(0.2, 1)
    expect(counts.none! / 20_000).toBeCloseTo(0.7, 1)
  })

  it('serves a queued fault once, to the first request that matches', () => {
    const injector = new FaultInjector(new SeededRandom(1))
    injector.enqueue([{ kind: 'reset', method: 'post', path: '/api/v1/domains/' }])
    expect(injector.decide('GET', '/api/v1/domains/')).toBeUndefined()
    expect(injector.decide('POST', '/api/v1/domains/101/transfer/')).toBeUndefined()
    expect(injector.decide('POST', '/api/v1/domains/')).toBe('reset')
    expect(injector.decide('POST', '/api/v1/domains/')).toBeUndefined()
  })
})
