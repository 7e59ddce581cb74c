/**
 * Money crosses IPC as integer US cents; vue-i18n's `n(…, 'usd')` formats a dollar amount for the
 * current language. This is the one place the two meet.
 */
import { fromCents } from '@shared/pricing/price-table'

/** Integer cents → the dollar amount to hand to `n(…, 'usd')`. */
export function centsToUsd(cents: number): number {
  return fromCents(cents)
}
