import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { useAccountsStore } from '@/stores/accounts'
import { differenceOf, useForecastStore } from '@/stores/forecast'
import {
  ACCOUNT,
  ACCOUNT_ID,
  CHARGES,
  fakeCostsMain,
  forecastOf,
} from '../components/costs/fixtures'

beforeEach(() => {
  setActivePinia(createPinia())
  const accounts = useAccountsStore()
  accounts.accounts = [ACCOUNT]
  accounts.select(ACCOUNT_ID)
})
afterEach(() => {
  delete window.domainDesk
  vi.restoreAllMocks()
})

/** Pretends the OS is set to `zone`. */
function inTimeZone(zone: string): void {
  const real = Intl.DateTimeFormat.prototype.resolvedOptions
  vi.spyOn(Intl.DateTimeFormat.prototype, 'resolvedOptions').mockImplementation(function (
    this: Intl.DateTimeFormat,
  ) {
    return { ...real.call(this), timeZone: zone }
  })
}

const forecastCalls = (fake: ReturnType<typeof fakeCostsMain>) =>
  fake.calls.filter(([channel]) => channel === 'planning.forecast').map(([, args]) => args)

describe('useForecastStore', () => {
  it('loads 12 months in the user’s time zone, then 36 when switched', async () => {
    inTimeZone('Asia/Yerevan')
    const fake = fakeCostsMain()
    const store = useForecastStore()
    await store.load()
    expect(store.forecast?.months).toHaveLength(12)
    expect(store.timeZone).toBe('Asia/Yerevan')
    await store.setMonths(36)
    expect(store.months).toBe(36)
    expect(store.forecast?.months).toHaveLength(36)
    expect(forecastCalls(fake)).toEqual([
      [ACCOUNT_ID, { months: 12, timeZone: 'Asia/Yerevan' }],
      [ACCOUNT_ID, { months: 36, timeZone: 'Asia/Yerevan' }],
    ])
  })

  it('follows a change of the OS time zone on the next load', async () => {
    const fake = fakeCostsMain()
    const store = useForecastStore()
    inTimeZone('America/New_York')
    await store.load()
    vi.restoreAllMocks()
    inTimeZone('Pacific/Auckland')
    await store.load()
    expect(forecastCalls(fake).map(([, o]) => (o as { timeZone: string }).timeZone)).toEqual([
      'America/New_York',
      'Pacific/Auckland',
    ])
    expect(store.timeZone).toBe('Pacific/Auckland')
  })

  it('flags the unpriced TLDs and how many renewals were left out, never as zero', async () => {
    fakeCostsMain()
    const store = useForecastStore()
    await store.load()
    expect(store.unpricedTlds).toEqual(['xyz'])
    expect(store.unpricedRenewals).toBe(2)
  })

  it('keeps the answer for the window shown when an older request answers last', async () => {
    let release12: () => void = () => {}
    fakeCostsMain({
      'planning.forecast': async (_id: string, o: { months: number }) => {
        if (o.months === 12) await new Promise<void>((resolve) => (release12 = resolve))
        return forecastOf(o.months)
      },
    })
    const store = useForecastStore()
    const first = store.load()
    await store.setMonths(36)
    release12()
    await first
    expect(store.forecast?.months).toHaveLength(36)
    expect(store.loading).toBe(false)
  })

  it('reports a failed load', async () => {
    fakeCostsMain({
      'planning.forecast': async () => {
        throw { code: 'Storage', message: 'The cache is locked.' }
      },
    })
    const store = useForecastStore()
    await store.load()
    expect(store.error).toBe('The offline cache could not be written.')
    expect(store.forecast).toBeNull()
  })

  it('exports the shown window in the user’s time zone and saves it as a download', async () => {
    inTimeZone('Asia/Yerevan')
    const create = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:forecast')
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {})
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {})
    const fake = fakeCostsMain()
    const store = useForecastStore()
    await store.setMonths(36)
    await store.exportCsv()
    expect(fake.calls.find(([c]) => c === 'exports.forecast')?.[1]).toEqual([
      ACCOUNT_ID,
      { months: 36, timeZone: 'Asia/Yerevan' },
    ])
    expect(create).toHaveBeenCalledTimes(1)
    expect(click).toHaveBeenCalledTimes(1)
    expect((click.mock.contexts[0] as HTMLAnchorElement).download).toBe(
      'domain-desk-forecast-36m.csv',
    )
  })

  it('totals the charges, comparing only those with both amounts', async () => {
    fakeCostsMain()
    const store = useForecastStore()
    await store.loadCharges()
    expect(store.charges).toEqual(CHARGES)
    expect(store.chargeTotals).toEqual({
      estimateCents: 2598 + 3999 + 1299 + 1299,
      chargedCents: 2498 + 4199 + 1299,
      // −100 + 200 + 0: VPS.org charged $1.00 more overall than estimated.
      difference: { kind: 'more', cents: 100 },
      notReported: 1,
      notEstimated: 0,
    })
  })
})

describe('differenceOf', () => {
  it('says less, more, same, or unknown when VPS.org did not report a charge', () => {
    expect(differenceOf({ estimateCents: 2598, chargedCents: 2498 })).toEqual({
      kind: 'less',
      cents: 100,
    })
    expect(differenceOf({ estimateCents: 3999, chargedCents: 4199 })).toEqual({
      kind: 'more',
      cents: 200,
    })
    expect(differenceOf({ estimateCents: 1299, chargedCents: 1299 })).toEqual({
      kind: 'same',
      cents: 0,
    })
    expect(differenceOf({ estimateCents: 1299, chargedCents: null })).toEqual({ kind: 'unknown' })
    expect(differenceOf({ estimateCents: null, chargedCents: 1299 })).toEqual({ kind: 'unknown' })
  })
})
