import { describe, expect, it } from 'vitest'
import {
  DEFAULT_TARIFF,
  offeredTlds,
  registrationCents,
  renewalCents,
  transferCents,
} from '../../../electron/sandbox/billing'

describe('billing', () => {
  it("reproduces the reference's 24.98 for two years of .com", () => {
    expect(registrationCents(DEFAULT_TARIFF, 'com', 2)).toBe(2498)
  })

  it('charges the register price for one year and discounts each further year', () => {
    expect(registrationCents(DEFAULT_TARIFF, 'io', 1)).toBe(3999)
    expect(registrationCents(DEFAULT_TARIFF, 'io', 10)).toBe(3999 + 9 * 3899)
  })

  it('prices transfers and renewals from the table', () => {
    expect(transferCents(DEFAULT_TARIFF, 'co')).toBe(2499)
    expect(renewalCents(DEFAULT_TARIFF, 'net')).toBe(1499)
  })

  it('has no price (not zero) for a TLD outside the table', () => {
    expect(registrationCents(DEFAULT_TARIFF, 'xyz', 1)).toBeUndefined()
    expect(transferCents(DEFAULT_TARIFF, 'xyz')).toBeUndefined()
  })

  it('takes its figures from data, so another tariff charges differently', () => {
    const tariff = {
      prices: { shop: { register: 30, renew: 20, transfer: 25 } },
      multiYearDiscount: 0,
    }
    expect(offeredTlds(tariff)).toEqual(['shop'])
    expect(registrationCents(tariff, 'shop', 3)).toBe(3000 + 2 * 2000)
    expect(offeredTlds(DEFAULT_TARIFF).sort()).toEqual([
      'app',
      'co',
      'com',
      'dev',
      'io',
      'net',
      'org',
    ])
  })
})
