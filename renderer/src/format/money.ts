import { fromCents } from '@shared/pricing/price-table'

const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' })

/** Integer cents → "$1,234.56" for display. */
export function formatCents(cents: number): string {
  return usd.format(fromCents(cents))
}

/** A USD amount from the price table → "$12.99" for display. */
export function formatDollars(usdAmount: number): string {
  return usd.format(usdAmount)
}
