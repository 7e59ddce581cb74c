import { describe, expect, it } from 'vitest'
import { parseRetryAfter } from '../../../../../electron/main/core/vps-api/retry-after'

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-01-16T16:00:00Z')

  it('reads delta-seconds', () => {
    expect(parseRetryAfter('1', now)).toBe(1000)
    expect(parseRetryAfter(' 120 ', now)).toBe(120_000)
    expect(parseRetryAfter('0', now)).toBe(0)
  })

  it('reads an HTTP-date relative to now, and a past date as 0', () => {
    expect(parseRetryAfter('Fri, 16 Jan 2026 16:00:30 GMT', now)).toBe(30_000)
    expect(parseRetryAfter('Fri, 16 Jan 2026 15:00:00 GMT', now)).toBe(0)
  })

  it.each([null, undefined, '', '-1', '1.5', 'soon', 'Xyz'])('ignores %j', (value) => {
    expect(parseRetryAfter(value, now)).toBeUndefined()
  })
})
