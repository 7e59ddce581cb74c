import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import type { PriceRow } from '@shared/ipc/models'
import { REFERENCE_PRICES } from '@shared/pricing/price-table'
import { checkTld } from '@/lib/costs/price-rows'
import { usePricesStore } from '@/stores/prices'
import { PRICES, fakeCostsMain } from '../components/costs/fixtures'

const flat = (tld: string, register: number, renew: number): PriceRow => ({
  tld,
  registerCents: register,
  renewCents: renew,
  transferCents: register,
})

beforeEach(() => {
  setActivePinia(createPinia())
})
afterEach(() => {
  delete window.domainDesk
})

describe('usePricesStore: the table', () => {
  it('starts with every published TLD in cents, until main’s table loads', () => {
    const store = usePricesStore()
    expect(store.source).toBe('reference')
    expect(store.saved.map((row) => row.tld)).toEqual(Object.keys(REFERENCE_PRICES))
    expect(store.saved.find((row) => row.tld === 'io')).toEqual(flat('io', 3999, 3999))
    expect(store.draft.map((row) => row.tld)).toEqual(Object.keys(REFERENCE_PRICES))
    expect(store.dirty).toBe(false)
  })

  it('loads main’s table and starts a fresh draft from it', async () => {
    fakeCostsMain()
    const store = usePricesStore()
    await store.load()
    expect(store.source).toBe('app')
    expect(store.saved).toEqual(PRICES)
    expect(store.draft.map((row) => row.tld)).toEqual(['com', 'io', 'shop'])
  })

  it('keeps the published table and says why when main cannot give its own', async () => {
    fakeCostsMain({
      'prices.get': async () => {
        throw { code: 'Storage', message: 'Disk full.' }
      },
    })
    const store = usePricesStore()
    await store.load()
    expect(store.source).toBe('reference')
    expect(store.loadError).toBe('The offline cache could not be written.')
    expect(store.loading).toBe(false)
  })

  it('sends an edited price to prices.set in integer cents, the whole table at once', async () => {
    const fake = fakeCostsMain()
    const store = usePricesStore()
    await store.load()
    const com = store.draft.find((row) => row.tld === 'com')!
    store.setPrice(com.key, 'registerCents', 10.1)
    store.setPrice(com.key, 'renewCents', 0.29)
    expect(store.dirty).toBe(true)
    expect(await store.save()).toBe(true)
    const [, args] = fake.calls.find(([channel]) => channel === 'prices.set')!
    expect(args[0]).toEqual([
      { tld: 'com', registerCents: 1010, renewCents: 29, transferCents: 1299 },
      PRICES[1],
      PRICES[2],
    ])
    expect(store.lastSave).toBe('saved')
    expect(store.dirty).toBe(false)
    expect(store.saved[0]!.registerCents).toBe(1010)
  })

  it('adds a TLD with its prices still to enter, and refuses to save until they are', async () => {
    const fake = fakeCostsMain()
    const store = usePricesStore()
    await store.load()
    store.setNewTld('.Co.UK')
    const key = store.addTld()!
    expect(store.newTld).toBe('')
    expect(store.draft.at(-1)).toMatchObject({ key, tld: 'co.uk', added: true })
    expect(store.incomplete.get(key)).toEqual(['registerCents', 'renewCents', 'transferCents'])
    expect(await store.save()).toBe(false)
    expect(store.lastSave).toBe('incomplete')
    expect(fake.calls.some(([channel]) => channel === 'prices.set')).toBe(false)
    store.setPrice(key, 'registerCents', 9)
    store.setPrice(key, 'renewCents', 9.5)
    store.setPrice(key, 'transferCents', 8)
    expect(await store.save()).toBe(true)
    expect(store.saved.at(-1)).toEqual({
      tld: 'co.uk',
      registerCents: 900,
      renewCents: 950,
      transferCents: 800,
    })
  })

  it.each([
    ['', 'empty'],
    ['my_tld', 'characters'],
    ['co..uk', 'empty-label'],
    ['-co', 'hyphen'],
    ['123', 'numeric'],
    ['a'.repeat(64), 'too-long'],
    ['COM', 'duplicate'],
  ])('refuses %j as a new TLD (%s) and leaves the draft alone', async (input, problem) => {
    fakeCostsMain()
    const store = usePricesStore()
    await store.load()
    store.setNewTld(input)
    expect(store.addTld()).toBeNull()
    expect(store.newTldProblem).toBe(problem)
    expect(store.draft).toHaveLength(3)
    store.setNewTld('shop2')
    expect(store.newTldProblem).toBeNull()
  })

  it('stores an internationalised TLD as punycode', () => {
    expect(checkTld('рф', [])).toEqual({ ok: true, tld: 'xn--p1ai' })
  })

  it('removes a TLD, and Discard brings back the saved table', async () => {
    fakeCostsMain()
    const store = usePricesStore()
    await store.load()
    store.removeTld(store.draft[1]!.key)
    expect(store.draft.map((row) => row.tld)).toEqual(['com', 'shop'])
    expect(store.dirty).toBe(true)
    store.discard()
    expect(store.draft.map((row) => row.tld)).toEqual(['com', 'io', 'shop'])
    expect(store.dirty).toBe(false)
  })

  it('does not send an unchanged table', async () => {
    const fake = fakeCostsMain()
    const store = usePricesStore()
    await store.load()
    expect(await store.save()).toBe(false)
    expect(store.lastSave).toBe('unchanged')
    expect(fake.calls.some(([channel]) => channel === 'prices.set')).toBe(false)
  })

  it('shows main’s refusal of a duplicate TLD as the TLD field’s error', async () => {
    fakeCostsMain({
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
    const store = usePricesStore()
    await store.load()
    store.setPrice(store.draft[0]!.key, 'registerCents', 1)
    expect(await store.save()).toBe(false)
    expect(store.tldFieldError).toBe('.com appears twice in the price table.')
    expect(store.saveError).toBe('.com appears twice in the price table.')
    expect(store.dirty).toBe(true)
  })
})

describe('usePricesStore: the calculator', () => {
  it('estimates from the saved table with the shared engine: register, then renewals', () => {
    const store = usePricesStore()
    store.setPrices([{ tld: 'com', registerCents: 1000, renewCents: 2000, transferCents: 1500 }])
    store.setDomainInput('example.com')
    store.setYears(3)
    expect(store.estimate).toEqual({
      tld: 'com',
      years: 3,
      registerCents: 1000,
      renewCents: 2000,
      totalCents: 5000,
      transferCents: 1500,
    })
  })

  it('ignores unsaved edits: estimates use what main uses', () => {
    const store = usePricesStore()
    store.setDomainInput('example.io')
    store.setPrice(store.draft.find((row) => row.tld === 'io')!.key, 'registerCents', 1)
    expect(store.estimate?.totalCents).toBe(3999)
  })

  it('flags a TLD without a price instead of pricing it at zero', () => {
    const store = usePricesStore()
    store.setDomainInput('example.xyz')
    expect(store.domain).toMatchObject({ ok: false, problem: 'tld-not-offered' })
    expect(store.estimate).toBeNull()
  })

  it('gives the Unicode and punycode forms of an internationalised name', () => {
    const store = usePricesStore()
    store.setDomainInput('Bücher.com')
    expect(store.domain).toMatchObject({ ok: true, ascii: 'xn--bcher-kva.com', tld: 'com' })
    expect(store.estimate?.totalCents).toBe(1299)
  })

  it.each([
    ['15', 10],
    [0, 1],
  ])('clamps %s years to %s and says so', (input, used) => {
    const store = usePricesStore()
    store.setYears(input)
    expect(store.years).toBe(used)
    expect(store.yearsProblem).toEqual({ kind: 'clamped', used })
  })

  it.each(['', '2.5', null])('rejects %j years and leaves no estimate', (input) => {
    const store = usePricesStore()
    store.setDomainInput('example.com')
    store.setYears(input)
    expect(store.yearsProblem).toEqual({ kind: 'not-whole' })
    expect(store.estimate).toBeNull()
  })
})
