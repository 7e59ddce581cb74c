/**
 * The published VPS.org price table as data (the reference says it may change; the app keeps an
 * editable copy seeded from this). Amounts are USD; arithmetic is done in integer cents.
 */
import reference from './reference-prices.json'

/** Prices for one TLD in USD. */
export interface TldPrice {
  register: number
  renew: number
  transfer: number
}

/** TLD (without a leading dot) → prices. */
export type PriceTable = Record<string, TldPrice>

/** The table published in the API reference. */
export const REFERENCE_PRICES: Readonly<PriceTable> = reference.tlds

/** USD → integer cents, rounding half away from zero (12.99 → 1299). */
export function toCents(usd: number): number {
  return Math.sign(usd) * Math.round(Math.abs(usd) * 100)
}

/** Integer cents → USD number with two decimals (2498 → 24.98). */
export function fromCents(cents: number): number {
  return Math.round(cents) / 100
}

/** Integer cents → "$24.98" (en-US), for server messages and logs; the UI formats with Intl. */
export function formatUsd(cents: number): string {
  const sign = cents < 0 ? '-' : ''
  const abs = Math.abs(Math.round(cents))
  return `${sign}$${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`
}
