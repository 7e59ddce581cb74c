import { beforeEach, describe, expect, it } from 'vitest'
import { mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, type Pinia } from 'pinia'
import PricingView from '@/views/PricingView.vue'

let pinia: Pinia

function mountView(): VueWrapper {
  return mount(PricingView, { global: { plugins: [pinia] } })
}

async function typeDomain(wrapper: VueWrapper, name: string): Promise<void> {
  await wrapper.get('#estimate-domain').setValue(name)
}

async function typeYears(wrapper: VueWrapper, years: string): Promise<void> {
  const input = wrapper.get('#estimate-years')
  await input.setValue(years)
  await input.trigger('change')
}

const result = (wrapper: VueWrapper) => wrapper.get('#estimate-result').text()
const domainMessage = (wrapper: VueWrapper) => wrapper.get('#estimate-domain-message')

describe('PricingView', () => {
  beforeEach(() => {
    pinia = createPinia()
  })

  it('lists every TLD with its register, renew and transfer prices in US dollars', () => {
    const wrapper = mountView()
    const table = wrapper.get('table')
    expect(table.get('caption').text()).toMatch(/US dollars/)
    expect(table.findAll('thead th').map((th) => th.text())).toEqual([
      'TLD',
      'Register',
      'Renew',
      'Transfer',
    ])
    const io = table.findAll('tbody tr').find((tr) => tr.get('th').text() === '.io')
    expect(io?.findAll('td').map((td) => td.text())).toEqual(['$39.99', '$39.99', '$39.99'])
  })

  it('labels both inputs', () => {
    const wrapper = mountView()
    expect(wrapper.get('label[for="estimate-domain"]').text()).toBe('Domain name')
    expect(wrapper.get('label[for="estimate-years"]').text()).toBe('Years')
  })

  it('shows the estimated cost of a valid name, labelled as an estimate', async () => {
    const wrapper = mountView()
    await typeDomain(wrapper, 'example.com')
    await typeYears(wrapper, '2')
    expect(result(wrapper)).toContain('Estimated cost: $25.98')
    expect(result(wrapper)).toContain("the registrar's charge may differ")
    expect(domainMessage(wrapper).text()).toBe('')
  })

  it('announces the specific reason an invalid name is rejected', async () => {
    const wrapper = mountView()
    await typeDomain(wrapper, 'shop.example.com')
    expect(domainMessage(wrapper).attributes('aria-live')).toBe('polite')
    expect(domainMessage(wrapper).text()).toContain('is a subdomain; register example.com instead')
    expect(wrapper.get('#estimate-domain').attributes('aria-invalid')).toBe('true')
    expect(result(wrapper)).not.toContain('Estimated cost')
  })

  it('shows the Unicode and punycode forms of an internationalised name', async () => {
    const wrapper = mountView()
    await typeDomain(wrapper, 'bücher.com')
    expect(wrapper.get('#estimate-unicode').text()).toBe('bücher.com')
    expect(wrapper.get('#estimate-ascii').text()).toBe('xn--bcher-kva.com')
    expect(result(wrapper)).toContain('Estimated cost: $12.99')
  })

  it('clamps years above 10 to 10, says so and shows 10 in the field', async () => {
    const wrapper = mountView()
    await typeDomain(wrapper, 'example.com')
    await typeYears(wrapper, '15')
    expect(wrapper.get('#estimate-years-message').text()).toContain('using 10')
    expect((wrapper.get('#estimate-years').element as HTMLInputElement).value).toBe('10')
    expect(result(wrapper)).toContain('Estimated cost: $129.90')
  })

  it('shows no estimate while the years are not a whole number', async () => {
    const wrapper = mountView()
    await typeDomain(wrapper, 'example.com')
    await typeYears(wrapper, '1.5')
    expect(wrapper.get('#estimate-years-message').text()).toMatch(/whole number of years/)
    expect(result(wrapper)).not.toContain('Estimated cost')
  })

  it('flags a TLD that is not offered and never shows it as free', async () => {
    const wrapper = mountView()
    await typeDomain(wrapper, 'example.xyz')
    expect(domainMessage(wrapper).text()).toContain('.xyz domains are not offered')
    expect(result(wrapper)).not.toContain('$0.00')
    expect(result(wrapper)).not.toContain('Estimated cost')
  })
})
