import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { CalendarEntry } from '@shared/ipc/models'
import { useAccountsStore } from '@/stores/accounts'
import { useCalendarStore } from '@/stores/calendar'
import { entry, fakeCalendar, fakeForecast, forecastDomain } from '../lib/calendar/fixtures'
import { callsOf, selectAccount } from '../components/portfolio/fixtures'
import { installFakeBridge } from '../support/app'

const NOW = '2024-02-10T12:00:00.000Z'
const DAY = 86_400_000

beforeEach(() => {
  // British English: weeks from Monday to Sunday.
  vi.spyOn(navigator, 'language', 'get').mockReturnValue('en-GB')
  // Only the clock: promises and timers run for real.
  vi.useFakeTimers({ now: new Date(NOW), toFake: ['Date'] })
  setActivePinia(createPinia())
})
afterEach(() => {
  vi.useRealTimers()
  vi.restoreAllMocks()
  delete window.domainDesk
})

const ENTRIES: CalendarEntry[] = [
  // Jan 31 in Yerevan's grid row (a neighbouring day) but not in February's agenda.
  entry('2024-01-31T10:00:00Z', { id: 1, name: 'january.com' }),
  // Feb 29 in Yerevan (UTC+4), Feb 28 in UTC.
  entry('2024-02-28T21:30:00Z', { id: 2, name: 'leap.com' }),
  entry('2024-02-20T10:00:00Z', {
    id: 3,
    name: 'lapse.io',
    risk: 'lapse',
    autoRenew: false,
    renewalCents: 3999,
  }),
  entry('2024-02-25T10:00:00Z', { id: 4, name: 'unpriced.xyz', renewalCents: null }),
  entry('2024-03-20T10:00:00Z', { id: 5, name: 'march.com' }),
  entry('2025-01-02T10:00:00Z', { id: 6, name: 'new-year.com' }),
]

async function loaded(timeZone = 'Asia/Yerevan', entries = ENTRIES) {
  const fake = installFakeBridge({
    'planning.calendar': fakeCalendar(entries),
    'planning.forecast': fakeForecast([
      forecastDomain('leap.com', '2024-02-28T21:30:00Z'),
      forecastDomain('lapse.io', '2024-02-20T10:00:00Z', false),
      forecastDomain('unpriced.xyz', '2024-02-25T10:00:00Z'),
      forecastDomain('march.com', '2024-03-20T10:00:00Z'),
    ]),
  })
  selectAccount()
  const store = useCalendarStore()
  await store.setTimeZone(timeZone)
  return { store, fake }
}

const names = (list: CalendarEntry[] | undefined) => (list ?? []).map((e) => e.name)

