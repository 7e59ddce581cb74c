import type { VueWrapper } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import type { CalendarEntry } from '@shared/ipc/models'
import type { ForecastDomain } from '@shared/pricing/forecast'
import CalendarView from '@/views/CalendarView.vue'
import {
  entry,
  fakeCalendar,
  fakeForecast,
  forecastDomain,
  settle,
  useCalendarViewLifecycle,
} from '../lib/calendar/fixtures'
import { callsOf, selectAccount } from '../components/portfolio/fixtures'
import { installFakeBridge, mountApp } from '../support/app'

const NOW = '2024-02-10T12:00:00.000Z'
const ZONE = 'Asia/Yerevan'

useCalendarViewLifecycle(NOW)

const ENTRIES: CalendarEntry[] = [
  entry('2024-02-12T08:00:00Z', { id: 11, name: 'renews.com' }),
  entry('2024-02-12T09:00:00Z', { id: 12, name: 'no-price.xyz', renewalCents: null }),
  entry('2024-02-12T10:00:00Z', {
    id: 13,
    name: 'lapses.io',
    risk: 'lapse',
    autoRenew: false,
    renewalCents: 3999,
  }),
  entry('2024-02-12T11:00:00Z', { id: 14, name: 'gone.com', risk: 'expired', status: 'expired' }),
  entry('2024-02-20T10:00:00Z', {
    id: 15,
    name: 'pending.com',
    risk: 'pending',
    status: 'pending',
  }),
  // Feb 29 in Yerevan.
  entry('2024-02-28T21:30:00Z', { id: 16, name: 'leap.com' }),
  entry('2024-03-15T10:00:00Z', { id: 17, name: 'march.com' }),
]

async function mountView(
  options: {
    entries?: CalendarEntry[]
    locale?: 'en' | 'hy'
    connectivity?: 'online' | 'offline'
    /** The OS's locale, whose region decides the first day of the week. */
    osLocale?: string
    /** The domains the forecast is built from. */
    forecast?: ForecastDomain[]
  } = {},
) {
  vi.spyOn(navigator, 'language', 'get').mockReturnValue(options.osLocale ?? 'en-GB')
  const fake = installFakeBridge({
    'planning.calendar': fakeCalendar(options.entries ?? ENTRIES),
    'planning.forecast': fakeForecast(
      options.forecast ?? [forecastDomain('march.com', '2024-03-15T10:00:00Z')],
    ),
    'exports.calendar': async () => ({
      filename: 'domain-desk-renewals.ics',
      mimeType: 'text/calendar',
      content: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR',
    }),
  })
  const { wrapper, router } = await mountApp(CalendarView, {
    locale: options.locale,
    path: '/calendar',
    pinia: {
      initialState: {
        calendar: { timeZone: ZONE, today: '2024-02-10', month: '2024-02' },
        settings: { localeChoice: options.locale ?? 'en' },
      },
    },
  })
  selectAccount(options.connectivity)
  await settle()
  return { wrapper, router, fake }
}

const cell = (wrapper: VueWrapper, day: string) => wrapper.get(`td[data-day="${day}"]`)
const caption = (wrapper: VueWrapper) => wrapper.get('[data-testid="calendar-grid"] caption').text()
const agendaText = (wrapper: VueWrapper) => wrapper.get('#calendar-agenda').text()

