/** Calendar entries, fake planning answers and the life cycle of the calendar's tests. */
import { afterEach, beforeEach, vi } from 'vitest'
import type { CalendarEntry } from '@shared/ipc/models'
import type { TldPriceCents } from '@shared/pricing/estimate'
import { forecast, type ForecastDomain } from '@shared/pricing/forecast'

let nextId = 500

/** An entry expiring at `expiresAt` (ISO); renews at $14.99 unless told otherwise. */
export function entry(expiresAt: string, change: Partial<CalendarEntry> = {}): CalendarEntry {
  const id = change.id ?? nextId++
  const name = change.name ?? `d${id}.com`
  return {
    id,
    name,
    unicodeName: change.unicodeName ?? name,
    status: 'active',
    expiresAt,
    autoRenew: true,
    risk: 'renew',
    renewalCents: 1499,
    ...change,
  }
}

/** A fake `planning.calendar` over `entries`: [from, to), soonest first, as main answers. */
export function fakeCalendar(entries: CalendarEntry[]) {
  return async (_accountId: string, range: { from: string; to: string }) => {
    const [from, to] = [Date.parse(range.from), Date.parse(range.to)]
    return entries
      .filter((e) => Date.parse(e.expiresAt) >= from && Date.parse(e.expiresAt) < to)
      .sort((a, b) => Date.parse(a.expiresAt) - Date.parse(b.expiresAt))
  }
}

export const PRICES: TldPriceCents[] = [
  { tld: 'com', registerCents: 1299, renewCents: 1499, transferCents: 1299 },
  { tld: 'io', registerCents: 3999, renewCents: 3999, transferCents: 3999 },
]

/** A domain as the forecast sees it, expiring at `expiresAt` (ISO). */
export function forecastDomain(name: string, expiresAt: string, autoRenew = true): ForecastDomain {
  return { name, expiresAt: Date.parse(expiresAt), autoRenew, status: 'active' }
}

/** A fake `planning.forecast` by the shared engine over these domains (`.xyz` has no price). */
export function fakeForecast(domains: ForecastDomain[], now: () => number = Date.now) {
  return async (_accountId: string, o: { months: number; timeZone: string }) =>
    forecast(domains, PRICES, { from: now(), months: o.months, timeZone: o.timeZone })
}

/**
 * The life cycle every calendar view test shares: the date stands at `now` (timers run) and
 * localStorage is clean before each test; the bridge, the page and any mocks go after it.
 */
export function useCalendarViewLifecycle(now: string): void {
  beforeEach(() => {
    vi.useFakeTimers({ now: new Date(now), toFake: ['Date'] })
    localStorage.clear()
  })
  afterEach(() => {
    vi.useRealTimers()
    vi.restoreAllMocks()
    delete window.domainDesk
    document.body.innerHTML = ''
  })
}

/** Lets the view's loads answer and its renders run: the portfolio tests' `settle`. */
export { settle } from '../../components/portfolio/fixtures'
