import { flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import type { DnsCheck } from '@shared/ipc/dns-models'
import DomainDnsCheck from '@/components/domain/DomainDnsCheck.vue'
import { installFakeBridge, mountApp } from '../../support/app'
import { accountState, domainView } from './fixtures'

afterEach(() => {
  delete window.domainDesk
  document.body.innerHTML = ''
})

const different: DnsCheck = {
  domainId: 101,
  domain: 'example.com',
  expected: ['ns1.vps.org', 'ns2.vps.org'],
  state: 'different',
  resolvers: [
    { resolver: '1.1.1.1', state: 'different', seen: ['ns1.typo.net', 'ns2.typo.net'] },
    { resolver: '9.9.9.9', state: 'unreachable', seen: [], error: 'ETIMEOUT' },
  ],
  checkedAt: '2026-12-06T11:00:00.000Z',
}

async function mountSection(
  handlers: Parameters<typeof installFakeBridge>[0],
  locale: 'en' | 'hy' = 'en',
) {
  const fake = installFakeBridge(handlers)
  const { wrapper } = await mountApp(DomainDnsCheck, {
    locale,
    pinia: { initialState: { ...accountState(), domain: { domain: domainView() } } },
  })
  await flushPromises()
  return { wrapper, fake }
}

describe('DomainDnsCheck', () => {
  it('shows the stored check, or that there is none, and checks on demand', async () => {
    const { wrapper, fake } = await mountSection({
      'dns.lastChecks': async () => [],
      'dns.check': async () => [different],
    })
    expect(wrapper.get('[data-testid="dns-result"]').text()).toBe('Not checked yet.')
    await wrapper.get('[data-testid="dns-check"]').trigger('click')
    await flushPromises()
    // As a browser shows it: runs of white space as one.
    const text = wrapper.get('[data-testid="dns-result"]').text().replace(/\s+/g, ' ')
    expect(text).toContain('Different')
    expect(text).toContain('A resolver returns nameservers that were not set here.')
    expect(text).toContain('1.1.1.1 — Different: ns1.typo.net, ns2.typo.net')
    expect(text).toContain('9.9.9.9 — No answer: nothing (ETIMEOUT)')
    expect(fake.calls.filter(([c]) => c === 'dns.check')).toEqual([['dns.check', ['a1', [101]]]])
  })

  it('says why a check could not run, in Armenian too', async () => {
    const { wrapper } = await mountSection(
      {
        'dns.lastChecks': async () => [{ ...different, state: 'propagated' }],
        'dns.check': async () => {
          throw Object.assign(new Error('Offline.'), { code: 'Offline' })
        },
      },
      'hy',
    )
    expect(wrapper.get('[data-testid="dns-result"]').text()).toContain('Տարածված է')
    await wrapper.get('[data-testid="dns-check"]').trigger('click')
    await flushPromises()
    expect(wrapper.get('[role="alert"]').text()).toContain('Ստուգումը չհաջողվեց կատարել')
  })
})
