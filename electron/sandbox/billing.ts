/**
 * What the sandbox charges, computed from data: the price table (by default the reference's,
 * electron/shared/pricing/reference-prices.json) and data/billing.json. Integer cents throughout.
 */
import { REFERENCE_PRICES, toCents, type PriceTable } from '../shared/pricing/price-table'
import billing from './data/billing.json'

/** The sandbox's tariff: a price table plus the multi-year discount (USD per extra year). */
export interface Tariff {
  prices: PriceTable
  multiYearDiscount: number
}

/** The default tariff: the reference price table and data/billing.json. */
export const DEFAULT_TARIFF: Tariff = {
  prices: { ...REFERENCE_PRICES },
  multiYearDiscount: billing.multiYearDiscount,
}

/** TLDs the tariff offers (without a leading dot). */
export function offeredTlds(tariff: Tariff): string[] {
  return Object.keys(tariff.prices)
}

/** Registration for `years`: first year at the register price, later years discounted. */
export function registrationCents(tariff: Tariff, tld: string, years: number): number | undefined {
  const price = tariff.prices[tld]
  if (!price) return undefined
  const laterYear = Math.max(0, toCents(price.renew) - toCents(tariff.multiYearDiscount))
  return toCents(price.register) + (years - 1) * laterYear
}

/** A transfer in (includes a one-year renewal). */
export function transferCents(tariff: Tariff, tld: string): number | undefined {
  const price = tariff.prices[tld]
  return price ? toCents(price.transfer) : undefined
}

/** One year of renewal. */
export function renewalCents(tariff: Tariff, tld: string): number | undefined {
  const price = tariff.prices[tld]
  return price ? toCents(price.renew) : undefined
}
