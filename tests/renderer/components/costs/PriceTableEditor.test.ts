import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import PriceTableEditor from '@/components/costs/PriceTableEditor.vue'
import { useForecastStore } from '@/stores/forecast'
import { usePricesStore } from '@/stores/prices'
import { mountApp } from '../../support/app'
import { PRICES, accountState, fakeCostsMain } from './fixtures'

afterEach(() => {
  delete window.domainDesk
  document.body.innerHTML = ''
})

type Handlers = Parameters<typeof fakeCostsMain>[0]

async function mountEditor(handlers: Handlers = {}, locale: 'en' | 'hy' = 'en') {
  const fake = fakeCostsMain(handlers)
  const { wrapper } = await mountApp(PriceTableEditor, {
    path: '/costs',
    locale,
    pinia: { initialState: accountState() },
  })
  await usePricesStore().load()
  await flushPromises()
  return { wrapper, fake }
}

const priceInput = (wrapper: VueWrapper, column: string, tld: string) =>
  wrapper.get(`input[aria-label="${column} price for .${tld}, in US dollars"]`)

async function typePrice(wrapper: VueWrapper, column: string, tld: string, value: string) {
  const input = priceInput(wrapper, column, tld)
  await input.setValue(value)
  await input.trigger('blur')
}

const button = (wrapper: VueWrapper, name: string) =>
  wrapper.findAll('button').find((b) => (b.attributes('aria-label') ?? b.text()) === name)!

const setCalls = (fake: ReturnType<typeof fakeCostsMain>) =>
  fake.calls.filter(([channel]) => channel === 'prices.set').map(([, args]) => args[0])

