import { describe, expect, it } from 'vitest'
import EstimateCalculator from '@/components/costs/EstimateCalculator.vue'
import { usePricesStore } from '@/stores/prices'
import { mountApp } from '../../support/app'

describe('EstimateCalculator', () => {
  it('says which period is used when the years were clamped', async () => {
    const { wrapper } = await mountApp(EstimateCalculator)
    const prices = usePricesStore()
    prices.setDomainInput('example.com')
    prices.setYears(15)
    await wrapper.vm.$nextTick()
    expect(wrapper.get('#estimate-years-message').text()).toBe(
      'Registrations run for 1 to 10 years; using 10.',
    )
    expect(wrapper.get('#estimate-result').text()).toContain('Estimated cost: $129.90')
  })

  it('shows no estimate and says why while the years are missing', async () => {
    const { wrapper } = await mountApp(EstimateCalculator)
    const prices = usePricesStore()
    prices.setDomainInput('example.com')
    prices.setYears(null)
    await wrapper.vm.$nextTick()
    expect(wrapper.get('#estimate-years-message').text()).toBe(
      'Enter a whole number of years from 1 to 10.',
    )
    expect(wrapper.get('#estimate-result').text()).not.toContain('Estimated cost')
  })

  it('explains a rejected name in Armenian, naming the parent domain to register', async () => {
    const { wrapper } = await mountApp(EstimateCalculator, { locale: 'hy' })
    usePricesStore().setDomainInput('shop.bücher.com')
    await wrapper.vm.$nextTick()
    expect(wrapper.get('#estimate-domain-message').text()).toBe(
      '«shop.bücher.com»-ը ենթադոմեն է․ գրանցեք bücher.com-ը և ենթադոմենն ավելացրեք DNS-ում։',
    )
  })
})
