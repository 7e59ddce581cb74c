import { describe, expect, it } from 'vitest'
import { startTestApp } from '../../../support/app'

const request = (domainName: string, years: number) => ({
  domainName,
  years,
  autoRenew: true,
  privacy: true,
})

describe('registration estimates learn from what VPS.org charged', () => {
  it('says a first estimate comes from the price table, with its first and later years', async () => {
    const app = await startTestApp({ connect: false })
    expect(await app.call('registration.estimate', 'learn-nothing.com', 2)).toMatchObject({
      cents: 2598,
      source: 'priceTable',
      chargedAt: null,
      tableCents: 2598,
      firstYearCents: 1299,
      laterYearCents: 1299,
    })
  })

  it('estimates two years of .com at what the last two-year .com registration charged', async () => {
    const app = await startTestApp()
    const intent = await app.call(
      'registration.prepare',
      app.accountId,
      request('learn-one.com', 2),
    )
    expect(intent.estimateCents).toBe(2598)
    const done = await app.call('registration.confirm', intent.id)
    expect(done.totalCostCents).toBe(2498)
    const next = await app.call('registration.estimate', 'learn-two.com', 2)
    expect(next).toMatchObject({
      cents: 2498,
      source: 'lastCharge',
      chargedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      tableCents: 2598,
    })
    // Another period or TLD has not been charged yet: still the price table.
    expect(await app.call('registration.estimate', 'learn-two.com', 3)).toMatchObject({
      source: 'priceTable',
    })
    expect(await app.call('registration.estimate', 'learn-two.net', 2)).toMatchObject({
      source: 'priceTable',
    })
    const prepared = await app.call(
      'registration.prepare',
      app.accountId,
      request('learn-two.com', 2),
    )
    expect(prepared.estimateCents).toBe(2498)
  })

  it('keeps a renewal price that differs from the first year in the price table', async () => {
    const app = await startTestApp({ connect: false })
    const prices = await app.call('prices.get')
    const com = prices.find((p: { tld: string }) => p.tld === 'com')
    await app.call(
      'prices.set',
      prices.map((p: { tld: string }) =>
        p.tld === 'com' ? { ...com, registerCents: 999, renewCents: 1499 } : p,
      ),
    )
    expect(await app.call('registration.estimate', 'renew-differs.com', 3)).toMatchObject({
      cents: 999 + 2 * 1499,
      firstYearCents: 999,
      laterYearCents: 1499,
      source: 'priceTable',
    })
  })
})
