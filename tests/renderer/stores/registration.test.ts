import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Estimate, RegistrationIntent } from '@shared/ipc/models'
import { loadNameRules } from '@/format/lazy-name-rules'
import { ACTIVATION_POLL_MS, useRegistrationStore } from '@/stores/registration'
import { intent, selectAccount } from '../components/domain/fixtures'
import { installFakeBridge } from '../support/app'

const estimateOf = (ascii: string, cents: number | null, years = 1): Estimate => ({
  ascii,
  unicode: ascii,
  tld: ascii.split('.').pop()!,
  years,
  cents,
  label: 'estimate',
  source: 'priceTable',
  chargedAt: null,
  tableCents: cents,
  firstYearCents: cents,
  laterYearCents: cents,
})

function deferred<T>() {
  let resolve!: (value: T) => void
  const promise = new Promise<T>((r) => (resolve = r))
  return { promise, resolve }
}

const count = (calls: Array<[string, unknown[]]>, channel: string) =>
  calls.filter(([c]) => c === channel).length

// The form loads the name rules when it opens (see lazy-name-rules.test.ts for before that).
beforeAll(() => loadNameRules())
beforeEach(() => setActivePinia(createPinia()))
afterEach(() => {
  vi.useRealTimers()
  delete window.domainDesk
})

