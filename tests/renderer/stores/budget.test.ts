import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { useAccountsStore } from '@/stores/accounts'
import { amountText, LAPSE_PAGE, useBudgetStore } from '@/stores/budget'
import { useForecastStore } from '@/stores/forecast'
import { callsOf, fakeBudgetMain, RENEWALS } from '../components/costs/budget-fixtures'
import { ACCOUNT, ACCOUNT_ID } from '../components/costs/fixtures'

beforeEach(() => {
  setActivePinia(createPinia())
  const accounts = useAccountsStore()
  accounts.accounts = [ACCOUNT]
  accounts.select(ACCOUNT_ID)
})
afterEach(() => {
  delete window.domainDesk
})

describe('useBudgetStore', () => {
  it('loads the saved budget into the form and the first page of the lapse list', async () => {
    const fake = fakeBudgetMain({ period: 'monthly', cents: 99_50 })
    const store = useBudgetStore()
    await store.load()
    expect(store.amount).toBe('99.50')
    expect(store.period).toBe('monthly')
    expect(store.plan?.rows).toHaveLength(LAPSE_PAGE)
    expect(callsOf(fake, 'budget.plan')).toEqual([
      [ACCOUNT_ID, { windowDays: 90, offset: 0, limit: LAPSE_PAGE }],
    ])
    expect(amountText(120_000)).toBe('1200')
  })

  it('refuses a bad amount with its reason without asking main, and keeps the saved budget', async () => {
    const fake = fakeBudgetMain({ period: 'yearly', cents: 500_00 })
    const store = useBudgetStore()
    await store.load()
    for (const [text, reason] of [
      ['', 'empty'],
      ['-3', 'negative'],
      ['lots', 'notNumber'],
      ['999999999', 'tooLarge'],
    ] as const) {
      store.amount = text
      expect(await store.save()).toBe(false)
      expect(store.amountError).toBe(reason)
    }
    expect(callsOf(fake, 'budget.set')).toEqual([])
    expect(store.budget).toEqual({ period: 'yearly', cents: 500_00 })
  })

  it('saves a budget, reloads the list with its cut line, and clears it', async () => {
    const fake = fakeBudgetMain()
    const store = useBudgetStore()
    await store.load()
    expect(store.plan?.cutCount).toBe(0)
    store.amount = '$1,000'
    store.period = 'monthly'
    expect(await store.save()).toBe(true)
    expect(fake.budget()).toEqual({ period: 'monthly', cents: 100_000 })
    // 90 days of $1,000 a month is $3,000 against $1,830 of renewals: nothing to cut.
    expect(store.plan?.cutCount).toBe(0)
    store.amount = '100'
    await store.save()
    expect(store.plan?.cutCount).toBeGreaterThan(0)
    await store.chooseCut()
    expect(store.chosen).toEqual(RENEWALS.slice(0, store.plan!.cutCount).map((r) => r.id))
    await store.setWindow(30)
    expect(store.chosen).toEqual([])
    await store.clear()
    expect(fake.budget()).toBeNull()
    expect(store.amount).toBe('')
    expect(store.plan?.budgetCents).toBeNull()
  })

  it('reloads the shown page when a sync of the account finishes', async () => {
    const fake = fakeBudgetMain({ period: 'monthly', cents: 10_00 })
    const store = useBudgetStore()
    await store.load()
    await store.loadPage(LAPSE_PAGE)
    const stop = store.listen()
    fake.emit('sync.finished', { accountId: 'someone-else', run: {} })
    fake.emit('sync.finished', { accountId: ACCOUNT_ID, run: {} })
    stop()
    fake.emit('sync.finished', { accountId: ACCOUNT_ID, run: {} })
    await new Promise((r) => setTimeout(r, 0))
    expect(callsOf(fake, 'budget.plan').map(([, o]) => (o as { offset: number }).offset)).toEqual([
      0,
      LAPSE_PAGE,
      LAPSE_PAGE,
    ])
  })

  it('sets the forecast beside the budget', async () => {
    fakeBudgetMain({ period: 'monthly', cents: 10_00 })
    const store = useBudgetStore()
    await store.load()
    expect(store.byForecast).toBeNull()
    await useForecastStore().load()
    expect(store.byForecast?.byMonth[0]).toMatchObject({ budgetCents: 10_00, over: true })
    expect(store.byForecast?.overMonths).toBe(1)
  })
})
