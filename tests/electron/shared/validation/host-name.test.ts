import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseDomainName, parseHostName } from '../../../../electron/shared/validation/host-name'

const OFFERED = ['com', 'net', 'org', 'io', 'dev', 'app', 'co']
/** Strings built from the pieces that make names interesting: dots, hyphens, IDN, ACE prefixes. */
const nameLike = fc.string({
  unit: fc.constantFrom(
    'a',
    'z',
    '0',
    '-',
    '.',
    '_',
    ' ',
    'ü',
    'ß',
    '例',
    'ا',
    '\u200d',
    '😀',
    '。',
    'xn--',
    'A',
  ),
  maxLength: 40,
})
const label = fc
  .stringMatching(/^[a-z0-9]([a-z0-9-]{0,20}[a-z0-9])?$/)
  .filter((l) => !/^..--/.test(l))

describe('parseHostName', () => {
  it('never throws, whatever it is given, and every rejection has a problem and a message', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), nameLike, fc.string({ unit: 'grapheme' }), fc.anything()),
        (input) => {
          const result = parseHostName(input)
          if (!result.ok) {
            expect(result.problem).toMatch(/^[a-z-]+$/)
            expect(result.message.length).toBeGreaterThan(10)
          }
        },
      ),
      { numRuns: 2000 },
    )
  })

  it('is idempotent: an accepted name parses again to itself, from either form', () => {
    fc.assert(
      fc.property(fc.oneof(nameLike, fc.string({ unit: 'grapheme' })), (input) => {
        const result = parseHostName(input)
        if (!result.ok) return
        expect(parseHostName(result.ascii)).toMatchObject({ ok: true, ascii: result.ascii })
        expect(parseHostName(result.unicode)).toMatchObject({ ok: true, ascii: result.ascii })
      }),
      { numRuns: 3000 },
    )
  })

  it('accepts every well-formed ASCII name and returns it in lower case', () => {
    fc.assert(
      fc.property(
        fc.array(label, { minLength: 1, maxLength: 3 }),
        fc.constantFrom(...OFFERED),
        (labels, tld) => {
          const name = [...labels, tld].join('.')
          const result = parseHostName(name.toUpperCase())
          expect(result).toMatchObject({ ok: true, ascii: name, unicode: name })
        },
      ),
    )
  })

  it('round-trips internationalised names between Unicode and punycode', () => {
    expect(parseHostName('Bücher.com')).toMatchObject({
      ok: true,
      ascii: 'xn--bcher-kva.com',
      unicode: 'bücher.com',
    })
    expect(parseHostName('xn--bcher-kva.com')).toMatchObject({ ok: true, unicode: 'bücher.com' })
    expect(parseHostName('օրինակ.com')).toMatchObject({
      ok: true,
      ascii: expect.stringMatching(/^xn--/),
    })
  })

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['exa mple.com', 'whitespace'],
    ['localhost', 'single-label'],
    ['a..com', 'empty-label'],
    ['.a.com', 'empty-label'],
    ['-a.com', 'label-hyphen'],
    ['a-.com', 'label-hyphen'],
    ['a_b.com', 'label-characters'],
    ['😀.com', 'label-characters'],
    ['ab--c.com', 'idna'],
    ['xn--zz.com', 'idna'],
    ['1.2.3.4', 'numeric-tld'],
    [`${'a'.repeat(64)}.com`, 'label-too-long'],
    [`${Array(60).fill('abcd').join('.')}.com`, 'too-long'],
  ])('rejects %j as %s', (input, problem) => {
    expect(parseHostName(input)).toMatchObject({ ok: false, problem })
  })

  it('accepts one trailing root dot and full-width dots', () => {
    expect(parseHostName('ns1.vps.org.')).toMatchObject({ ok: true, ascii: 'ns1.vps.org' })
    expect(parseHostName('example。com')).toMatchObject({ ok: true, ascii: 'example.com' })
  })
})

describe('parseDomainName', () => {
  it('never throws and names a reason for every rejection', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), nameLike, fc.string({ unit: 'grapheme' })), (input) => {
        const result = parseDomainName(input, OFFERED)
        if (!result.ok) expect(result.message).toBeTruthy()
        else expect(OFFERED).toContain(result.tld)
      }),
      { numRuns: 2000 },
    )
  })

  it('accepts a name directly under an offered TLD', () => {
    expect(parseDomainName('MyNewDomain.com', OFFERED)).toMatchObject({
      ok: true,
      ascii: 'mynewdomain.com',
      tld: 'com',
    })
  })

  it('refuses TLDs that are not offered, naming the offered ones', () => {
    const result = parseDomainName('example.xyz', OFFERED)
    expect(result).toMatchObject({ ok: false, problem: 'tld-not-offered' })
    expect(!result.ok && result.message).toContain('.com')
  })

  it('refuses subdomains and says what to register instead', () => {
    const result = parseDomainName('www.example.com', OFFERED)
    expect(result).toMatchObject({ ok: false, problem: 'not-registrable' })
    expect(!result.ok && result.message).toContain('example.com')
  })

  it('picks the longest matching suffix when suffixes nest', () => {
    expect(parseDomainName('shop.co.uk', ['uk', 'co.uk'])).toMatchObject({ ok: true, tld: 'co.uk' })
  })
})
