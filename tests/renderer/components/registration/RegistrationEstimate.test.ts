import { beforeAll, describe, expect, it } from 'vitest'
import type { Estimate } from '@shared/ipc/models'
import RegistrationEstimate from '@/components/registration/RegistrationEstimate.vue'
import { useRegistrationStore } from '@/stores/registration'
import { loadNameRules } from '@/format/lazy-name-rules'
import { mountApp } from '../../support/app'

const table: Estimate = {
  ascii: 'shop.com',
  unicode: 'shop.com',
  tld: 'com',
  years: 2,
  cents: 2598,
  label: 'estimate',
  source: 'priceTable',
  chargedAt: null,
  tableCents: 2598,
  firstYearCents: 1299,
  laterYearCents: 1299,
}
const learned: Estimate = {
  ...table,
  cents: 2498,
  source: 'lastCharge',
  chargedAt: '2026-11-02T10:00:00Z',
}

async function mountWith(estimate: Estimate, locale: 'en' | 'hy' = 'en') {
  const { wrapper } = await mountApp(RegistrationEstimate, { locale })
  const store = useRegistrationStore()
  store.domainName = estimate.ascii
  store.estimate = estimate
  await wrapper.vm.$nextTick()
  return wrapper
}

// The form loads the name rules when it opens (see lazy-name-rules.test.ts for before that).
beforeAll(() => loadNameRules())
describe('RegistrationEstimate', () => {
  it('says a table estimate comes from the price table, with its first and later years', async () => {
    const wrapper = await mountWith(table)
    expect(wrapper.text()).toContain('$25.98 for 2 years')
    expect(wrapper.get('[data-testid="estimate-table"]').text()).toBe(
      'Price table: $12.99 for the first year, then $12.99 for each later year ($25.98 in all).',
    )
    expect(wrapper.find('[data-testid="estimate-learned"]').exists()).toBe(false)
    expect(wrapper.text()).toContain("Estimate from the price table — VPS.org's charge may differ.")
  })

  it('says a learned estimate comes from the last charge and when, beside the table', async () => {
    const wrapper = await mountWith(learned)
    expect(wrapper.text()).toContain('$24.98 for 2 years')
    expect(wrapper.get('[data-testid="estimate-learned"]').text()).toBe(
      'Learned from your last charge on Nov 2, 2026: VPS.org charged $24.98 for 2 years of .com.',
    )
    expect(wrapper.get('[data-testid="estimate-table"]').text()).toContain('($25.98 in all)')
    expect(wrapper.text()).toContain('Estimate from what VPS.org charged last time')
  })

  it('gives the sources in Armenian', async () => {
    const wrapper = await mountWith(learned, 'hy')
    expect(wrapper.get('[data-testid="estimate-learned"]').text()).toContain(
      'Ըստ ձեր վերջին գանձման',
    )
    expect(wrapper.get('[data-testid="estimate-table"]').text()).toContain('Գնացուցակ')
  })
})
