/**
 * The one estimate engine for registrations, renewals and transfers, from the editable price
 * table (integer cents). A TLD without a price has no estimate (null) — never zero. Estimates
 * are labelled as such: the registrar's `total_cost` is what is actually charged.
 */

/** Prices of one TLD in integer cents. */
export interface TldPriceCents {
  tld: string
  registerCents: number
  renewCents: number
  transferCents: number
}

function find(prices: readonly TldPriceCents[], tld: string): TldPriceCents | undefined {
  return prices.find((p) => p.tld === tld.toLowerCase())
}

/** Registering for `years`: the register price, then the renew price for each further year. */
export function registrationEstimateCents(
  prices: readonly TldPriceCents[],
  tld: string,
  years: number,
): number | null {
  const price = find(prices, tld)
  return price ? price.registerCents + (years - 1) * price.renewCents : null
}

/** A transfer in (which includes a one-year renewal). */
export function transferEstimateCents(
  prices: readonly TldPriceCents[],
  tld: string,
): number | null {
  return find(prices, tld)?.transferCents ?? null
}

/** One year of renewal. */
export function renewalEstimateCents(prices: readonly TldPriceCents[], tld: string): number | null {
  return find(prices, tld)?.renewCents ?? null
}

/** The TLD of a name for pricing: the longest suffix in the table, else the last label. */
export function pricingTld(prices: readonly TldPriceCents[], asciiName: string): string {
  const name = asciiName.toLowerCase()
  const matches = prices.map((p) => p.tld).filter((t) => name.endsWith(`.${t}`))
  return matches.sort((a, b) => b.length - a.length)[0] ?? name.split('.').pop()!
}
