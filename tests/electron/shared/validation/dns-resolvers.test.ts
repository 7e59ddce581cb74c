import { describe, expect, it } from 'vitest'
import {
  parseResolverAddress,
  parseResolverList,
} from '../../../../electron/shared/validation/dns-resolvers'

describe('parseResolverAddress', () => {
  it.each([
    ['1.1.1.1', '1.1.1.1'],
    [' 9.9.9.9:53 ', '9.9.9.9:53'],
    ['2606:4700::1111', '2606:4700::1111'],
    ['2606:4700::ABCD', '2606:4700::abcd'],
    ['[2606:4700::1111]:5353', '[2606:4700::1111]:5353'],
    ['127.0.0.1:10053', '127.0.0.1:10053'],
  ])('accepts %j as %j', (input, address) => {
    expect(parseResolverAddress(input)).toEqual({ ok: true, address })
  })

  it.each([
    ['', /not a resolver address/],
    ['dns.google', /not a resolver address/],
    ['256.1.1.1', /not a resolver address/],
    ['1.1.1', /not a resolver address/],
    ['1.1.1.1:0', /from 1 to 65535/],
    ['1.1.1.1:65536', /from 1 to 65535/],
    ['[1.1.1.1]:53', /not a resolver address/],
    ['https://1.1.1.1/dns-query', /not a resolver address/],
    ['x'.repeat(500), /not a resolver address/],
  ])('refuses %j', (input, message) => {
    const result = parseResolverAddress(input)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.message).toMatch(message)
  })
})

describe('parseResolverList', () => {
  it('drops blanks and repeats, and reports every refused entry and an over-long list', () => {
    expect(parseResolverList(['1.1.1.1', ' ', '1.1.1.1', '8.8.8.8'])).toEqual({
      ok: true,
      addresses: ['1.1.1.1', '8.8.8.8'],
    })
    const refused = parseResolverList(['a', '1.1.1.1', 'b', '2.2.2.2', '3.3.3.3', '4.4.4.4'])
    expect(refused.ok).toBe(false)
    if (!refused.ok) {
      expect(refused.refused.map((r) => [r.problem, r.entry])).toEqual([
        ['too-many', ''],
        ['not-an-address', 'a'],
        ['not-an-address', 'b'],
      ])
      expect(refused.messages).toEqual([
        expect.stringContaining('at most 4'),
        expect.stringContaining('“a”'),
        expect.stringContaining('“b”'),
      ])
    }
  })
})
