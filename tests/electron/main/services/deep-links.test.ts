import { describe, expect, it } from 'vitest'
import { DeepLinkService } from '../../../../electron/main/services/deep-links'

function service(known: Record<string, number> = {}) {
  const logged: Array<{ message: string; fields?: Record<string, unknown> }> = []
  const links = new DeepLinkService({
    findDomainId: (name) => known[name],
    logger: { warn: (message, fields) => logged.push({ message, fields }) },
  })
  return { links, logged }
}

describe('DeepLinkService', () => {
  it('opens a known domain by its id', () => {
    const { links } = service({ 'example.com': 101 })
    expect(links.route('domaindesk://domain/example.com')).toBe('/domains/101')
  })

  it('opens the portfolio for a domain that is not in any account', () => {
    const { links } = service()
    expect(links.route('domaindesk://domain/elsewhere.org')).toBe('/portfolio')
  })

  it('only fills in the register page, with the name encoded', () => {
    const { links } = service()
    expect(links.route('domaindesk://register?name=%D5%B0%D5%A1%D5%B5.com')).toBe(
      '/registration?name=xn--y9a3aq.com',
    )
    expect(links.route('domaindesk://register')).toBe('/registration')
  })

  it('refuses a bad link, logging why without its path or query', () => {
    const { links, logged } = service()
    expect(links.route('domaindesk://register?name=secret-idea.com&confirm=1')).toBeUndefined()
    expect(links.route('domaindesk://domain/bad_name.com')).toBeUndefined()
    expect(logged).toEqual([
      {
        message: 'link refused',
        fields: { reason: 'unexpected-parts', link: 'domaindesk://register' },
      },
      { message: 'link refused', fields: { reason: 'bad-name', link: 'domaindesk://domain' } },
    ])
    expect(JSON.stringify(logged)).not.toContain('secret-idea')
  })
})
