import { describe, expect, it } from 'vitest'
import { Cache } from '../../../../../electron/main/core/db/cache'
import {
  policyViolationIds,
  policyViolations,
} from '../../../../../electron/main/core/db/policy-query'
import type { Policy } from '../../../../../electron/shared/policies/policy'
import { cachedDomainsAt } from '../../../../support/cached-domain'

const NOW = Date.UTC(2026, 11, 6)
const DAY = 86_400_000

const domain = cachedDomainsAt(NOW)

function portfolio(): Cache {
  const cache = Cache.open(':memory:')
  const list = [
    domain(1, 'keep-a.com'),
    domain(2, 'keep-b.net', { autoRenew: false }),
    domain(3, 'keep-c.org', { locked: false, autoRenew: false }),
    domain(4, 'other.com', { autoRenew: false, privacy: false }),
    domain(5, 'soon.io', { autoRenew: false, expiresAt: NOW + 10 * DAY }),
    domain(6, 'gone.com', { autoRenew: false, removedAt: '2026-11-01T00:00:00Z' }),
    domain(7, 'ext.com', {
      dnsManagedBy: 'external',
      nameservers: ['NS2.VPS.ORG', 'ns1.vps.org'],
    }),
    domain(8, 'ext-b.com', { nameservers: ['ns1.elsewhere.net', 'ns2.vps.org'] }),
  ]
  for (const d of list) cache.domains.upsert('a1', d)
  for (const name of ['keep-a.com', 'keep-b.net', 'keep-c.org'])
    cache.annotations.setTags('a1', name, ['keep'])
  return cache
}

const rule = (over: Partial<Policy>): Policy => ({
  id: 'p1',
  name: 'rule',
  when: { kind: 'all' },
  require: { autoRenew: true },
  enabled: true,
  ...over,
})
const check = (cache: Cache, p: Policy) =>
  policyViolations(cache.db, 'a1', p, { now: NOW, sample: 10 })

describe('policy violations', () => {
  it('tag keep ⇒ auto-renew and lock on: counts matches and names what differs', () => {
    const result = check(
      portfolio(),
      rule({ when: { kind: 'tag', tag: 'keep' }, require: { autoRenew: true, locked: true } }),
    )
    expect(result).toEqual({
      matching: 3,
      violations: 2,
      sample: [
        { id: 2, name: 'keep-b.net', unicodeName: 'keep-b.net', differs: ['autoRenew'] },
        { id: 3, name: 'keep-c.org', unicodeName: 'keep-c.org', differs: ['autoRenew', 'locked'] },
      ],
    })
  })

  it('every domain ⇒ privacy on leaves out removed domains', () => {
    const result = check(portfolio(), rule({ require: { privacy: true } }))
    expect([result.matching, result.violations]).toEqual([7, 1])
    expect(result.sample.map((d) => d.name)).toEqual(['other.com'])
  })

  it('DNS at VPS.org ⇒ nameservers compares them as sets, ignoring case and order', () => {
    const cache = portfolio()
    const p = rule({
      when: { kind: 'dns-vps' },
      require: { nameservers: ['ns1.vps.org', 'ns2.vps.org'] },
    })
    expect(check(cache, p).sample.map((d) => [d.name, d.differs])).toEqual([
      ['ext-b.com', ['nameservers']],
    ])
    // ext.com's nameservers are the same set in another case and order; its DNS is external.
    const all = rule({ require: { nameservers: ['NS1.VPS.ORG.', 'ns2.vps.org'] } })
    expect(check(cache, all).sample.map((d) => d.name)).toEqual(['ext-b.com'])
  })

  it('expiring within 60 days ⇒ auto-renew on, and a TLD condition', () => {
    const cache = portfolio()
    expect(
      check(cache, rule({ when: { kind: 'expiring', days: 60 } })).sample.map((d) => d.name),
    ).toEqual(['soon.io'])
    const com = rule({ when: { kind: 'tld', tld: 'com' } })
    expect(check(cache, com)).toMatchObject({ matching: 4, violations: 1 })
    expect(policyViolationIds(cache.db, 'a1', com, NOW)).toEqual([4])
    expect(policyViolationIds(cache.db, 'a2', com, NOW)).toEqual([])
  })
})