describe('useCalendarStore', () => {
  it("asks main for the grid's weeks with a day of margin, and for 12 months of forecast", async () => {
    const { store, fake } = await loaded()
    expect(store.today).toBe('2024-02-10')
    expect(store.month).toBe('2024-02')
    expect(store.weeks[0]![0]).toBe('2024-01-29')
    expect(callsOf(fake, 'planning.calendar')).toEqual([
      ['a1', { from: '2024-01-28T00:00:00.000Z', to: '2024-03-05T00:00:00.000Z' }],
    ])
    expect(callsOf(fake, 'planning.forecast')).toEqual([
      ['a1', { months: 12, timeZone: 'Asia/Yerevan' }],
    ])
  })

  it("buckets the grid by local day and keeps the agenda to the month's own days", async () => {
    const { store } = await loaded()
    expect(names(store.byDay.get('2024-02-29'))).toEqual(['leap.com'])
    expect(names(store.byDay.get('2024-01-31'))).toEqual(['january.com'])
    expect(store.agenda.map((d) => [d.day, names(d.entries)])).toEqual([
      ['2024-02-20', ['lapse.io']],
      ['2024-02-25', ['unpriced.xyz']],
      ['2024-02-29', ['leap.com']],
    ])
    expect(store.totals).toEqual({ count: 3, lapse: 1, renew: 2, renewCents: 1499, unpriced: 1 })
  })

  it('moves the same expiry to Feb 28 in UTC', async () => {
    const { store } = await loaded('UTC')
    expect(names(store.byDay.get('2024-02-28'))).toEqual(['leap.com'])
    expect(store.byDay.has('2024-02-29')).toBe(false)
  })

  it('pages through months, across the year change, and back to today', async () => {
    const { store, fake } = await loaded()
    await store.nextMonth()
    expect(store.month).toBe('2024-03')
    expect(store.agenda.map((d) => d.day)).toEqual(['2024-03-20'])
    await store.goToMonth('2024-12')
    await store.nextMonth()
    expect(store.month).toBe('2025-01')
    expect(callsOf(fake, 'planning.calendar').at(-1)).toEqual([
      'a1',
      { from: '2024-12-29T00:00:00.000Z', to: '2025-02-04T00:00:00.000Z' },
    ])
    expect(names(store.byDay.get('2025-01-02'))).toEqual(['new-year.com'])
    await store.previousMonth()
    expect(store.month).toBe('2024-12')
    await store.goToToday()
    expect(store.month).toBe('2024-02')
  })

  it('shows the newest month when an older answer arrives late', async () => {
    const { store } = await loaded()
    let releaseSlow!: () => void
    const gate = new Promise<void>((resolve) => (releaseSlow = resolve))
    const calendar = fakeCalendar(ENTRIES)
    installFakeBridge({
      'planning.calendar': async (id: string, range: { from: string; to: string }) => {
        if (range.from.startsWith('2024-02-25')) await gate
        return calendar(id, range)
      },
    })
    const slow = store.nextMonth()
    const fast = store.nextMonth()
    await fast
    expect(store.month).toBe('2024-04')
    releaseSlow()
    await slow
    expect(store.gridEntries).toEqual([])
    expect(store.gridLoading).toBe(false)
  })

  it('switches the agenda to a window from now, with its totals', async () => {
    const { store, fake } = await loaded()
    await store.setScope(30)
    const now = Date.parse(NOW)
    expect(callsOf(fake, 'planning.calendar').at(-1)).toEqual([
      'a1',
      { from: NOW, to: new Date(now + 30 * DAY).toISOString() },
    ])
    expect(store.agenda.flatMap((d) => names(d.entries))).toEqual([
      'lapse.io',
      'unpriced.xyz',
      'leap.com',
    ])
    expect(store.totals).toEqual({ count: 3, lapse: 1, renew: 2, renewCents: 1499, unpriced: 1 })
    await store.setScope(90)
    expect(store.totals.count).toBe(4)
    expect(store.totals.renewCents).toBe(2998)
    const asked = callsOf(fake, 'planning.calendar').length
    await store.setScope('month')
    expect(callsOf(fake, 'planning.calendar')).toHaveLength(asked)
    expect(store.totals.count).toBe(3)
  })

  it("builds the year overview from main's forecast, this month first", async () => {
    const { store } = await loaded()
    const byMonth = store.forecast!.byMonth
    expect(byMonth.map((m) => m.month)).toEqual([
      '2024-02',
      '2024-03',
      '2024-04',
      '2024-05',
      '2024-06',
      '2024-07',
      '2024-08',
      '2024-09',
      '2024-10',
      '2024-11',
      '2024-12',
      '2025-01',
    ])
    expect(byMonth[0]!.keepAll).toEqual({ cents: 1499 + 3999, renewals: 3, unpriced: 1 })
    expect(byMonth[0]!.autoRenew).toEqual({ cents: 1499, renewals: 2, unpriced: 1 })
    expect(store.forecast!.unpricedTlds).toEqual(['xyz'])
  })

  it('keeps what each part could not load, and clears it on a good retry', async () => {
    let fail = true
    installFakeBridge({
      'planning.calendar': async () => {
        if (fail) throw { code: 'Storage', message: 'The offline cache could not be read.' }
        return ENTRIES
      },
      'planning.forecast': fakeForecast([]),
    })
    selectAccount()
    const store = useCalendarStore()
    await store.load()
    expect(store.gridError).toBe('The offline cache could not be written.')
    expect(store.agendaError).toBe('The offline cache could not be written.')
    expect(store.forecastError).toBeNull()
    fail = false
    await store.loadMonth()
    expect(store.gridError).toBeNull()
  })

  it('starts over for another account and reloads after its sync', async () => {
    const { store, fake } = await loaded()
    const stop = store.listen()
    const before = callsOf(fake, 'planning.calendar').length
    fake.emit('sync.finished', { accountId: 'a2', run: {} })
    fake.emit('sync.finished', { accountId: 'a1', run: {} })
    await vi.waitFor(() => expect(callsOf(fake, 'planning.calendar')).toHaveLength(before + 1))
    stop()
    useAccountsStore().currentId = 'a2'
    const switching = store.load()
    expect(store.gridEntries).toEqual([])
    expect(store.forecast).toBeNull()
    await switching
    expect(callsOf(fake, 'planning.calendar').at(-1)![0]).toBe('a2')
  })

  it('exports the .ics in the given language and time zone and saves it', async () => {
    const { store } = await loaded()
    const file = { filename: 'domain-desk-renewals.ics', mimeType: 'text/calendar', content: 'X' }
    const fake = installFakeBridge({ 'exports.calendar': async () => file })
    const created = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:calendar')
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {})
    const clicks: string[] = []
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicks.push(this.download)
    })
    await store.exportIcs('hy', { include: 'lapsing', windowDays: 30, reminders: true })
    expect(callsOf(fake, 'exports.calendar')).toEqual([
      [
        'a1',
        {
          language: 'hy',
          timeZone: 'Asia/Yerevan',
          include: 'lapsing',
          windowDays: 30,
          reminders: true,
        },
      ],
    ])
    expect(created).toHaveBeenCalledOnce()
    expect(clicks).toEqual(['domain-desk-renewals.ics'])
    expect(store.exporting).toBe(false)
  })
})
