/**
 * The agenda of a busy month is paged: a month of a 100,000-domain portfolio holds thousands of
 * expirations, and drawing them all at once froze the page.
 */
import type { VueWrapper } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import type { CalendarEntry } from '@shared/ipc/models'
import CalendarView from '@/views/CalendarView.vue'
import {
  entry,
  fakeCalendar,
  fakeForecast,
  settle,
  useCalendarViewLifecycle,
} from '../lib/calendar/fixtures'
import { selectAccount } from '../components/portfolio/fixtures'
import { installFakeBridge, mountApp } from '../support/app'

useCalendarViewLifecycle('2024-02-10T12:00:00.000Z')

/** 130 expirations in February (seven a day from the 11th), two in March. */
const FEBRUARY: CalendarEntry[] = Array.from({ length: 130 }, (_, i) => {
  const day = String(11 + Math.floor(i / 7)).padStart(2, '0')
  const name = `d${String(i + 1).padStart(3, '0')}.com`
  return entry(`2024-02-${day}T10:00:${String(i % 7).padStart(2, '0')}Z`, { id: 1000 + i, name })
})
const MARCH = [
  entry('2024-03-15T10:00:00Z', { id: 2001, name: 'march1.com' }),
  entry('2024-03-16T10:00:00Z', { id: 2002, name: 'march2.com' }),
]

async function mountView(
  locale: 'en' | 'hy' = 'en',
  entries = [...FEBRUARY, ...MARCH],
): Promise<VueWrapper> {
  installFakeBridge({
    'planning.calendar': fakeCalendar(entries),
    'planning.forecast': fakeForecast([]),
  })
  const { wrapper } = await mountApp(CalendarView, {
    path: '/calendar',
    pinia: {
      initialState: {
        calendar: { timeZone: 'UTC', today: '2024-02-10', month: '2024-02' },
        settings: { localeChoice: locale },
      },
    },
    locale,
  })
  selectAccount()
  await settle()
  return wrapper
}

const pageButtons = (wrapper: VueWrapper) =>
  wrapper.findAll('#calendar-agenda .p-paginator button').map((b) => b.attributes('aria-label'))

const agendaNames = (wrapper: VueWrapper) =>
  wrapper.findAll('[data-testid="calendar-agenda-table"] tbody a').map((a) => a.text())

describe('CalendarView agenda pages', () => {
  it('draws a busy month a page at a time, pages on, and starts another month at its first page', async () => {
    const wrapper = await mountView()
    expect(agendaNames(wrapper)).toEqual(FEBRUARY.slice(0, 50).map((e) => e.name))
    // The totals still count the whole month.
    expect(wrapper.get('#calendar-agenda').text()).toContain('130')
    expect(pageButtons(wrapper)).toEqual([
      'First page',
      'Previous page',
      'Page 1',
      'Page 2',
      'Page 3',
      'Next page',
      'Last page',
    ])
    await wrapper.get('#calendar-agenda .p-paginator-next').trigger('click')
    await settle()
    expect(agendaNames(wrapper)).toEqual(FEBRUARY.slice(50, 100).map((e) => e.name))
    // A page that starts mid-day still says which day its first rows expire on.
    expect(wrapper.findAll('#calendar-agenda h3')[0]!.text()).toContain('Feb 18, 2024')

    await wrapper.get('[data-testid="calendar-next"]').trigger('click')
    await settle()
    expect(agendaNames(wrapper)).toEqual(['march1.com', 'march2.com'])
    expect(wrapper.find('#calendar-agenda .p-paginator').exists()).toBe(false)
    await wrapper.get('[data-testid="calendar-previous"]').trigger('click')
    await settle()
    expect(agendaNames(wrapper)).toEqual(FEBRUARY.slice(0, 50).map((e) => e.name))
  })
  it('names the page buttons in Armenian', async () => {
    const wrapper = await mountView('hy')
    expect(pageButtons(wrapper)).toEqual([
      'Առաջին էջ',
      'Նախորդ էջ',
      'Էջ 1',
      'Էջ 2',
      'Էջ 3',
      'Հաջորդ էջ',
      'Վերջին էջ',
    ])
  })
  it('groups the digits of a busy day’s counts', async () => {
    const busy = Array.from({ length: 1205 }, (_, i) =>
      entry('2024-02-12T10:00:00Z', { id: 5000 + i, name: `busy${i}.com` }),
    )
    const wrapper = await mountView('en', busy)
    const day = wrapper.get('td[data-day="2024-02-12"]')
    expect(day.get('[data-testid="calendar-more"]').text()).toBe('+1,203 more')
    expect(day.get('.sr-only').text()).toContain('1,205 expirations')
    await day.get('[data-testid="calendar-more"]').trigger('click')
    await settle()
    const dialog = document.querySelector('[data-testid="calendar-day-dialog"]')!
    expect(dialog.textContent).toContain('1,205 expirations')
    // The day's own list is paged too.
    expect(dialog.querySelectorAll('tbody a')).toHaveLength(50)
  })
})
