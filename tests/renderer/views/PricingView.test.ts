import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import type { PriceRow } from '@shared/ipc/models'
import PricingView from '@/views/PricingView.vue'
import { installFakeBridge, mountApp } from '../support/app'

const PRICES: PriceRow[] = [
  { tld: 'com', registerCents: 1299, renewCents: 1299, transferCents: 1299 },
  { tld: 'io', registerCents: 3999, renewCents: 3999, transferCents: 3999 },
  { tld: 'shop', registerCents: 3000, renewCents: 2500, transferCents: 2000 },
]

afterEach(() => {
  delete window.domainDesk
  document.body.innerHTML = ''
})
// Registered last so that it runs first: unmounted pages stop listening to PrimeVue's global
// confirmation and toast buses before the document is cleared.
async function mountView(locale: 'en' | 'hy' = 'en') {
  const fake = installFakeBridge({ 'pricing.get': async () => PRICES })
  const { wrapper } = await mountApp(PricingView, { path: '/costs', locale })
  await flushPromises()
  return { wrapper, fake }
}

async function typeDomain(wrapper: VueWrapper, name: string): Promise<void> {
  await wrapper.get('#estimate-domain').setValue(name)
}

async function typeYears(wrapper: VueWrapper, years: number): Promise<void> {
  const input = wrapper.get('#estimate-years')
  await input.setValue(String(years))
  await input.trigger('blur')
}

const result = (wrapper: VueWrapper) => wrapper.get('#estimate-result').text()

describe('PricingView', () => {
  it('loads the price table from main and lists each TLD as a row header with its prices', async () => {
    const { wrapper, fake } = await mountView()
    expect(fake.calls.map(([c]) => c)).toContain('pricing.get')
    expect(wrapper.get('h1').text()).toBe('Prices and estimates')
    const headers = wrapper.findAll('thead th').map((th) => th.text())
    expect(headers).toEqual(['TLD', 'Register', 'Renew', 'Transfer'])
    const shop = wrapper.findAll('tbody tr').find((tr) => tr.text().includes('.shop'))!
    expect(shop.get('[role="rowheader"]').text()).toBe('.shop')
    expect(shop.findAll('[role="cell"]').map((td) => td.text())).toEqual([
      '$30.00',
      '$25.00',
      '$20.00',
    ])
  })

  it('labels the table and both inputs', async () => {
    const { wrapper } = await mountView()
    expect(wrapper.get('table').attributes('aria-labelledby')).toBe('price-list-heading')
    expect(wrapper.get('label[for="estimate-domain"]').text()).toBe('Domain name')
    expect(wrapper.get('label[for="estimate-years"]').text()).toBe('Years')
  })

  it('shows the estimated cost of a valid name, labelled as an estimate', async () => {
    const { wrapper } = await mountView()
    await typeDomain(wrapper, 'example.shop')
    await typeYears(wrapper, 3)
    expect(result(wrapper)).toContain('Estimated cost: $80.00')
    expect(result(wrapper)).toContain('Registration $30.00 + 2 × renewal $25.00')
    expect(result(wrapper)).toContain("VPS.org's charge may differ")
  })

  it('announces the specific reason an invalid name is rejected', async () => {
    const { wrapper } = await mountView()
    await typeDomain(wrapper, 'shop.example.com')
    const message = wrapper.get('#estimate-domain-message')
    expect(message.attributes('aria-live')).toBe('polite')
    expect(message.text()).toBe(
      '"shop.example.com" is a subdomain; register example.com instead and add the subdomain in DNS.',
    )
    expect(wrapper.get('#estimate-domain').attributes('aria-invalid')).toBe('true')
    expect(result(wrapper)).not.toContain('Estimated cost')
  })

  it('shows the Unicode and punycode forms of an internationalised name', async () => {
    const { wrapper } = await mountView()
    await typeDomain(wrapper, 'bücher.com')
    expect(wrapper.get('#estimate-unicode').text()).toBe('bücher.com')
    expect(wrapper.get('#estimate-ascii').text()).toBe('xn--bcher-kva.com')
    expect(result(wrapper)).toContain('Estimated cost: $12.99')
  })

  it('says which TLDs are offered instead of pricing another one at zero', async () => {
    const { wrapper } = await mountView()
    await typeDomain(wrapper, 'example.xyz')
    expect(wrapper.get('#estimate-domain-message').text()).toBe(
      '.xyz domains are not offered. Offered: .com, .io, .shop.',
    )
    expect(result(wrapper)).not.toContain('$0.00')
    expect(result(wrapper)).not.toContain('Estimated cost')
  })

  it('speaks Armenian, with money in the Armenian format', async () => {
    const { wrapper } = await mountView('hy')
    expect(wrapper.get('h1').text()).toBe('Գներ և նախահաշիվներ')
    await typeDomain(wrapper, 'example.com')
    // Intl puts a no-break space between the amount and the sign.
    expect(result(wrapper)).toMatch(/Նախահաշվարկված արժեքը՝ 12,99\s\$/)
  })

  it('falls back to the published prices and says why when main cannot give its table', async () => {
    installFakeBridge({
      'pricing.get': async () => {
        throw { code: 'Storage', message: 'Disk full.' }
      },
    })
    const { wrapper } = await mountApp(PricingView, { path: '/costs' })
    await flushPromises()
    expect(wrapper.get('[role="alert"]').text()).toContain('Disk full.')
    expect(wrapper.text()).toContain('.io')
  })
})
