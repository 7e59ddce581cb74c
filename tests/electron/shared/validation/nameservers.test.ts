import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseNameservers } from '../../../../electron/shared/validation/nameservers'

describe('parseNameservers', () => {
  it('never throws and every rejection carries a message', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.anything(), fc.array(fc.oneof(fc.string(), fc.anything()), { maxLength: 6 })),
        (input) => {
          const result = parseNameservers(input)
          if (!result.ok) expect(result.message.length).toBeGreaterThan(10)
        },
      ),
      { numRuns: 2000 },
    )
  })

  it('accepts 2 to 4 distinct host names and returns their ASCII forms in order', () => {
    expect(parseNameservers(['NS1.Cloudflare.com', 'ns2.cloudflare.com.'])).toEqual({
      ok: true,
      nameservers: ['ns1.cloudflare.com', 'ns2.cloudflare.com'],
    })
    expect(parseNameservers(['a.b.c', 'd.e.f', 'g.h.i', 'j.k.l'])).toMatchObject({ ok: true })
  })

  it.each([
    ['not a list', 'ns1.vps.org', 'not-a-list', undefined],
    ['one nameserver', ['ns1.vps.org'], 'too-few', undefined],
    ['five nameservers', ['a.io', 'b.io', 'c.io', 'd.io', 'e.io'], 'too-many', undefined],
    ['a duplicate (case-insensitive)', ['ns1.vps.org', 'NS1.VPS.ORG'], 'duplicate', 1],
    ['an invalid host', ['ns1.vps.org', 'bad_host.org'], 'label-characters', 1],
    ['a number instead of a name', [42, 'ns1.vps.org'], 'not-a-string', 0],
  ])('rejects %s', (_what, input, problem, index) => {
    const result = parseNameservers(input)
    expect(result).toMatchObject({ ok: false, problem })
    if (index !== undefined) expect(result).toMatchObject({ index })
  })

  it.each([
    ['ns1.example.net', '.example.net'],
    ['dns.Example.COM', '.example.com'],
    ['example.org', 'example.org'],
    ['ns1.mysite.example', '.example'],
    ['ns.host.test', '.test'],
    ['a.invalid', '.invalid'],
    ['ns.localhost', '.localhost'],
  ])('refuses the reserved name %s', (host, reserved) => {
    const result = parseNameservers(['ns1.cloudflare.com', host])
    expect(result).toMatchObject({ ok: false, problem: 'reserved', index: 1 })
    if (!result.ok) expect(result.message).toContain(reserved)
  })

  it('accepts names that only resemble reserved ones', () => {
    expect(
      parseNameservers(['ns1.example.co', 'ns.myexample.com', 'ns.testing.net', 'ns.test.io']),
    ).toMatchObject({ ok: true })
  })

  it('flags every invalid entry at once, in order', () => {
    const result = parseNameservers([
      'bad_host.org',
      'ns1.example.net',
      'ns.cloudflare.com',
      'NS.cloudflare.com',
    ])
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.issues.map((i) => [i.index, i.problem])).toEqual([
      [0, 'label-characters'],
      [1, 'reserved'],
      [3, 'duplicate'],
    ])
    expect(result).toMatchObject({ problem: 'label-characters', index: 0 })
  })
})
