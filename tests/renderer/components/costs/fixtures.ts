/**
 * Shared by the costs page's tests: an account, main's price table, a forecast with one unpriced
 * TLD, recorded charges, a fake main process answering the page's channels, and a stand-in for
 * vue-chartjs's Bar (happy-dom has no canvas) that keeps what the page passes it.
 */
import { defineComponent, h } from 'vue'
import type { AccountView, ChargeRecord, PriceRow } from '@shared/ipc/models'
import type { Amount, Forecast } from '@shared/pricing/forecast'
import { installFakeBridge } from '../../support/app'

export const ACCOUNT_ID = 'acc-1'
export const ACCOUNT: AccountView = {
  id: ACCOUNT_ID,
  label: 'Company',
  baseUrl: 'https://admin.vps.org/api/v1',
  isDemo: false,
  hasToken: true,
  tokenStorage: { storage: 'keychain' },
  connectivity: 'online',
  lastSyncAt: null,
  domainCount: 5,
}

/** Pinia's initial state with ACCOUNT current. */
export const accountState = () => ({
  accounts: { accounts: [ACCOUNT], currentId: ACCOUNT_ID, loaded: true },
})

export const PRICES: PriceRow[] = [
  { tld: 'com', registerCents: 1299, renewCents: 1299, transferCents: 1299 },
  { tld: 'io', registerCents: 3999, renewCents: 3999, transferCents: 3999 },
  { tld: 'shop', registerCents: 3000, renewCents: 2500, transferCents: 2000 },
]

const amount = (cents: number, renewals: number, unpriced = 0): Amount => ({
  cents,
  renewals,
  unpriced,
})

/** A forecast of `months` months: .com and .io priced, .xyz not (two renewals left out). */
export function forecastOf(months = 12): Forecast {
  const keys = Array.from({ length: months }, (_, i) => {
    const m = (10 + i) % 12
    return `${2026 + Math.floor((10 + i) / 12)}-${String(m + 1).padStart(2, '0')}`
  })
  const byMonth = keys.map((month, i) => ({
    month,
    expiring: i === 0 ? 3 : i === 2 ? 1 : 0,
    autoRenew: i === 0 ? amount(1299, 1) : amount(0, 0),
    keepAll: i === 0 ? amount(5298, 3, 1) : i === 2 ? amount(0, 1, 1) : amount(0, 0),
  }))
  return {
    from: Date.UTC(2026, 10, 29),
    months: keys,
    autoRenew: amount(1299, 1),
    keepAll: amount(5298, 4, 2),
    byMonth,
    byTld: [
      { tld: 'io', autoRenew: amount(0, 0), keepAll: amount(3999, 1), priced: true },
      { tld: 'com', autoRenew: amount(1299, 1), keepAll: amount(1299, 1), priced: true },
      { tld: 'xyz', autoRenew: amount(0, 0), keepAll: amount(0, 2, 2), priced: false },
    ],
    unpricedTlds: ['xyz'],
  }
}

export const CHARGES: ChargeRecord[] = [
  {
    kind: 'registration',
    domainName: 'cheaper.com',
    unicodeName: 'cheaper.com',
    at: '2026-11-20T10:00:00.000Z',
    years: 2,
    estimateCents: 2598,
    chargedCents: 2498,
  },
  {
    kind: 'transfer',
    domainName: 'dearer.io',
    unicodeName: 'dearer.io',
    at: '2026-11-10T10:00:00.000Z',
    years: 1,
    estimateCents: 3999,
    chargedCents: 4199,
  },
  {
    kind: 'registration',
    domainName: 'exact.com',
    unicodeName: 'exact.com',
    at: '2026-11-05T10:00:00.000Z',
    years: 1,
    estimateCents: 1299,
    chargedCents: 1299,
  },
  {
    kind: 'registration',
    domainName: 'xn--bcher-kva.com',
    unicodeName: 'bücher.com',
    at: '2026-11-01T10:00:00.000Z',
    years: 1,
    estimateCents: 1299,
    chargedCents: null,
  },
]

type Handlers = Parameters<typeof installFakeBridge>[0]

/** Main as the costs page sees it; `prices.set` keeps what it was given. */
export function fakeCostsMain(handlers: Handlers = {}) {
  let prices = PRICES.map((p) => ({ ...p }))
  return installFakeBridge({
    'prices.get': async () => prices,
    'prices.set': async (rows: PriceRow[]) => (prices = rows.map((r) => ({ ...r }))),
    'planning.forecast': async (_id: string, o: { months: number }) => forecastOf(o.months),
    'planning.charges': async () => CHARGES,
    'exports.forecast': async (_id: string, o: { months: number }) => ({
      filename: `domain-desk-forecast-${o.months}m.csv`,
      mimeType: 'text/csv',
      content: 'group,key\r\nmonth,2026-11',
    }),
    ...handlers,
  })
}

/** What the page handed the last chart drawn. */
export const chartProps: { data?: any; options?: any; label?: string } = {}

/** Stands in for vue-chartjs's Bar: a labelled canvas, remembering its data and options. */
export const BarStub = defineComponent({
  name: 'BarStub',
  props: { data: { type: Object, required: true }, options: { type: Object, default: () => ({}) } },
  setup(props, { attrs }) {
    return () => {
      chartProps.data = props.data
      chartProps.options = props.options
      chartProps.label = attrs['aria-label'] as string
      return h('canvas', { role: 'img', 'aria-label': attrs['aria-label'] })
    }
  },
})
