import { describe, expect, it } from 'vitest'
import { Cache } from '../../../../../electron/main/core/db/cache'
import type { DnsCheck } from '../../../../../electron/shared/ipc/dns-models'

const check = (domainId: number, state: DnsCheck['state'], at: string): DnsCheck => ({
  domainId,
  domain: `d${domainId}.am`,
  expected: ['ns1.a.net', 'ns2.a.net'],
  state,
  resolvers: [
    { resolver: '1.1.1.1', state, seen: state === 'propagated' ? ['ns1.a.net', 'ns2.a.net'] : [] },
  ],
  checkedAt: at,
})

describe('DnsChecksRepo', () => {
  it('keeps the last check per domain and account, and reads back only the ones asked for', () => {
    const cache = Cache.open(':memory:')
    cache.dnsChecks.save('a1', check(1, 'not-yet', '2026-12-06T10:00:00.000Z'))
    cache.dnsChecks.save('a1', check(1, 'propagated', '2026-12-06T11:00:00.000Z'))
    cache.dnsChecks.save('a1', check(2, 'different', '2026-12-06T11:00:00.000Z'))
    cache.dnsChecks.save('a2', check(1, 'unreachable', '2026-12-06T11:00:00.000Z'))
    expect(
      cache.dnsChecks.forDomains('a1', [1, 3]).map((c) => [c.domainId, c.state, c.checkedAt]),
    ).toEqual([[1, 'propagated', '2026-12-06T11:00:00.000Z']])
    expect(cache.dnsChecks.forDomains('a2', [1, 2]).map((c) => c.state)).toEqual(['unreachable'])
    expect(cache.dnsChecks.forDomains('a1', [])).toEqual([])
  })

  it('drops a stored row that no longer has the expected shape', () => {
    const cache = Cache.open(':memory:')
    cache.db
      .prepare(
        "INSERT INTO dns_checks (account_id, domain_id, state, result, checked_at) VALUES ('a1', 5, 'x', '{\"old\":true}', 'then')",
      )
      .run()
    expect(cache.dnsChecks.forDomains('a1', [5])).toEqual([])
  })
})
