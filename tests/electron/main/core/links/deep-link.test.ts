import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  DEEP_LINK_SCHEME,
  deepLinkInArgv,
  linkForLog,
  MAX_DEEP_LINK_LENGTH,
  parseDeepLink,
} from '../../../../../electron/main/core/links/deep-link'

describe('parseDeepLink', () => {
  it('opens a domain by name, in its ASCII form', () => {
    expect(parseDeepLink('domaindesk://domain/example.com')).toEqual({
      ok: true,
      link: { kind: 'domain', name: 'example.com' },
    })
    expect(parseDeepLink('DomainDesk://Domain/Example.COM/')).toEqual({
      ok: true,
      link: { kind: 'domain', name: 'example.com' },
    })
    expect(parseDeepLink('domaindesk://domain/%D5%B0%D5%A1%D5%B5.com')).toEqual({
      ok: true,
      link: { kind: 'domain', name: 'xn--y9a3aq.com' },
    })
  })

  it('opens the register page with a name to fill in, or none', () => {
    expect(parseDeepLink('domaindesk://register?name=new-idea.net')).toEqual({
      ok: true,
      link: { kind: 'register', name: 'new-idea.net' },
    })
    expect(parseDeepLink('domaindesk://register')).toEqual({
      ok: true,
      link: { kind: 'register' },
    })
  })

  it.each([
    [42, 'not-text'],
    ['', 'not-a-link'],
    ['not a link', 'not-a-link'],
    ['https://domain/example.com', 'other-scheme'],
    ['javascript:alert(1)', 'other-scheme'],
    ['app://domain-desk/index.html', 'other-scheme'],
    ['domaindesk://settings', 'unknown-path'],
    ['domaindesk://domain', 'bad-name'],
    ['domaindesk://domain/', 'bad-name'],
    ['domaindesk://domain/example.com/extra', 'unknown-path'],
    ['domaindesk://domain/exa mple.com', 'bad-name'],
    ['domaindesk://domain/%E0%A4%A', 'bad-name'],
    ['domaindesk://domain/localhost', 'bad-name'],
    ['domaindesk://domain/a.b.example.com', 'bad-name'],
    ['domaindesk://domain/example.com?confirm=1', 'unexpected-parts'],
    ['domaindesk://domain/example.com#x', 'unexpected-parts'],
    ['domaindesk://user:pw@domain/example.com', 'unexpected-parts'],
    ['domaindesk://domain:81/example.com', 'unexpected-parts'],
    ['domaindesk://register?name=ok.com&confirm=yes', 'unexpected-parts'],
    ['domaindesk://register?name=a.com&name=b.com', 'unexpected-parts'],
    ['domaindesk://register?name=%00.com', 'bad-name'],
    ['domaindesk://register/now?name=ok.com', 'unknown-path'],
  ])('refuses %j (%s)', (input, reason) => {
    expect(parseDeepLink(input)).toMatchObject({ ok: false, reason })
  })

  it('refuses over-long input before parsing it', () => {
    const long = `domaindesk://register?name=${'a'.repeat(MAX_DEEP_LINK_LENGTH)}.com`
    expect(parseDeepLink(long)).toEqual({ ok: false, reason: 'too-long' })
  })

  it('never throws, and whatever it accepts is a known kind with a valid name', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 300 }),
          fc.webUrl(),
          fc
            .tuple(fc.constantFrom('domain/', 'register?name=', 'x/'), fc.string({ maxLength: 80 }))
            .map(([path, rest]) => `${DEEP_LINK_SCHEME}://${path}${rest}`),
          fc.domain().map((d) => `${DEEP_LINK_SCHEME}://domain/${d}`),
        ),
        (input) => {
          const result = parseDeepLink(input)
          if (!result.ok) return
          expect(['domain', 'register']).toContain(result.link.kind)
          if (result.link.name !== undefined)
            expect(result.link.name).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/)
        },
      ),
      { numRuns: 2_000 },
    )
  })

  it('accepts every registrable domain fast-check makes up, as a domain and a register link', () => {
    fc.assert(
      fc.property(
        fc.domain().filter(
          (d) =>
            d.split('.').length === 2 &&
            !/^[0-9]+$/.test(d.split('.')[1]!) &&
            // "ab--…" labels are reserved by IDNA (only xn-- is valid there) and are refused.
            !d.split('.').some((label) => label.slice(2, 4) === '--'),
        ),
        (name) => {
          const ascii = name.toLowerCase()
          expect(parseDeepLink(`domaindesk://domain/${name}`)).toEqual({
            ok: true,
            link: { kind: 'domain', name: ascii },
          })
          expect(
            parseDeepLink(`domaindesk://register?name=${encodeURIComponent(name)}`),
          ).toMatchObject({ ok: true, link: { kind: 'register' } })
        },
      ),
      { numRuns: 500 },
    )
  })
})

describe('reserved hyphen labels', () => {
  it('refuses a label with "--" in its third and fourth places, as IDNA does', () => {
    expect(parseDeepLink('domaindesk://domain/jm--9srp0le.com')).toMatchObject({ ok: false })
  })
})

describe('deepLinkInArgv', () => {
  it('finds the link Windows and Linux pass on the command line, and only that', () => {
    expect(
      deepLinkInArgv(['/opt/Domain Desk/domain-desk', '--flag', 'domaindesk://domain/example.com']),
    ).toBe('domaindesk://domain/example.com')
    expect(deepLinkInArgv(['app.exe', 'DOMAINDESK://register'])).toBe('DOMAINDESK://register')
    expect(deepLinkInArgv(['app.exe', '--domaindesk://x', 'https://example.com'])).toBeUndefined()
    expect(deepLinkInArgv([])).toBeUndefined()
  })
})

describe('linkForLog', () => {
  it('keeps the scheme and target, never the name or the query', () => {
    expect(linkForLog('domaindesk://register?name=secret-plan.com')).toBe('domaindesk://register')
    expect(linkForLog('domaindesk://domain/secret-plan.com')).toBe('domaindesk://domain')
    expect(linkForLog('https://user:pw@evil.example/x?token=1')).toBe('https://evil.example')
    expect(linkForLog('garbage text')).toBe('(not a link)')
    expect(linkForLog(`domaindesk://${'x'.repeat(500)}`)).toHaveLength(80)
  })
})
