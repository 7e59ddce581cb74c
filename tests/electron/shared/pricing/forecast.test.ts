import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addYearsClamped, localMonth } from '../../../../electron/shared/calendar/dates'
import { forecast, type ForecastDomain } from '../../../../electron/shared/pricing/forecast'
import type { TldPriceCents } from '../../../../electron/shared/pricing/estimate'

const PRICES: TldPriceCents[] = [
  { tld: 'com', registerCents: 1299, renewCents: 1299, transferCents: 1299 },
  { tld: 'io', registerCents: 3999, renewCents: 3999, transferCents: 3999 },
  { tld: 'co.uk', registerCents: 900, renewCents: 800, transferCents: 700 },
]
const FROM = Date.parse('2026-11-29T12:00:00Z')
const DAY = 86_400_000

describe('forecast', () => {
  it('sums auto-renew charges and the cost of keeping everything, by month and TLD', () => {
    const domains: ForecastDomain[] = [
      { name: 'a.com', expiresAt: FROM + 10 * DAY, autoRenew: true, status: 'active' },
      { name: 'b.io', expiresAt: FROM + 40 * DAY, autoRenew: false, status: 'active' },
      { name: 'c.co.uk', expiresAt: FROM + 400 * DAY, autoRenew: true, status: 'active' },
    ]
    const f = forecast(domains, PRICES, { from: FROM, months: 12, timeZone: 'UTC' })
    expect(f.months).toHaveLength(12)
    expect(f.autoRenew).toEqual({ cents: 1299, renewals: 1, unpriced: 0 })
    expect(f.keepAll).toEqual({ cents: 1299 + 3999, renewals: 2, unpriced: 0 })
    expect(f.byMonth.find((m) => m.month === '2026-12')!.keepAll.cents).toBe(1299)
    expect(f.byMonth.find((m) => m.month === '2027-01')!.keepAll.cents).toBe(3999)
    expect(f.byTld.map((t) => t.tld)).toEqual(['io', 'com'])
    const three = forecast(domains, PRICES, { from: FROM, months: 36, timeZone: 'UTC' })
    expect(three.keepAll.renewals).toBe(3 + 3 + 2)
  })

  it('renews expired domains at once, and never counts an unpriced TLD as zero', () => {
    const domains: ForecastDomain[] = [
      { name: 'gone.com', expiresAt: FROM - 5 * DAY, autoRenew: false, status: 'expired' },
      { name: 'odd.xyz', expiresAt: FROM + 30 * DAY, autoRenew: true, status: 'active' },
    ]
    const f = forecast(domains, PRICES, { from: FROM, months: 12, timeZone: 'UTC' })
    expect(f.keepAll).toEqual({ cents: 1299, renewals: 2, unpriced: 1 })
    expect(f.autoRenew).toEqual({ cents: 0, renewals: 1, unpriced: 1 })
    expect(f.unpricedTlds).toEqual(['xyz'])
    expect(f.byMonth[0]!.keepAll.cents).toBe(1299)
  })

  it('buckets by the local month of the user', () => {
    const domains: ForecastDomain[] = [
      {
        name: 'ny.com',
        expiresAt: Date.parse('2027-01-01T02:00:00Z'),
        autoRenew: true,
        status: 'active',
      },
    ]
    const ny = forecast(domains, PRICES, { from: FROM, months: 3, timeZone: 'America/New_York' })
    expect(ny.byMonth.map((m) => [m.month, m.keepAll.renewals])).toEqual([
      ['2026-11', 0],
      ['2026-12', 1],
      ['2027-01', 0],
    ])
  })

  it('totals the sum over domains of price × renewals in the window (property)', () => {
    const domain = fc.record({
      name: fc
        .constantFrom('a', 'b', 'c', 'd')
        .chain((s) => fc.constantFrom(`${s}.com`, `${s}.io`, `${s}.co.uk`, `${s}.xyz`)),
      expiresAt: fc.integer({ min: FROM - 400 * DAY, max: FROM + 1200 * DAY }),
      autoRenew: fc.boolean(),
      status: fc.constantFrom('active', 'pending', 'locked', 'expired') as fc.Arbitrary<
        ForecastDomain['status']
      >,
    })
    fc.assert(
      fc.property(
        fc.array(domain, { maxLength: 30 }),
        fc.constantFrom(12, 36),
        fc.constantFrom('UTC', 'Asia/Yerevan', 'America/Los_Angeles'),
        (domains, months, timeZone) => {
          const f = forecast(domains, PRICES, { from: FROM, months, timeZone })
          const inWindow = new Set(f.months)
          let expectedAll = 0
          let expectedAuto = 0
          for (const d of domains) {
            const tld = PRICES.map((p) => p.tld)
              .filter((t) => d.name.endsWith(`.${t}`))
              .sort((a, b) => b.length - a.length)[0]
            const price = PRICES.find((p) => p.tld === tld)?.renewCents ?? 0
            const start = d.status === 'expired' ? FROM : d.expiresAt
            let count = 0
            for (let k = 0; k < 10; k++) {
              const at = addYearsClamped(start, k)
              if (at >= FROM && inWindow.has(localMonth(at, timeZone))) count++
            }
            expectedAll += price * count
            if (d.autoRenew && d.status !== 'expired') expectedAuto += price * count
          }
          expect(f.keepAll.cents).toBe(expectedAll)
          expect(f.autoRenew.cents).toBe(expectedAuto)
          expect(f.byMonth.reduce((s, m) => s + m.keepAll.cents, 0)).toBe(f.keepAll.cents)
          expect(f.byTld.reduce((s, t) => s + t.keepAll.cents, 0)).toBe(f.keepAll.cents)
        },
      ),
      { numRuns: 300 },
    )
  })
})
