/**
 * The calendar's iCal export: a dialog asks what to include before main builds the file, which
 * is then downloaded.
 */
import { flushPromises } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import CalendarView from '@/views/CalendarView.vue'
import {
  entry,
  fakeCalendar,
  fakeForecast,
  settle,
  useCalendarViewLifecycle,
} from '../lib/calendar/fixtures'
import { callsOf, selectAccount } from '../components/portfolio/fixtures'
import { installFakeBridge, mountApp } from '../support/app'

const ZONE = 'Asia/Yerevan'

useCalendarViewLifecycle('2024-02-10T12:00:00.000Z')

async function mountView(options: { locale?: 'en' | 'hy' } = {}) {
  const fake = installFakeBridge({
    'planning.calendar': fakeCalendar([entry('2024-02-12T08:00:00Z', { id: 11, name: 'a.com' })]),
    'planning.forecast': fakeForecast([]),
    'exports.calendar': async () => ({
      filename: 'domain-desk-renewals.ics',
      mimeType: 'text/calendar',
      content: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR',
    }),
  })
  const { wrapper } = await mountApp(CalendarView, {
    locale: options.locale,
    path: '/calendar',
    pinia: {
      initialState: {
        calendar: { timeZone: ZONE, today: '2024-02-10', month: '2024-02' },
        settings: { localeChoice: options.locale ?? 'en' },
      },
    },
  })
  selectAccount()
  await settle()
  return { wrapper, fake }
}

describe('CalendarView: iCal export', () => {
  it('exports the .ics through main and downloads it', async () => {
    const { wrapper, fake } = await mountView()
    const blobs: Blob[] = []
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob)
      return 'blob:calendar'
    })
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {})
    const downloads: string[] = []
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      downloads.push(`${this.download} ${this.href}`)
    })
    await wrapper.get('[data-testid="calendar-export"]').trigger('click')
    await settle()
    // Nothing is exported before the user has said what to include.
    expect(callsOf(fake, 'exports.calendar')).toEqual([])
    const form = document.body.querySelector<HTMLFormElement>(
      '[data-testid="calendar-export-form"]',
    )!
    expect(form.textContent).toMatch(/30 and 7 days before/)
    const pick = async (selector: string) => {
      form.querySelector<HTMLInputElement>(selector)!.click()
      await flushPromises()
    }
    await pick('#ics-include-lapsing')
    await pick('#ics-window-90')
    await pick('#ics-reminders')
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }))
    await settle()
    expect(callsOf(fake, 'exports.calendar')).toEqual([
      [
        'a1',
        {
          language: 'en',
          timeZone: ZONE,
          include: 'lapsing',
          windowDays: 90,
          reminders: false,
        },
      ],
    ])
    expect(downloads).toEqual(['domain-desk-renewals.ics blob:calendar'])
    expect(await blobs[0]!.text()).toBe('BEGIN:VCALENDAR\r\nEND:VCALENDAR')
    expect(document.body.querySelector('[data-testid="calendar-export-form"]')).toBeNull()
  })

  it('exports everything with reminders unless the user narrows it', async () => {
    const { wrapper, fake } = await mountView({ locale: 'hy' })
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:calendar')
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {})
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {})
    await wrapper.get('[data-testid="calendar-export"]').trigger('click')
    await settle()
    const form = document.body.querySelector<HTMLFormElement>(
      '[data-testid="calendar-export-form"]',
    )!
    expect(form.textContent).toContain('Միայն')
    // The defaults are shown as chosen.
    const checked = [...form.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.id)
    expect(checked.sort()).toEqual(['ics-include-all', 'ics-reminders', 'ics-window-all'])
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }))
    await settle()
    expect(callsOf(fake, 'exports.calendar')).toEqual([
      ['a1', { language: 'hy', timeZone: ZONE, include: 'all', windowDays: null, reminders: true }],
    ])
  })
})
