import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { REFERENCE_PRICES } from '@shared/pricing/price-table'
import { usePricingStore } from '@/stores/pricing'

const flat = (register: number, renew: number) => ({ register, renew, transfer: register })

describe('usePricingStore', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
  })

  describe('price table', () => {
    it('starts with every published TLD, in the published order', () => {
      const store = usePricingStore()
      expect(store.rows.map((row) => row.tld)).toEqual(Object.keys(REFERENCE_PRICES))
      expect(store.rows.find((row) => row.tld === 'io')).toEqual({
        tld: 'io',
        ...flat(39.99, 39.99),
      })
    })

    it('edits its own copy and never the published reference', () => {
      const store = usePricingStore()
      store.prices['com']!.register = 1
      expect(REFERENCE_PRICES['com']!.register).toBe(12.99)
    })
  })

  describe('estimate', () => {
    it('is the register price for one year', () => {
      const store = usePricingStore()
      store.setDomainInput('example.io')
      expect(store.estimate?.totalCents).toBe(3999)
    })

    it('adds the renew price for each year after the first', () => {
      const store = usePricingStore()
      store.setPrices({ com: flat(10, 20) })
      store.setDomainInput('example.com')
      store.setYears(3)
      expect(store.estimate).toEqual({
        tld: 'com',
        years: 3,
        registerCents: 1000,
        renewCents: 2000,
        totalCents: 5000,
      })
    })

    it('adds in integer cents, without floating-point drift', () => {
      const store = usePricingStore()
      store.setPrices({ com: flat(0.1, 0.2) })
      store.setDomainInput('example.com')
      store.setYears(3)
      expect(store.estimate?.totalCents).toBe(50)
    })

    it('is absent while the domain input is empty', () => {
      const store = usePricingStore()
      store.setDomainInput('   ')
      expect(store.domain).toBeNull()
      expect(store.estimate).toBeNull()
    })
  })

  describe('domain validation', () => {
    it('rejects an invalid name with its specific reason and gives no estimate', () => {
      const store = usePricingStore()
      store.setDomainInput('my_site.com')
      expect(store.domain).toMatchObject({ ok: false, problem: 'label-characters' })
      expect(store.estimate).toBeNull()
    })

    it('gives the Unicode and punycode forms of an internationalised name', () => {
      const store = usePricingStore()
      store.setDomainInput('Bücher.com')
      expect(store.domain).toMatchObject({
        ok: true,
        ascii: 'xn--bcher-kva.com',
        unicode: 'bücher.com',
        tld: 'com',
      })
      expect(store.estimate?.totalCents).toBe(1299)
    })

    it('flags a TLD that is not in the table instead of pricing it at zero', () => {
      const store = usePricingStore()
      store.setDomainInput('example.xyz')
      expect(store.domain).toMatchObject({ ok: false, problem: 'tld-not-offered' })
      expect(store.estimate).toBeNull()
    })

    it('stops offering a TLD once it leaves the table', () => {
      const store = usePricingStore()
      store.setDomainInput('example.com')
      expect(store.estimate).not.toBeNull()
      store.setPrices({ net: flat(14.99, 14.99) })
      expect(store.domain).toMatchObject({ ok: false, problem: 'tld-not-offered' })
      expect(store.estimate).toBeNull()
    })
  })

  describe('years', () => {
    it('takes a whole number from 1 to 10 as typed, without a message', () => {
      const store = usePricingStore()
      store.setYears('7')
      expect(store.years).toBe(7)
      expect(store.yearsProblem).toBeNull()
    })

    it.each([
      ['15', 10],
      [11, 10],
      ['0', 1],
      [-3, 1],
    ])('clamps %s to %s and says which period is used', (input, used) => {
      const store = usePricingStore()
      store.setYears(input)
      expect(store.years).toBe(used)
      expect(store.yearsProblem).toEqual({ kind: 'clamped', used })
    })

    it.each(['', '2.5', 'abc', ' ', null])('rejects %j and leaves no estimate', (input) => {
      const store = usePricingStore()
      store.setDomainInput('example.com')
      store.setYears(input)
      expect(store.years).toBeNull()
      expect(store.yearsProblem).toEqual({ kind: 'not-whole' })
      expect(store.estimate).toBeNull()
    })

    it('recovers once a valid number is entered again', () => {
      const store = usePricingStore()
      store.setDomainInput('example.com')
      store.setYears('')
      store.setYears('2')
      expect(store.yearsProblem).toBeNull()
      expect(store.estimate?.totalCents).toBe(2598)
    })
  })
})

describe('usePricingStore.load', () => {
  afterEach(() => {
    delete window.domainDesk
  })

  it('replaces the reference table with the app’s editable one', async () => {
    setActivePinia(createPinia())
    window.domainDesk = {
      pricing: {
        get: async () => ({
          ok: true,
          data: [{ tld: 'shop', registerCents: 3000, renewCents: 2500, transferCents: 2000 }],
        }),
      },
    } as unknown as NonNullable<typeof window.domainDesk>
    const store = usePricingStore()
    await store.load()
    expect(store.source).toBe('app')
    expect(store.rows).toEqual([{ tld: 'shop', register: 30, renew: 25, transfer: 20 }])
  })

  it('keeps the reference table without a bridge', async () => {
    setActivePinia(createPinia())
    const store = usePricingStore()
    await store.load()
    expect(store.source).toBe('reference')
    expect(store.loading).toBe(false)
  })

  it('keeps the reference table and reports why when loading fails', async () => {
    setActivePinia(createPinia())
    window.domainDesk = {
      pricing: {
        get: async () => ({ ok: false, error: { code: 'Storage', message: 'Disk full.' } }),
      },
    } as unknown as NonNullable<typeof window.domainDesk>
    const store = usePricingStore()
    await store.load()
    expect(store.source).toBe('reference')
    expect(store.loadError).toBe('Disk full.')
    expect(store.rows.map((r) => r.tld)).toContain('com')
  })
})
