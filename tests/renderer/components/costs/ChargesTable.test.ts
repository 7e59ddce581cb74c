import { flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import ChargesTable from '@/components/costs/ChargesTable.vue'
import { useForecastStore } from '@/stores/forecast'
import { mountApp } from '../../support/app'
import { accountState, fakeCostsMain } from './fixtures'

afterEach(() => {
  delete window.domainDesk
  document.body.innerHTML = ''
})

type Handlers = Parameters<typeof fakeCostsMain>[0]

async function mountCharges(handlers: Handlers = {}, locale: 'en' | 'hy' = 'en') {
  fakeCostsMain(handlers)
  const { wrapper } = await mountApp(ChargesTable, {
    path: '/costs',
    locale,
    pinia: { initialState: accountState() },
  })
  await useForecastStore().loadCharges()
  await flushPromises()
  return wrapper
}

describe('ChargesTable', () => {
  it('lists every registration and transfer with its estimate, the charge and the difference', async () => {
    const wrapper = await mountCharges()
    const table = wrapper.get('[data-testid="charges"]')
    expect(table.get('caption').text()).toBe(
      'Registrations and transfers made with Domain Desk, newest first.',
    )
    expect(table.findAll('thead th').map((th) => th.text())).toEqual([
      'Date',
      'Kind',
      'Domain',
      'Estimate',
      'Charged by VPS.org',
      'Difference',
    ])
    const rows = table.findAll('tbody tr').map((tr) => tr.findAll('td, th').map((c) => c.text()))
    expect(rows[0]).toEqual([
      'Nov 20, 2026',
      'Registration, 2 years',
      'cheaper.com',
      '$25.98',
      '$24.98',
      '$1.00 less than estimated',
    ])
    expect(rows[1]!.slice(1)).toEqual([
      'Transfer',
      'dearer.io',
      '$39.99',
      '$41.99',
      '$2.00 more than estimated',
    ])
    expect(rows[2]!.slice(5)).toEqual(['same as estimated'])
    expect(rows[3]!.slice(2)).toEqual(['bücher.com', '$12.99', 'not reported', 'cannot compare'])
  })

  it('totals the estimates and the reported charges, and compares only what it can', async () => {
    const wrapper = await mountCharges()
    expect(
      wrapper
        .get('tfoot tr')
        .findAll('th, td')
        .map((c) => c.text()),
    ).toEqual(['Total', '$91.95', '$79.96', '$1.00 more than estimated'])
    expect(wrapper.text()).toContain('covers only charges with both an estimate')
  })

  it('says when nothing has been registered or transferred yet', async () => {
    const wrapper = await mountCharges({ 'planning.charges': async () => [] })
    expect(wrapper.find('table').exists()).toBe(false)
    expect(wrapper.text()).toContain('No registrations or transfers have been made')
  })

  it('speaks Armenian', async () => {
    const wrapper = await mountCharges({}, 'hy')
    expect(wrapper.get('tbody tr [data-testid="difference"]').text()).toMatch(
      /^1,00\s\$-ով պակաս, քան նախահաշվում$/,
    )
    expect(wrapper.findAll('tbody tr')[3]!.text()).toContain('չի հայտնվել')
  })
})
