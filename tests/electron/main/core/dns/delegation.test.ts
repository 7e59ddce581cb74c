import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  checkDelegation,
  classifyAnswer,
  createLookups,
} from '../../../../../electron/main/core/dns/delegation'
import { startDnsServer, type TestDnsServer } from '../../../../support/dns-server'
import { fakeClock } from '../../../../support/clock'

const SET = ['ns1.example-dns.net', 'ns2.example-dns.net']
const BEFORE = ['ns1.vps.org', 'ns2.vps.org']

describe('classifyAnswer', () => {
  it.each([
    [['NS2.example-dns.net.', 'ns1.example-dns.net'], 'propagated'],
    [['ns1.vps.org', 'ns2.vps.org'], 'not-yet'],
    [[], 'not-yet'],
    [['ns1.example-dns.net'], 'different'],
    [['ns1.elsewhere.com', 'ns2.elsewhere.com'], 'different'],
  ])('%j is %s', (seen, state) => {
    expect(classifyAnswer(seen, SET, BEFORE)).toBe(state)
  })
})

describe('checkDelegation against DNS servers on loopback', () => {
  let a: TestDnsServer
  let b: TestDnsServer
  beforeEach(async () => {
    ;[a, b] = await Promise.all([startDnsServer(), startDnsServer()])
  })
  afterEach(async () => Promise.all([a.close(), b.close()]))

  const check = (domain: string, servers = [a.address, b.address]) =>
    checkDelegation(
      domain,
      SET,
      BEFORE,
      createLookups(servers, { timeoutMs: 300 }),
      fakeClock('2026-12-06T12:00:00Z'),
    )

  it('says propagated when every resolver returns the nameservers that were set', async () => {
    a.zone.set('shop.am', [...SET])
    b.zone.set('shop.am', ['NS2.EXAMPLE-DNS.NET', 'ns1.example-dns.net'])
    const result = await check('shop.am')
    expect(result).toMatchObject({
      domain: 'shop.am',
      state: 'propagated',
      checkedAt: '2026-12-06T12:00:00.000Z',
    })
    expect(result.resolvers.map((r) => [r.resolver, r.state, r.seen])).toEqual([
      [a.address, 'propagated', SET],
      [b.address, 'propagated', SET],
    ])
    expect(a.queries).toEqual(['NS shop.am'])
  })

  it('says not yet while one resolver still returns the earlier nameservers', async () => {
    a.zone.set('shop.am', [...SET])
    b.zone.set('shop.am', [...BEFORE])
    expect((await check('shop.am')).state).toBe('not-yet')
  })

  it('says different when a resolver returns other nameservers', async () => {
    a.zone.set('shop.am', [...SET])
    b.zone.set('shop.am', ['ns1.typo-dns.net', 'ns2.typo-dns.net'])
    const result = await check('shop.am')
    expect(result.state).toBe('different')
    expect(result.resolvers[1]).toMatchObject({
      state: 'different',
      seen: ['ns1.typo-dns.net', 'ns2.typo-dns.net'],
    })
  })

  it('treats NXDOMAIN and SERVFAIL as not yet, and a silent resolver as saying nothing', async () => {
    a.faults.set('new.am', 'servfail')
    const noDelegation = await check('new.am')
    expect(noDelegation.state).toBe('not-yet')
    expect(noDelegation.resolvers.map((r) => r.error)).toEqual(['ESERVFAIL', 'ENOTFOUND'])

    a.zone.set('shop.am', [...SET])
    b.faults.set('shop.am', 'drop')
    const oneSilent = await check('shop.am')
    expect(oneSilent.state).toBe('propagated')
    expect(oneSilent.resolvers[1]).toMatchObject({ state: 'unreachable', error: 'ETIMEOUT' })

    a.faults.set('shop.am', 'drop')
    expect((await check('shop.am')).state).toBe('unreachable')
  })
})
