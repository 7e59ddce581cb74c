/**
 * The domain-name and nameserver rules the forms check as the user types. Loaded on first use
 * through lazy-name-rules.ts: their IDNA (UTS #46) tables are larger than the rest of the app's
 * start-up code, and the portfolio paints its first rows without them.
 */
export { parseDomainName, parseHostName } from '@shared/validation/host-name'
export { parseNameservers } from '@shared/validation/nameservers'
