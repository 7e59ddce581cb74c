import { describe, expect, it } from 'vitest'
import { DAY, MINUTE } from '../../../electron/sandbox/clock'
import { SandboxHttpError } from '../../../electron/sandbox/http-error'
import { makeDomain, makeForeignDomain, makeRegistrar, NOW } from '../../support/sandbox-domains'

const input = (name: string, years = 1) => ({
  name,
  tld: name.split('.').pop()!,
  years,
  autoRenew: true,
  privacy: true,
})

function httpError(fn: () => unknown): SandboxHttpError {
  try {
    fn()
  } catch (e) {
    if (e instanceof SandboxHttpError) return e
    throw e
  }
  throw new Error('expected an HTTP error')
}

describe('Registrar', () => {
  it('registers a name as pending, charges it, and activates it 5–10 simulated minutes later', () => {
    const r = makeRegistrar([makeDomain()])
    const { domain, chargedCents } = r.register(input('fresh-name.com', 2))
    expect(domain).toMatchObject({ id: 102, status: 'pending', registrar: 'VPS.org' })
    expect(chargedCents).toBe(2498)
    expect(r.balanceCents).toBe(100_000 - 2498)
    r.clock.advance(5 * MINUTE - 1)
    expect(r.get(domain.id).status).toBe('pending')
    r.clock.advance(5 * MINUTE)
    expect(r.get(domain.id).status).toBe('active')
    expect(r.charges).toEqual([
      expect.objectContaining({ kind: 'registration', cents: 2498, domain: 'fresh-name.com' }),
    ])
  })

  it('refuses names registered anywhere: in the account, removed from it, or well known', () => {
    const r = makeRegistrar([makeDomain()])
    expect(httpError(() => r.register(input('example.com'))).body).toEqual({
      domain_name: ['This domain is already registered.'],
    })
    expect(httpError(() => r.register(input('google.com'))).status).toBe(400)
    r.remove(101)
    expect(httpError(() => r.get(101)).status).toBe(404)
    expect(r.isTaken('example.com')).toBe(true)
    expect(httpError(() => r.register(input('example.com'))).status).toBe(400)
  })

  it('answers 402 and changes nothing when the balance is short', () => {
    const r = makeRegistrar([makeDomain()], 1_000)
    const error = httpError(() => r.register(input('pricey.io')))
    expect(error.status).toBe(402)
    expect(error.body.detail).toMatch(/\$39\.99.*\$10\.00/)
    expect(r.balanceCents).toBe(1_000)
    expect(r.list().map((d) => d.name)).toEqual(['example.com'])
    expect(r.isTaken('pricey.io')).toBe(false)
  })

  it('auto-renews at expiry for the renew price, and lets a domain lapse otherwise', () => {
    const renewing = makeDomain({ expiresAt: NOW + DAY })
    const lapsing = makeDomain({
      id: 102,
      name: 'lapse.net',
      autoRenew: false,
      expiresAt: NOW + DAY,
    })
    const r = makeRegistrar([renewing, lapsing])
    r.clock.advance(2 * DAY)
    expect(r.get(101)).toMatchObject({ status: 'active', expiresAt: Date.UTC(2027, 10, 30, 12) })
    expect(r.get(102).status).toBe('expired')
    expect(r.charges).toEqual([
      expect.objectContaining({ kind: 'renewal', cents: 1299, domainId: 101 }),
    ])
  })

  it('lets a domain lapse when auto-renew cannot be paid', () => {
    const r = makeRegistrar([makeDomain({ expiresAt: NOW + DAY })], 500)
    r.clock.advance(2 * DAY)
    expect(r.get(101).status).toBe('expired')
    expect(r.balanceCents).toBe(500)
  })

  it('updates settings, and refuses to change the lock of a domain held by another registrar', () => {
    const r = makeRegistrar([makeDomain(), makeForeignDomain()])
    r.update(101, {
      autoRenew: false,
      nameservers: ['ns1.cloudflare.com', 'ns2.cloudflare.com'],
      privacy: false,
    })
    expect(r.get(101)).toMatchObject({ autoRenew: false, privacy: false, whoisUpdatedAt: NOW })
    expect(httpError(() => r.update(102, { locked: true })).body).toEqual({
      locked: ['myapp.io is registered at Namecheap, Inc.; change its transfer lock there.'],
    })
  })

  it('filters by status and searches ASCII and Unicode forms, ordered by id', () => {
    const r = makeRegistrar([
      makeDomain({ id: 103, name: 'xn--bcher-kva.com' }),
      makeDomain({ id: 101, name: 'alpha.com', status: 'expired' }),
      makeDomain({ id: 102, name: 'beta.io' }),
    ])
    expect(r.list().map((d) => d.id)).toEqual([101, 102, 103])
    expect(r.list({ status: 'expired' }).map((d) => d.name)).toEqual(['alpha.com'])
    expect(r.list({ search: 'BÜCHER' }).map((d) => d.id)).toEqual([103])
    expect(r.list({ search: 'a .io' }).map((d) => d.id)).toEqual([102])
  })

  it('tells its listener about every change, including ones the clock makes', () => {
    const r = makeRegistrar([makeDomain({ expiresAt: NOW + DAY, autoRenew: false })])
    let changes = 0
    r.onChange = () => changes++
    r.list()
    expect(changes).toBe(0)
    r.clock.advance(2 * DAY)
    r.list()
    expect(changes).toBe(1)
  })
})
