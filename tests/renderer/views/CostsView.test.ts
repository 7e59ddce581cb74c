import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import CostsView from '@/views/CostsView.vue'
import { accountState, fakeCostsMain } from '../components/costs/fixtures'
import { mountApp } from '../support/app'

// happy-dom has no canvas: the chart is a stand-in (see the fixtures).
vi.mock('vue-chartjs', async () => ({
  Bar: (await import('../components/costs/fixtures')).BarStub,
}))

afterEach(() => {
  delete window.domainDesk
  document.body.innerHTML = ''
})

type Handlers = Parameters<typeof fakeCostsMain>[0]

async function mountView(locale: 'en' | 'hy' = 'en', handlers: Handlers = {}) {
  const fake = fakeCostsMain(handlers)
  const { wrapper } = await mountApp(CostsView, {
    path: '/costs',
    locale,
    pinia: { initialState: accountState() },
  })
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

describe('CostsView', () => {
  it('loads the price table, the forecast, the budget and the charges of the account', async () => {
    const { fake } = await mountView()
    expect(fake.calls.map(([c]) => c).sort()).toEqual([
      'budget.get',
      'planning.charges',
      'planning.forecast',
      'prices.get',
    ])
  })

  it('has one h1, a named section per part, and a caption on every table', async () => {
    const { wrapper } = await mountView()
    expect(wrapper.findAll('h1').map((h) => h.text())).toEqual(['Prices and estimates'])
    const sections = wrapper.findAll('section[aria-labelledby]').map((s) => {
      return document.getElementById(s.attributes('aria-labelledby')!)?.textContent
    })
    expect(sections).toEqual([
      'Price table',
      'Estimate a registration',
      'Renewal forecast',
      'Renewal budget',
      'Recorded charges',
    ])
    const tables = wrapper.findAll('table')
    expect(tables).toHaveLength(4)
    for (const table of tables) expect(table.get('caption').text()).not.toBe('')
    expect(wrapper.get('canvas').attributes('aria-label')).toMatch(/^Bar chart of/)
  })

  it('shows the estimated cost of a valid name, and the transfer from the same table', async () => {
    const { wrapper } = await mountView()
    await typeDomain(wrapper, 'example.shop')
    await typeYears(wrapper, 3)
    expect(result(wrapper)).toContain('Estimated cost: $80.00')
    expect(result(wrapper)).toContain('Registration $30.00 + 2 × renewal $25.00')
    expect(result(wrapper)).toContain('Transferring a .shop domain in instead: an estimated $20.00')
    expect(result(wrapper)).toContain("VPS.org's charge may differ")
    expect(wrapper.text()).toContain(
      'Registration, renewal and transfer estimates all come from the same saved price table.',
    )
  })

  it('says which TLDs are offered instead of pricing another one at zero', async () => {
    const { wrapper } = await mountView()
    await typeDomain(wrapper, 'example.xyz')
    expect(wrapper.get('#estimate-domain-message').text()).toBe(
      '.xyz domains are not offered. Offered: .com, .io, .shop.',
    )
    expect(result(wrapper)).not.toContain('$0.00')
  })

  it('estimates with a saved price at once, and the forecast is fetched again', async () => {
    const { wrapper, fake } = await mountView()
    await typeDomain(wrapper, 'example.com')
    expect(result(wrapper)).toContain('Estimated cost: $12.99')
    const input = wrapper.get('input[aria-label="Register price for .com, in US dollars"]')
    await input.setValue('15')
    await input.trigger('blur')
    // Unsaved: the estimate still uses what main uses.
    expect(result(wrapper)).toContain('Estimated cost: $12.99')
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Save prices')!
      .trigger('click')
    await flushPromises()
    expect(result(wrapper)).toContain('Estimated cost: $15.00')
    expect(fake.calls.filter(([c]) => c === 'planning.forecast')).toHaveLength(2)
  })

  it('falls back to the published prices and says why when main cannot give its table', async () => {
    const { wrapper } = await mountView('en', {
      'prices.get': async () => {
        throw { code: 'Storage', message: 'Disk full.' }
      },
    })
    expect(wrapper.get('#prices [role="alert"]').text()).toContain(
      'The offline cache could not be written.',
    )
    expect(wrapper.get('#prices').text()).toContain('.io')
  })

  it('speaks Armenian, with money in the Armenian format', async () => {
    const { wrapper } = await mountView('hy')
    expect(wrapper.get('h1').text()).toBe('Գներ և նախահաշիվներ')
    await typeDomain(wrapper, 'example.com')
    // Intl puts a no-break space between the amount and the sign.
    expect(result(wrapper)).toMatch(/Նախահաշվարկված արժեքը՝ 12,99\s\$/)
  })
})
