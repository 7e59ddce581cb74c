/** The price table over the bridge: main keeps it (integer cents) and every estimate uses it. */
import type { PriceRow } from '@shared/ipc/models'
import { bridge, unwrap } from './bridge'

/** The editable price table kept by the main process (integer cents). */
export function fetchPrices(): Promise<PriceRow[]> {
  return unwrap(bridge().prices.get())
}

/** Replaces the price table kept by the main process (one transaction there). */
export function savePrices(rows: PriceRow[]): Promise<PriceRow[]> {
  return unwrap(bridge().prices.set(rows))
}