describe('useRegistrationStore', () => {
  describe('estimate', () => {
    it('keeps the newest answer when an older one arrives last', async () => {
      const answers = new Map<string, ReturnType<typeof deferred<Estimate>>>()
      installFakeBridge({
        'registration.estimate': (name: string) => {
          const d = deferred<Estimate>()
          answers.set(name, d)
          return d.promise
        },
      })
      const store = useRegistrationStore()
      store.domainName = 'first.com'
      const older = store.updateEstimate()
      store.domainName = 'second.com'
      const newer = store.updateEstimate()
      answers.get('second.com')!.resolve(estimateOf('second.com', 1299))
      await newer
      answers.get('first.com')!.resolve(estimateOf('first.com', 9999))
      await older
      expect(store.estimate?.ascii).toBe('second.com')
    })

    it('asks with the punycode form and the years, and has none for an invalid name', async () => {
      const fake = installFakeBridge({
        'registration.estimate': async (name: string, years: number) =>
          estimateOf(name, 1299 * years, years),
      })
      const store = useRegistrationStore()
      store.domainName = 'Bücher.com'
      store.years = 3
      await store.updateEstimate()
      expect(fake.calls).toEqual([['registration.estimate', ['xn--bcher-kva.com', 3]]])
      store.domainName = 'not a name'
      await store.updateEstimate()
      expect(store.estimate).toBeNull()
      expect(fake.calls).toHaveLength(1)
    })
  })

  describe('prepare and confirm', () => {
    function bridge(confirmAnswer: () => Promise<RegistrationIntent>) {
      return installFakeBridge({
        'registration.prepare': async () => intent(),
        'registration.confirm': confirmAnswer,
        'registration.intents': async () => [],
      })
    }

    it('sends the ASCII name, the options and custom nameservers in ASCII form', async () => {
      const fake = bridge(async () => intent({ state: 'succeeded' }))
      selectAccount()
      const store = useRegistrationStore()
      store.domainName = 'bücher.com'
      store.years = 2
      store.privacy = false
      store.customNameservers = true
      store.nameservers = ['NS1.Nshost.net', 'ns2.nshost.net']
      await store.prepare()
      expect(fake.calls[0]).toEqual([
        'registration.prepare',
        [
          'a1',
          {
            domainName: 'xn--bcher-kva.com',
            years: 2,
            autoRenew: true,
            privacy: false,
            nameservers: ['ns1.nshost.net', 'ns2.nshost.net'],
          },
        ],
      ])
      expect(store.step).toBe('confirm')
    })

    it('does not prepare while the nameservers are invalid', async () => {
      const fake = bridge(async () => intent())
      selectAccount()
      const store = useRegistrationStore()
      store.domainName = 'example.com'
      store.customNameservers = true
      store.nameservers = ['ns1.nshost.net', 'ns1.nshost.net']
      expect(store.canSubmit).toBe(false)
      await store.prepare()
      expect(fake.calls).toEqual([])
    })

    it('sends registration.confirm exactly once when Confirm is clicked twice', async () => {
      const answer = deferred<RegistrationIntent>()
      const fake = bridge(() => answer.promise)
      selectAccount()
      const store = useRegistrationStore()
      store.domainName = 'mynewdomain.com'
      await store.prepare()
      const first = store.confirm()
      const second = store.confirm()
      expect(store.step).toBe('sending')
      answer.resolve(intent({ state: 'succeeded', totalCostCents: 2498, domainId: 103 }))
      await Promise.all([first, second])
      expect(count(fake.calls, 'registration.confirm')).toBe(1)
      expect(store.step).toBe('done')
    })

    it('gives the difference between the charge and the estimate in cents', async () => {
      bridge(async () => intent({ state: 'succeeded', totalCostCents: 2498, domainId: 103 }))
      selectAccount()
      const store = useRegistrationStore()
      store.domainName = 'mynewdomain.com'
      await store.prepare()
      expect(store.difference).toBeNull()
      await store.confirm()
      expect(store.difference).toBe(-100)
    })

    it('has no difference when there was no estimate to compare with', async () => {
      installFakeBridge({
        'registration.prepare': async () => intent({ estimateCents: null }),
        'registration.confirm': async () =>
          intent({ estimateCents: null, state: 'succeeded', totalCostCents: 2498 }),
        'registration.intents': async () => [],
      })
      selectAccount()
      const store = useRegistrationStore()
      store.domainName = 'mynewdomain.xyz'
      await store.prepare()
      await store.confirm()
      expect(store.difference).toBeNull()
    })

    it('keeps a refusal with its code and fields, and lets the user edit and retry', async () => {
      installFakeBridge({
        'registration.prepare': async () => intent(),
        'registration.confirm': async () => {
          throw { code: 'PaymentRequired', message: 'Insufficient account balance.' }
        },
        'registration.intents': async () => [
          intent({ state: 'failed', errorCode: 'PaymentRequired' }),
        ],
      })
      selectAccount()
      const store = useRegistrationStore()
      store.domainName = 'mynewdomain.com'
      await store.prepare()
      await store.confirm()
      expect(store.step).toBe('done')
      expect(store.error).toMatchObject({ code: 'PaymentRequired' })
      expect(store.intent?.state).toBe('failed')
      store.editAgain()
      expect(store.step).toBe('form')
      expect(store.domainName).toBe('mynewdomain.com')
      expect(store.error).toBeNull()
    })
  })

  describe('activation', () => {
    it('re-checks a pending registration until it is active, then stops', async () => {
      vi.useFakeTimers()
      let status: 'pending' | 'active' = 'pending'
      const fake = installFakeBridge({
        'registration.intents': async () => [
          intent({ state: 'succeeded', domainId: 103, domainStatus: status }),
        ],
        'domain.refresh': async () => {
          status = 'active'
          return {}
        },
      })
      selectAccount()
      const store = useRegistrationStore()
      await store.loadIntents()
      const stop = store.watchActivation()
      expect(store.pending).toHaveLength(1)
      await vi.advanceTimersByTimeAsync(ACTIVATION_POLL_MS - 1)
      expect(count(fake.calls, 'domain.refresh')).toBe(0)
      await vi.advanceTimersByTimeAsync(1)
      expect(fake.calls.find(([c]) => c === 'domain.refresh')?.[1]).toEqual(['a1', 103])
      expect(store.pending).toHaveLength(0)
      await vi.advanceTimersByTimeAsync(ACTIVATION_POLL_MS * 3)
      expect(count(fake.calls, 'domain.refresh')).toBe(1)
      stop()
    })

    it('reloads the list when main announces that a registration is active', async () => {
      let status: 'pending' | 'active' = 'pending'
      const fake = installFakeBridge({
        'registration.intents': async () => [
          intent({ state: 'succeeded', domainId: 103, domainStatus: status }),
        ],
      })
      selectAccount()
      const store = useRegistrationStore()
      await store.loadIntents()
      const stop = store.watchActivation()
      status = 'active'
      fake.emit('registration.active', { accountId: 'a1', domainId: 103, domainName: 'x.com' })
      await vi.waitFor(() => expect(store.intents[0]?.domainStatus).toBe('active'))
      stop()
    })

    it('keeps re-reading an unresolved registration, which main settles by looking it up', async () => {
      vi.useFakeTimers()
      let state: RegistrationIntent['state'] = 'unknown'
      const fake = installFakeBridge({
        'registration.intents': async () => [intent({ state, errorCode: 'Pending' })],
      })
      selectAccount()
      const store = useRegistrationStore()
      await store.loadIntents()
      const stop = store.watchActivation()
      expect(store.unresolved).toHaveLength(1)
      state = 'not-found'
      await vi.advanceTimersByTimeAsync(ACTIVATION_POLL_MS)
      expect(store.unresolved).toHaveLength(0)
      expect(count(fake.calls, 'registration.intents')).toBe(2)
      stop()
    })
  })
})
