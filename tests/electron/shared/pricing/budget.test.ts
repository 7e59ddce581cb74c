import { describe, expect, it } from 'vitest'
import {
  budgetForDays,
  budgetForMonth,
  cutIndex,
  forecastBudget,
  MAX_BUDGET_CENTS,
  parseBudgetAmount,
} from '../../../../electron/shared/pricing/budget'
import { forecast, type ForecastDomain } from '../../../../electron/shared/pricing/forecast'
import type { TldPriceCents } from '../../../../electron/shared/pricing/estimate'

const PRICES: TldPriceCents[] = [
  { tld: 'com', registerCents: 1299, renewCents: 1299, transferCents: 1299 },
  { tld: 'io', registerCents: 3999, renewCents: 3999, transferCents: 3999 },
]
const FROM = Date.parse('2026-11-29T12:00:00Z')
const DAY = 86_400_000

describe('parseBudgetAmount', () => {
  it('reads dollars as cents, with separators, a dollar sign and up to two decimals', () => {
    expect(parseBudgetAmount('1200')).toEqual({ ok: true, cents: 120_000 })
    expect(parseBudgetAmount(' $1,200.5 ')).toEqual({ ok: true, cents: 120_050 })
    expect(parseBudgetAmount('0.29')).toEqual({ ok: true, cents: 29 })
    expect(parseBudgetAmount('.5')).toEqual({ ok: true, cents: 50 })
  })

  it('names what is wrong: empty, not a number, negative, zero, too many cents, absurd', () => {
    expect(parseBudgetAmount('  ')).toEqual({ ok: false, error: 'empty' })
    expect(parseBudgetAmount('ten')).toEqual({ ok: false, error: 'notNumber' })
    expect(parseBudgetAmount('12abc')).toEqual({ ok: false, error: 'notNumber' })
    expect(parseBudgetAmount('1e5')).toEqual({ ok: false, error: 'notNumber' })
    expect(parseBudgetAmount('.')).toEqual({ ok: false, error: 'notNumber' })
    expect(parseBudgetAmount('-5')).toEqual({ ok: false, error: 'negative' })
    expect(parseBudgetAmount('0')).toEqual({ ok: false, error: 'zero' })
    expect(parseBudgetAmount('-0')).toEqual({ ok: false, error: 'zero' })
    expect(parseBudgetAmount('1.999')).toEqual({ ok: false, error: 'cents' })
    expect(parseBudgetAmount('100000001')).toEqual({ ok: false, error: 'tooLarge' })
    expect(parseBudgetAmount('99999999999999999999')).toEqual({ ok: false, error: 'tooLarge' })
    expect(parseBudgetAmount('100000000')).toEqual({ ok: true, cents: MAX_BUDGET_CENTS })
  })
})

describe('pro-rating', () => {
  it("takes a yearly budget's share of the days and multiplies a monthly one by the months", () => {
    const yearly = { period: 'yearly', cents: 365_00 } as const
    expect(budgetForDays(yearly, 30)).toBe(30_00)
    expect(budgetForDays(yearly, 90)).toBe(90_00)
    expect(budgetForDays(yearly, 365)).toBe(365_00)
    const monthly = { period: 'monthly', cents: 100_00 } as const
    expect(budgetForDays(monthly, 30)).toBe(100_00)
    expect(budgetForDays(monthly, 90)).toBe(300_00)
    expect(budgetForDays(monthly, 365)).toBe(1200_00)
    expect(budgetForMonth(monthly)).toBe(100_00)
    expect(budgetForMonth({ period: 'yearly', cents: 1200_00 })).toBe(100_00)
  })
})

describe('forecastBudget', () => {
  it('sets each month beside its budget and marks the months auto-renew goes over', () => {
    const domains: ForecastDomain[] = [
      { name: 'a.com', expiresAt: FROM + 10 * DAY, autoRenew: true, status: 'active' },
      { name: 'b.io', expiresAt: FROM + 40 * DAY, autoRenew: true, status: 'active' },
      { name: 'c.io', expiresAt: FROM + 41 * DAY, autoRenew: false, status: 'active' },
    ]
    const f = forecast(domains, PRICES, { from: FROM, months: 12, timeZone: 'UTC' })
    const b = forecastBudget(f, { period: 'yearly', cents: 360_00 })
    expect(b.byMonth).toHaveLength(12)
    expect(b.byMonth.find((m) => m.month === '2026-12')).toEqual({
      month: '2026-12',
      budgetCents: 30_00,
      expectedCents: 1299,
      over: false,
    })
    expect(b.byMonth.find((m) => m.month === '2027-01')).toEqual({
      month: '2027-01',
      budgetCents: 30_00,
      expectedCents: 3999,
      over: true,
    })
    expect(b.overMonths).toBe(1)
    expect(b.total).toEqual({ budgetCents: 360_00, expectedCents: 1299 + 3999, over: false })
    const tight = forecastBudget(f, { period: 'monthly', cents: 4_00 })
    expect(tight.total).toEqual({ budgetCents: 48_00, expectedCents: 5298, over: true })
    expect(tight.overMonths).toBe(2)
  })
})

describe('cutIndex', () => {
  it('turns off the dearest renewals until what is left fits', () => {
    expect(cutIndex([50, 30, 20], 100, 100)).toBe(0)
    expect(cutIndex([50, 30, 20], 100, 60)).toBe(1)
    expect(cutIndex([50, 30, 20], 100, 20)).toBe(2)
    expect(cutIndex([50, 30, 20], 100, 0)).toBe(3)
  })
})
