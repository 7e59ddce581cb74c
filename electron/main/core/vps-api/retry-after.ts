/**
 * Parsing the `Retry-After` header (RFC 9110 §10.2.3): either a number of seconds or an
 * HTTP-date. The API reference does not document rate limiting, but asks for it to be honoured.
 */
import { systemClock } from '../clock'

/**
 * Milliseconds to wait according to a `Retry-After` value, or undefined when the header is absent
 * or unreadable (then the normal backoff applies). A date in the past means "now" (0).
 */
export function parseRetryAfter(
  value: string | null | undefined,
  nowMs = systemClock.now().getTime(),
): number | undefined {
  if (value === null || value === undefined) return undefined
  const trimmed = value.trim()
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000
  // Only try a date when it looks like one: Date.parse("-1") would happily answer year -1.
  if (!/[A-Za-z]{3}/.test(trimmed)) return undefined
  const at = Date.parse(trimmed)
  if (Number.isNaN(at)) return undefined
  return Math.max(0, at - nowMs)
}
