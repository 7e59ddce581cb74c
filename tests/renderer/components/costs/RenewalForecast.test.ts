import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import RenewalForecast from '@/components/costs/RenewalForecast.vue'
import { useForecastStore } from '@/stores/forecast'
import { useSettingsStore } from '@/stores/settings'
import { mountApp } from '../../support/app'
import { ACCOUNT_ID, accountState, chartProps, fakeCostsMain } from './fixtures'

// happy-dom has no canvas: the chart is a stand-in that keeps the data it was given.
vi.mock('vue-chartjs', async () => ({ Bar: (await import('./fixtures')).BarStub }))

afterEach(() => {
  delete window.domainDesk
  document.body.innerHTML = ''
  vi.restoreAllMocks()
})

async function mountForecast(locale: 'en' | 'hy' = 'en') {
  const fake = fakeCostsMain()
  const { wrapper } = await mountApp(RenewalForecast, {
    path: '/costs',
    locale,
    pinia: { initialState: accountState() },
  })
  await useForecastStore().load()
  await flushPromises()
  return { wrapper, fake }
}

const windowButton = (wrapper: VueWrapper, name: string) =>
  wrapper
    .get('[data-testid="forecast-window"]')
    .findAll('button')
    .find((b) => b.text() === name)!

describe('RenewalForecast', () => {
  it('shows both totals and how many renewals have no price', async () => {
    const { wrapper } = await mountForecast()
    expect(wrapper.get('[data-testid="total-auto-renew"]').text()).toBe(
      'Auto-renew will charge$12.991 renewal',
    )
    expect(wrapper.get('[data-testid="total-keep-all"]').text()).toBe(
      'Keeping every domain would cost$52.984 renewals',
    )
    expect(wrapper.get('[data-testid="unpriced-count"]').text()).toBe(
      '2 renewals have no price and are not included.',
    )
  })

  it('switches between 12 and 36 months, reloading the forecast', async () => {
    const { wrapper, fake } = await mountForecast()
    const group = wrapper.get('[data-testid="forecast-window"]')
    expect(group.attributes('role')).toBe('group')
    expect(document.getElementById(group.attributes('aria-labelledby')!)?.textContent).toBe(
      'Forecast window',
    )
    expect(windowButton(wrapper, '12 months').attributes('aria-pressed')).toBe('true')
    await windowButton(wrapper, '36 months').trigger('click')
    await flushPromises()
    expect(fake.calls.filter(([c]) => c === 'planning.forecast').at(-1)?.[1]).toEqual([
      ACCOUNT_ID,
      { months: 36, timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone },
    ])
    expect(windowButton(wrapper, '36 months').attributes('aria-pressed')).toBe('true')
    expect(wrapper.findAll('[data-testid="forecast-by-month"] tbody tr')).toHaveLength(36)
    expect(wrapper.get('[data-testid="forecast-by-month"] caption').text()).toBe(
      'Estimated renewal costs by month over 36 months, starting this month.',
    )
  })

  it('draws two series by month in dollars, in theme colours, on a labelled canvas', async () => {
    const { wrapper } = await mountForecast()
    expect(chartProps.data.labels.slice(0, 2)).toEqual(['November 2026', 'December 2026'])
    expect(chartProps.data.datasets.map((d: any) => d.label)).toEqual([
      'Auto-renew',
      'Keep everything',
    ])
    expect(chartProps.data.datasets[0].data.slice(0, 3)).toEqual([12.99, 0, 0])
    expect(chartProps.data.datasets[1].data.slice(0, 3)).toEqual([52.98, 0, 0])
    expect(chartProps.data.datasets[0].backgroundColor).not.toBe(
      chartProps.data.datasets[1].backgroundColor,
    )
    expect(chartProps.options.animation).toBe(false)
    expect(chartProps.options.scales.y.ticks.callback(12.5)).toBe('$12.50')
    const canvas = wrapper.get('canvas')
    expect(canvas.attributes('role')).toBe('img')
    expect(canvas.attributes('aria-label')).toBe(
      'Bar chart of estimated renewal costs by month over 12 months, starting this month. ' +
        'Auto-renew charges total $12.99; keeping every domain, $52.98. ' +
        'The costliest month is November 2026 at $52.98. ' +
        'The same figures are in the table by month below.',
    )
  })

  it('redraws in the dark palette when the theme turns dark', async () => {
    await mountForecast()
    const light = chartProps.data.datasets[1].backgroundColor
    useSettingsStore().setTheme('dark')
    await flushPromises()
    expect(chartProps.data.datasets[1].backgroundColor).not.toBe(light)
  })

  it('gives the chart’s numbers in a table by month, with a total row', async () => {
    const { wrapper } = await mountForecast()
    const table = wrapper.get('[data-testid="forecast-by-month"]')
    expect(table.findAll('thead th').map((th) => th.text())).toEqual([
      'Month',
      'Auto-renew',
      'Keep everything',
      'Renewals',
      'Unpriced',
    ])
    const first = table.get('tbody tr')
    expect(first.get('th').text()).toBe('November 2026')
    expect(first.findAll('td').map((td) => td.text())).toEqual(['$12.99', '$52.98', '3', '1'])
    expect(table.get('tfoot tr').text()).toBe('Total$12.99$52.9842')
  })

  it('says "no price" for an unpriced TLD instead of $0.00', async () => {
    const { wrapper } = await mountForecast()
    const xyz = wrapper.get('[data-testid="forecast-by-tld"] tr[data-tld="xyz"]')
    expect(xyz.findAll('td').map((td) => td.text())).toEqual(['no price', 'no price', '2'])
  })

  it('exports the window as CSV through a download', async () => {
    const create = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:forecast')
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {})
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {})
    const { wrapper, fake } = await mountForecast()
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Export CSV')!
      .trigger('click')
    await flushPromises()
    expect(fake.calls.find(([c]) => c === 'exports.forecast')?.[1]).toEqual([
      ACCOUNT_ID,
      { months: 12, timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone },
    ])
    expect(create).toHaveBeenCalledTimes(1)
    const blob = create.mock.calls[0]![0] as Blob
    expect(await blob.text()).toBe('group,key\r\nmonth,2026-11')
    expect((click.mock.contexts[0] as HTMLAnchorElement).download).toBe(
      'domain-desk-forecast-12m.csv',
    )
  })

  it('speaks Armenian, with numeric months', async () => {
    const { wrapper } = await mountForecast('hy')
    expect(wrapper.get('h2').text()).toBe('Երկարաձգումների կանխատեսում')
    expect(windowButton(wrapper, '36 ամիս').exists()).toBe(true)
    expect(wrapper.get('[data-testid="forecast-by-month"] tbody th').text()).toMatch(
      /^(11\.2026|2026-11|11\/2026)$/,
    )
  })
})
