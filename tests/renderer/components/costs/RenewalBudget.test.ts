import { flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import ForecastMonthTable from '@/components/costs/ForecastMonthTable.vue'
import RenewalBudget from '@/components/costs/RenewalBudget.vue'
import { LAPSE_PAGE, useBudgetStore } from '@/stores/budget'
import { useForecastStore } from '@/stores/forecast'
import { mountApp } from '../../support/app'
import { callsOf, fakeBudgetMain, RENEWALS } from './budget-fixtures'
import { accountState } from './fixtures'

afterEach(() => {
  delete window.domainDesk
  document.body.innerHTML = ''
})

async function mountBudget(
  initial: Parameters<typeof fakeBudgetMain>[0],
  locale: 'en' | 'hy' = 'en',
) {
  const fake = fakeBudgetMain(initial)
  const { wrapper } = await mountApp(RenewalBudget, {
    path: '/costs',
    locale,
    pinia: { initialState: accountState() },
  })
  await useBudgetStore().load()
  await flushPromises()
  return { wrapper, fake }
}

describe('RenewalBudget', () => {
  it('says why an amount is refused, in English and in Armenian, and saves nothing', async () => {
    const { wrapper, fake } = await mountBudget(null)
    await wrapper.get('[data-testid="budget-amount"]').setValue('-20')
    await wrapper.get('[data-testid="budget-form"]').trigger('submit')
    await flushPromises()
    expect(wrapper.get('[data-testid="budget-error"]').text()).toBe('A budget cannot be negative.')
    expect(wrapper.get('#budget-amount').attributes('aria-invalid')).toBe('true')
    expect(callsOf(fake, 'budget.set')).toEqual([])

    const hy = await mountBudget(null, 'hy')
    await hy.wrapper.get('[data-testid="budget-amount"]').setValue('abc')
    await hy.wrapper.get('[data-testid="budget-form"]').trigger('submit')
    await flushPromises()
    expect(hy.wrapper.get('[data-testid="budget-error"]').text()).toBe(
      'Մուտքագրեք գումարը դոլարով՝ թվով, օրինակ՝ 1200 կամ 99.50։',
    )
  })

  it('saves a yearly budget and shows it', async () => {
    const { wrapper, fake } = await mountBudget(null)
    await wrapper.get('[data-testid="budget-amount"]').setValue('1,200')
    await wrapper.get('[data-testid="budget-form"]').trigger('submit')
    await flushPromises()
    expect(fake.budget()).toEqual({ period: 'yearly', cents: 120_000 })
    expect(wrapper.get('[data-testid="budget-current"]').text()).toContain(
      'Budget: $1,200.00 per year',
    )
  })

  it('lists a page of renewals, marks those above the cut line, and pages on', async () => {
    // $10 a month is $30 for 90 days: all but the cheapest renewals must go.
    const { wrapper, fake } = await mountBudget({ period: 'monthly', cents: 10_00 })
    const rows = wrapper.findAll('[data-testid="lapse-table"] tbody tr[data-testid^="lapse-row"]')
    expect(rows).toHaveLength(LAPSE_PAGE)
    expect(rows[0]!.text()).toContain('renew-00.com')
    expect(rows[0]!.text()).toContain('Turn off')
    expect(rows[0]!.get('a').attributes('href')).toContain(`/domains/${RENEWALS[0]!.id}`)
    const plan = useBudgetStore().plan!
    expect(wrapper.get('[data-testid="lapse-cut"]').text()).toContain(
      `turn off the ${plan.cutCount} dearest renewals`,
    )
    expect(wrapper.find('[data-testid="lapse-cut-line"]').exists()).toBe(false)
    await wrapper.get('[data-testid="lapse-next"]').trigger('click')
    await flushPromises()
    await wrapper.get('[data-testid="lapse-next"]').trigger('click')
    await flushPromises()
    expect(callsOf(fake, 'budget.plan').map(([, o]) => (o as { offset: number }).offset)).toEqual([
      0,
      LAPSE_PAGE,
      2 * LAPSE_PAGE,
    ])
    expect(wrapper.get('[data-testid="lapse-cut-line"]').text()).toContain('Cut line')
    await wrapper.get('[data-testid="lapse-choose-cut"]').trigger('click')
    await flushPromises()
    expect(wrapper.get('[data-testid="lapse-apply"]').text()).toBe(
      `Turn auto-renew off for ${plan.cutCount} chosen…`,
    )
  })
})

describe('ForecastMonthTable with a budget', () => {
  it('puts the budget beside each month and marks the months over it in words', async () => {
    fakeBudgetMain({ period: 'yearly', cents: 120_00 })
    const { wrapper } = await mountApp(ForecastMonthTable, {
      path: '/costs',
      pinia: { initialState: accountState() },
    })
    await useForecastStore().load()
    await useBudgetStore().load()
    await flushPromises()
    const over = wrapper.findAll('[data-testid="month-over-budget"]')
    expect(over).toHaveLength(1)
    expect(over[0]!.text()).toBe('Over budget')
    expect(wrapper.get('[data-testid="forecast-budget-total"]').text()).toBe('$120.00')
    expect(wrapper.get('[data-testid="forecast-over-months"]').text()).toBe(
      '1 month is over budget.',
    )
  })
})
