import { describe, expect, it } from 'vitest'
import { agendaDays, totalsOf } from '@/lib/calendar/agenda'
import { entry } from './fixtures'

describe('agenda', () => {
  it('groups by local day in date order', () => {
    const list = [
      entry('2026-04-01T02:00:00Z', { name: 'c.com' }),
      entry('2026-03-31T10:00:00Z', { name: 'b.com' }),
      entry('2026-03-02T10:00:00Z', { name: 'a.com' }),
    ]
    const shape = (zone: string) =>
      agendaDays(list, zone).map((d) => [d.day, d.entries.map((e) => e.name)])
    expect(shape('UTC')).toEqual([
      ['2026-03-02', ['a.com']],
      ['2026-03-31', ['b.com']],
      ['2026-04-01', ['c.com']],
    ])
    expect(shape('America/Los_Angeles')).toEqual([
      ['2026-03-02', ['a.com']],
      ['2026-03-31', ['b.com', 'c.com']],
    ])
  })

  it('totals a period: count, lapses, and the cost of what renews, unpriced apart', () => {
    const at = '2026-03-02T10:00:00Z'
    expect(
      totalsOf([
        entry(at, { renewalCents: 1499 }),
        entry(at, { renewalCents: 3999 }),
        entry(at, { renewalCents: null }),
        entry(at, { risk: 'lapse', autoRenew: false, renewalCents: 2000 }),
        entry(at, { risk: 'expired', status: 'expired' }),
        entry(at, { risk: 'pending', status: 'pending' }),
      ]),
    ).toEqual({ count: 6, lapse: 1, renew: 3, renewCents: 5498, unpriced: 1 })
    expect(totalsOf([])).toEqual({ count: 0, lapse: 0, renew: 0, renewCents: 0, unpriced: 0 })
  })
})