describe('CalendarView', () => {
  it('starts the weeks on Sunday in the United States, with the keys following', async () => {
    const { wrapper } = await mountView({ osLocale: 'en-US' })
    const grid = wrapper.get('[data-testid="calendar-grid"]')
    expect(
      grid
        .findAll('th .sr-only')
        .map((th) => th.text())
        .join(' '),
    ).toBe('Sunday Monday Tuesday Wednesday Thursday Friday Saturday')
    expect(grid.findAll('th [aria-hidden="true"]')[0]!.text()).toBe('Sun')
    expect(grid.get('tbody td').attributes('data-day')).toBe('2024-01-28')
    expect(grid.findAll('tbody tr')[1]!.findAll('td')[0]!.attributes('data-day')).toBe('2024-02-04')
    ;(cell(wrapper, '2024-02-14').element as HTMLElement).focus()
    await cell(wrapper, '2024-02-14').trigger('keydown', { key: 'Home' })
    await settle()
    expect(document.activeElement?.getAttribute('data-day')).toBe('2024-02-11')
    await cell(wrapper, '2024-02-11').trigger('keydown', { key: 'End' })
    await settle()
    expect(document.activeElement?.getAttribute('data-day')).toBe('2024-02-17')
  })

  it('starts the weeks on Monday in Armenian', async () => {
    const { wrapper } = await mountView({ locale: 'hy', osLocale: 'hy-AM' })
    const grid = wrapper.get('[data-testid="calendar-grid"]')
    expect(grid.findAll('th .sr-only')[0]!.text()).toBe('Երկուշաբթի')
    expect(grid.findAll('th .sr-only')[6]!.text()).toBe('Կիրակի')
    expect(grid.get('tbody td').attributes('data-day')).toBe('2024-01-29')
    ;(cell(wrapper, '2024-02-14').element as HTMLElement).focus()
    await cell(wrapper, '2024-02-14').trigger('keydown', { key: 'Home' })
    await settle()
    expect(document.activeElement?.getAttribute('data-day')).toBe('2024-02-12')
  })

  it('shows the month as a labelled grid, Monday first in Britain, with today marked', async () => {
    const { wrapper } = await mountView()
    expect(wrapper.findAll('h1').map((h) => h.text())).toEqual(['Renewal calendar'])
    expect(wrapper.findAll('h2').map((h) => h.text())).toEqual([
      'Next 12 months',
      'February 2024',
      'Expiring in February 2024',
    ])
    const grid = wrapper.get('[data-testid="calendar-grid"]')
    expect(grid.attributes('role')).toBe('grid')
    expect(caption(wrapper)).toBe('Expirations in February 2024')
    expect(
      grid
        .findAll('th .sr-only')
        .map((th) => th.text())
        .join(' '),
    ).toBe('Monday Tuesday Wednesday Thursday Friday Saturday Sunday')
    expect(grid.findAll('tbody tr')).toHaveLength(5)
    expect(grid.get('tbody td').attributes('data-day')).toBe('2024-01-29')
    const today = cell(wrapper, '2024-02-10')
    expect(today.attributes('aria-current')).toBe('date')
    expect(today.attributes('tabindex')).toBe('0')
    expect(today.get('.sr-only').text()).toBe('Saturday, Feb 10, 2024, today, no expirations')
    expect(cell(wrapper, '2024-02-11').attributes('tabindex')).toBe('-1')
  })

  it('lists each domain with its risk in words and icon, and a renewal price or "no price"', async () => {
    const { wrapper } = await mountView()
    const leap = cell(wrapper, '2024-02-29').get('a')
    expect(leap.text()).toBe('leap.com')
    expect(leap.attributes('aria-label')).toBe(
      'leap.com, Will renew for $14.99, expires Thursday, Feb 29, 2024',
    )
    expect(leap.find('.pi-sync').exists()).toBe(true)
    const tags = wrapper.findAll('#calendar-agenda [data-risk]').map((t) => t.text())
    expect(tags).toEqual([
      'Will renew for $14.99',
      'Will renew, no price',
      'Will lapse (auto-renew off)',
      'Expired',
      'Pending registration',
      'Will renew for $14.99',
    ])
    expect(agendaText(wrapper)).not.toMatch(/\$0\.00/)
    expect(wrapper.findAll('#calendar-agenda h3').map((h) => h.text())).toEqual([
      'Monday, Feb 12, 2024 in 2 days',
      'Tuesday, Feb 20, 2024 in 10 days',
      'Thursday, Feb 29, 2024 in 19 days',
    ])
  })

  it('opens a domain from the grid and from the agenda', async () => {
    const { wrapper, router } = await mountView()
    const path = () => router.currentRoute.value.fullPath
    await cell(wrapper, '2024-02-29').get('a').trigger('click')
    // The domain page loads lazily before the navigation completes.
    await vi.waitFor(() => expect(path()).toBe('/domains/16'), { timeout: 5000 })
    await router.push('/calendar')
    await wrapper.get('#calendar-agenda a[href$="/domains/15"]').trigger('click')
    await vi.waitFor(() => expect(path()).toBe('/domains/15'), { timeout: 5000 })
  })

  it('collapses a busy day into "+N more", which opens the whole day', async () => {
    const { wrapper } = await mountView()
    const busy = cell(wrapper, '2024-02-12')
    expect(busy.findAll('a').map((a) => a.text())).toEqual(['renews.com', 'no-price.xyz'])
    const more = busy.get('[data-testid="calendar-more"]')
    expect(more.text()).toBe('+2 more')
    expect(more.attributes('aria-label')).toBe('+2 more on Monday, Feb 12, 2024')
    await more.trigger('click')
    await settle()
    const dialog = document.querySelector('[data-testid="calendar-day-dialog"]')!
    expect(dialog.getAttribute('role')).toBe('dialog')
    expect(dialog.textContent).toMatch(/Monday, Feb 12, 2024/)
    expect([...dialog.querySelectorAll('tbody a')].map((a) => a.textContent?.trim())).toEqual([
      'renews.com',
      'no-price.xyz',
      'lapses.io',
      'gone.com',
    ])
  })

  it('pages months with the buttons and goes back to today', async () => {
    const { wrapper } = await mountView()
    await wrapper.get('[data-testid="calendar-next"]').trigger('click')
    await settle()
    expect(caption(wrapper)).toBe('Expirations in March 2024')
    expect(cell(wrapper, '2024-03-15').text()).toContain('march.com')
    await wrapper.get('[data-testid="calendar-previous"]').trigger('click')
    await wrapper.get('[data-testid="calendar-previous"]').trigger('click')
    await settle()
    expect(caption(wrapper)).toBe('Expirations in January 2024')
    await wrapper.get('[data-testid="calendar-today"]').trigger('click')
    await settle()
    expect(caption(wrapper)).toBe('Expirations in February 2024')
  })

  it('moves between days with the keyboard and opens a day with Enter', async () => {
    const { wrapper } = await mountView()
    const start = cell(wrapper, '2024-02-10')
    ;(start.element as HTMLElement).focus()
    await start.trigger('keydown', { key: 'ArrowDown' })
    await settle()
    expect(document.activeElement?.getAttribute('data-day')).toBe('2024-02-17')
    expect(cell(wrapper, '2024-02-17').attributes('tabindex')).toBe('0')
    await cell(wrapper, '2024-02-17').trigger('keydown', { key: 'ArrowLeft' })
    await settle()
    await cell(wrapper, '2024-02-16').trigger('keydown', { key: 'Home' })
    await settle()
    expect(document.activeElement?.getAttribute('data-day')).toBe('2024-02-12')
    await cell(wrapper, '2024-02-12').trigger('keydown', { key: 'Enter' })
    await settle()
    expect(document.querySelector('[data-testid="calendar-day-dialog"]')).not.toBeNull()
  })

  it('pages the month when the keyboard leaves the grid', async () => {
    const { wrapper } = await mountView()
    await cell(wrapper, '2024-02-10').trigger('keydown', { key: 'PageDown' })
    await settle()
    expect(caption(wrapper)).toBe('Expirations in March 2024')
    expect(document.activeElement?.getAttribute('data-day')).toBe('2024-03-10')
  })

  it('pages the month with Page Down even when that day shows in the grid as a trailing day', async () => {
    // February 2024's last row (Monday first) ends on Sunday 3 March: 1 March is in the grid.
    const { wrapper } = await mountView()
    await cell(wrapper, '2024-02-01').trigger('keydown', { key: 'PageDown' })
    await settle()
    expect(caption(wrapper)).toBe('Expirations in March 2024')
    expect(document.activeElement?.getAttribute('data-day')).toBe('2024-03-01')
  })

  it('switches the agenda to the next 30 days with totals', async () => {
    const { wrapper, fake } = await mountView()
    const next30 = wrapper
      .findAll('[data-testid="calendar-scope"] button')
      .find((b) => b.text() === 'Next 30 days')!
    await next30.trigger('click')
    await settle()
    expect(callsOf(fake, 'planning.calendar').at(-1)).toEqual([
      'a1',
      { from: NOW, to: '2024-03-11T12:00:00.000Z' },
    ])
    expect(wrapper.get('#calendar-agenda h2').text()).toBe('Expiring in the next 30 days')
    const pressed = wrapper
      .findAll('[data-testid="calendar-scope"] button')
      .map((b) => `${b.text()}:${b.attributes('aria-pressed')}`)
    expect(pressed).toEqual([
      'February 2024:false',
      'Next 30 days:true',
      'Next 60 days:false',
      'Next 90 days:false',
    ])
    const totals = wrapper.get('[data-testid="calendar-totals"]').text()
    expect(totals).toBe('Expiring6Will lapse 1Auto-renew will charge$29.98 + 1 without a price')
  })

  it('jumps the grid to a month picked in the year overview, with its totals', async () => {
    const { wrapper } = await mountView()
    const strip = wrapper.get('[data-testid="calendar-year-strip"]')
    expect(strip.findAll('button')).toHaveLength(12)
    const march = strip.get('[data-month="2024-03"]')
    expect(march.text()).toBe('Mar 20241 expiring·Auto-renew: $14.99')
    await march.trigger('click')
    await settle()
    expect(caption(wrapper)).toBe('Expirations in March 2024')
    expect(march.attributes('aria-current')).toBe('true')
    expect(wrapper.get('[data-testid="calendar-year-totals"]').text()).toBe(
      'Auto-renew will charge$14.99 1 renewalKeeping every domain would cost$14.99 1 renewal',
    )
  })

  it('counts the same thing on a month card as the agenda of that month, and says what', async () => {
    const entries: CalendarEntry[] = [
      ...ENTRIES,
      // Expired earlier this month, not yet marked so by VPS.org.
      entry('2024-02-05T10:00:00Z', { id: 18, name: 'early.com', risk: 'expired' }),
    ]
    // Expired in January: not an expiry of February, in the agenda or on the card.
    const january: ForecastDomain = {
      ...forecastDomain('january.com', '2024-01-20T10:00:00Z'),
      status: 'expired',
    }
    const { wrapper } = await mountView({
      entries,
      forecast: [
        ...entries.map((e): ForecastDomain => ({
          ...forecastDomain(e.name, e.expiresAt, e.autoRenew),
          status: e.status,
        })),
        january,
      ],
    })
    const totals = wrapper.get('[data-testid="calendar-totals"]').text()
    expect(totals).toMatch(/^Expiring7/)
    const february = wrapper.get('[data-testid="calendar-year-strip"] [data-month="2024-02"]')
    expect(february.text()).toMatch(/^Feb 20247 expiring·/)
    expect(wrapper.get('#calendar-year-help').text()).toMatch(/expiry date in it/)
  })

  it('says so when nothing expires', async () => {
    const { wrapper } = await mountView({ entries: [] })
    expect(wrapper.get('[data-testid="calendar-empty"]').text()).toBe(
      'No domains expire in this period',
    )
  })

  it('works offline from the cache and says so', async () => {
    const { wrapper } = await mountView({ connectivity: 'offline' })
    expect(wrapper.get('[data-testid="calendar-offline"]').text()).toMatch(/You're offline/)
    expect(cell(wrapper, '2024-02-29').text()).toContain('leap.com')
    expect(wrapper.get('[data-testid="calendar-export"]').attributes('disabled')).toBeUndefined()
  })

  it('reads in Armenian, numeric dates included', async () => {
    const { wrapper } = await mountView({ locale: 'hy' })
    expect(wrapper.get('h1').text()).toBe('Երկարաձգման օրացույց')
    expect(caption(wrapper)).toBe('Ժամկետների լրացումը՝ Փետրվար 2024')
    expect(cell(wrapper, '2024-02-29').get('a').attributes('aria-label')).toBe(
      'leap.com, Կերկարաձգվի 14,99\u00a0$-ով, ժամկետը լրանում է՝ Հինգշաբթի, 29.02.2024',
    )
  })
})