describe('PriceTableEditor', () => {
  it('lists each TLD as a row header with its three prices in editable, labelled fields', async () => {
    const { wrapper } = await mountEditor()
    expect(wrapper.get('caption').text()).toBe('Price per year in US dollars, by TLD.')
    expect(wrapper.findAll('tbody th[scope="row"]').map((th) => th.text())).toEqual([
      '.com',
      '.io',
      '.shop',
    ])
    expect((priceInput(wrapper, 'Register', 'shop').element as HTMLInputElement).value).toBe(
      '$30.00',
    )
    expect((priceInput(wrapper, 'Transfer', 'shop').element as HTMLInputElement).value).toBe(
      '$20.00',
    )
    expect(wrapper.text()).toContain('They are not what VPS.org charges')
  })

  it('saves an edited price as cents in one prices.set, then reloads the forecast', async () => {
    const { wrapper, fake } = await mountEditor()
    await typePrice(wrapper, 'Renewal', 'com', '14.5')
    expect(wrapper.text()).toContain('Unsaved changes')
    await button(wrapper, 'Save prices').trigger('click')
    await flushPromises()
    expect(setCalls(fake)).toEqual([[{ ...PRICES[0], renewCents: 1450 }, PRICES[1], PRICES[2]]])
    expect(wrapper.get('[role="status"]').text()).toBe('Prices saved. Estimates now use them.')
    expect(fake.calls.some(([channel]) => channel === 'planning.forecast')).toBe(true)
    expect(wrapper.text()).not.toContain('Unsaved changes')
  })

  it('discards edits, back to the saved prices', async () => {
    const { wrapper, fake } = await mountEditor()
    await typePrice(wrapper, 'Register', 'io', '1')
    await button(wrapper, 'Discard changes').trigger('click')
    expect((priceInput(wrapper, 'Register', 'io').element as HTMLInputElement).value).toBe('$39.99')
    expect(setCalls(fake)).toEqual([])
  })

  it('adds a TLD, asks for its prices before saving, and saves it with them', async () => {
    const { wrapper, fake } = await mountEditor()
    await wrapper.get('#new-tld').setValue('.CO.UK')
    await wrapper.get('form.add-tld').trigger('submit')
    await flushPromises()
    const row = wrapper.get('tr[data-tld="co.uk"]')
    expect(row.get('th').text()).toContain('.co.uk')
    expect(row.get('th').text()).toContain('new')
    expect(document.activeElement).toBe(priceInput(wrapper, 'Register', 'co.uk').element)

    await button(wrapper, 'Save prices').trigger('click')
    await flushPromises()
    expect(setCalls(fake)).toEqual([])
    expect(wrapper.get('[role="status"]').text()).toBe(
      'Every TLD needs all three prices before the table can be saved.',
    )
    const register = priceInput(wrapper, 'Register', 'co.uk')
    expect(register.attributes('aria-invalid')).toBe('true')
    expect(document.getElementById(register.attributes('aria-describedby')!)?.textContent).toBe(
      'Enter the missing prices.',
    )

    await typePrice(wrapper, 'Register', 'co.uk', '9')
    await typePrice(wrapper, 'Renewal', 'co.uk', '9.5')
    await typePrice(wrapper, 'Transfer', 'co.uk', '8')
    await button(wrapper, 'Save prices').trigger('click')
    await flushPromises()
    expect(setCalls(fake)[0]).toContainEqual({
      tld: 'co.uk',
      registerCents: 900,
      renewCents: 950,
      transferCents: 800,
    })
  })

  it.each([
    ['my_tld', 'A TLD may contain only letters, digits, hyphens and dots between its parts.'],
    ['shop', 'That TLD is already in the table.'],
    ['', 'Enter a TLD, for example com or co.uk.'],
  ])('refuses %j as a new TLD and says why on the field', async (input, message) => {
    const { wrapper } = await mountEditor()
    await wrapper.get('#new-tld').setValue(input)
    await wrapper.get('form.add-tld').trigger('submit')
    expect(wrapper.get('#new-tld-error').text()).toBe(message)
    expect(wrapper.get('#new-tld').attributes('aria-invalid')).toBe('true')
    expect(wrapper.get('#new-tld').attributes('aria-describedby')).toContain('new-tld-error')
    expect(wrapper.findAll('tbody tr')).toHaveLength(3)
  })

  it('removes a TLD and moves focus to the next row', async () => {
    const { wrapper, fake } = await mountEditor()
    await button(wrapper, 'Remove .io').trigger('click')
    await flushPromises()
    expect(wrapper.find('tr[data-tld="io"]').exists()).toBe(false)
    expect(document.activeElement).toBe(button(wrapper, 'Remove .shop').element)
    await button(wrapper, 'Save prices').trigger('click')
    await flushPromises()
    expect(setCalls(fake)).toEqual([[PRICES[0], PRICES[2]]])
  })

  it('shows main’s refusal of a duplicate TLD as the TLD field’s error', async () => {
    const { wrapper } = await mountEditor({
      'prices.set': async () => {
        throw {
          code: 'InvalidArgument',
          reason: 'duplicateTld',
          field: 'tld',
          params: { tld: 'com' },
          message: '.com appears twice in the price table.',
          fields: { tld: ['.com appears twice.'] },
        }
      },
    })
    await typePrice(wrapper, 'Register', 'com', '11')
    await button(wrapper, 'Save prices').trigger('click')
    await flushPromises()
    expect(wrapper.get('#new-tld-error').text()).toBe('.com appears twice in the price table.')
    expect(wrapper.get('#new-tld').attributes('aria-invalid')).toBe('true')
    expect(wrapper.get('[role="alert"]').text()).toContain(
      'The prices were not saved: .com appears twice in the price table.',
    )
  })

  it('flags a portfolio TLD without a price and adds a row for it from the warning', async () => {
    const { wrapper } = await mountEditor()
    await useForecastStore().load()
    await flushPromises()
    const notice = wrapper.get('[data-testid="unpriced"]')
    expect(notice.text()).toContain('Some of your domains have no price')
    expect(notice.text()).toContain('never counted as zero')
    await button(wrapper, 'Add a price for .xyz').trigger('click')
    await flushPromises()
    expect(wrapper.find('tr[data-tld="xyz"]').exists()).toBe(true)
    expect(document.activeElement).toBe(priceInput(wrapper, 'Register', 'xyz').element)
    expect(wrapper.get('[data-testid="unpriced"]').text()).toContain(
      '.xyz: added below, enter its prices and save.',
    )
  })

  it('speaks Armenian, with prices labelled per TLD', async () => {
    const { wrapper } = await mountEditor({}, 'hy')
    expect(wrapper.get('h2').text()).toBe('Գնացուցակ')
    expect(
      wrapper.find('input[aria-label="Գրանցման գինը .com-ի համար, ԱՄՆ դոլարով"]').exists(),
    ).toBe(true)
  })
})
