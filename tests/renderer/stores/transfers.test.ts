import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { TransferView } from '@shared/ipc/models'
import { useTransfersStore } from '@/stores/transfers'
import {
  myappView,
  selectAccount,
  transferCheck,
  transferHistory,
  transferView,
} from '../components/transfers/fixtures'
import { installFakeBridge } from '../support/app'

function deferred<T>() {
  let resolve!: (value: T) => void
  const promise = new Promise<T>((r) => (resolve = r))
  return { promise, resolve }
}

const calls = (fake: { calls: Array<[string, unknown[]]> }, channel: string) =>
  fake.calls.filter(([c]) => c === channel).map(([, args]) => args)

beforeEach(() => setActivePinia(createPinia()))
afterEach(() => {
  delete window.domainDesk
})

/** A store with myapp.io chosen, both "you confirm" items ticked and a code typed. */
async function ready(handlers: Record<string, (...args: any[]) => unknown> = {}) {
  const fake = installFakeBridge({
    'transfer.check': async () => transferCheck(),
    'transfer.list': async () => [],
    'domain.get': async () => myappView(),
    ...handlers,
  })
  selectAccount()
  const store = useTransfersStore()
  await store.choose(102)
  store.setConfirmed('authCode', true)
  store.setConfirmed('whoisEmail', true)
  store.authCode = '  Xy9Kl2Mn#4pQ  '
  return { fake, store }
}

describe('useTransfersStore', () => {
  describe('start', () => {
    it('needs every "you confirm" item and an auth code before it can start', async () => {
      const { store } = await ready()
      expect(store.canStart).toBe(true)
      store.setConfirmed('whoisEmail', false)
      expect(store.canStart).toBe(false)
      store.setConfirmed('whoisEmail', true)
      store.authCode = '   '
      expect(store.canStart).toBe(false)
    })

    it('cannot start when main says the domain is not eligible', async () => {
      const { store } = await ready({
        'transfer.check': async () => transferCheck({ items: { unlocked: false } }),
      })
      expect(store.canStart).toBe(false)
      store.review()
      expect(store.step).toBe('form')
    })

    it('sends transfer.start exactly once when Start is clicked twice, with the code trimmed', async () => {
      const answer = deferred<TransferView>()
      const { fake, store } = await ready({ 'transfer.start': () => answer.promise })
      store.review()
      expect(store.step).toBe('confirm')
      const first = store.start()
      const second = store.start()
      expect(store.step).toBe('sending')
      answer.resolve(transferView())
      await Promise.all([first, second])
      expect(calls(fake, 'transfer.start')).toEqual([
        ['a1', 102, { authCode: 'Xy9Kl2Mn#4pQ', autoRenew: true }],
      ])
      expect(store.step).toBe('done')
      expect(store.started?.state).toBe('pending')
      expect(store.authCode).toBe('')
      await store.start()
      expect(calls(fake, 'transfer.start')).toHaveLength(1)
    })

    it('does not send from the form without the confirmation step', async () => {
      const { fake, store } = await ready({ 'transfer.start': async () => transferView() })
      await store.start()
      expect(calls(fake, 'transfer.start')).toEqual([])
    })

    it('keeps the code after a rejected one and goes back to the form without retrying', async () => {
      const { fake, store } = await ready({
        'transfer.start': async () => {
          throw {
            code: 'Validation',
            message: 'Invalid authorization code.',
            fields: { auth_code: ['Invalid authorization code.'] },
          }
        },
      })
      store.review()
      await store.start()
      expect(calls(fake, 'transfer.start')).toHaveLength(1)
      expect(store.step).toBe('form')
      expect(store.error).toMatchObject({
        code: 'Validation',
        fields: { auth_code: expect.any(Array) },
      })
      expect(store.authCode.trim()).toBe('Xy9Kl2Mn#4pQ')
    })

    it('refuses a second transfer of a domain whose transfer is still open', async () => {
      const { store } = await ready({ 'transfer.list': async () => [transferView()] })
      await store.load()
      expect(store.openTransfer?.id).toBe(7)
      expect(store.canStart).toBe(false)
    })

    it('keeps the newest check when an older answer arrives last', async () => {
      const answers = new Map<number, ReturnType<typeof deferred<any>>>()
      installFakeBridge({
        'transfer.check': (_a: string, id: number) => {
          const d = deferred<any>()
          answers.set(id, d)
          return d.promise
        },
        'domain.get': async () => myappView(),
      })
      selectAccount()
      const store = useTransfersStore()
      const older = store.choose(101)
      const newer = store.choose(102)
      answers.get(102)!.resolve(transferCheck())
      await newer
      answers.get(101)!.resolve(transferCheck({ domainId: 101, domainName: 'example.com' }))
      await older
      expect(store.check?.domainName).toBe('myapp.io')
    })
  })

  describe('tracking', () => {
    it('loads the transfers and each domain’s transfer history, oldest first', async () => {
      const history = [...transferHistory()].reverse()
      history.push({ ...history[0]!, id: 3, source: 'app', newValue: 'x' })
      installFakeBridge({
        'transfer.list': async () => [transferView()],
        'domain.get': async () => myappView(history),
      })
      selectAccount()
      const store = useTransfersStore()
      await store.load()
      expect(store.transfers.map((t) => t.id)).toEqual([7])
      expect(store.history[102]!.map((h) => h.id)).toEqual([11, 12])
    })

    it('ticks a step through transfer.setStep and shows main’s answer', async () => {
      const fake = installFakeBridge({
        'transfer.list': async () => [transferView()],
        'transfer.setStep': async () => transferView({ stepsDone: [1] }),
        'domain.get': async () => myappView(transferHistory()),
      })
      selectAccount()
      const store = useTransfersStore()
      await store.load()
      await store.setStep(7, 1, true)
      expect(calls(fake, 'transfer.setStep')).toEqual([['a1', 7, 1, true]])
      expect(store.transfers[0]!.stepsDone).toEqual([1])
    })

    it('settles a lost answer through transfer.resolve', async () => {
      let state: TransferView = transferView({ state: 'unknown', initiatedAt: null })
      const fake = installFakeBridge({
        'transfer.list': async () => [state],
        'transfer.resolve': async () => (state = transferView({ state: 'pending' })),
        'domain.get': async () => myappView(),
      })
      selectAccount()
      const store = useTransfersStore()
      await store.load()
      await store.resolve(7, 'started')
      expect(calls(fake, 'transfer.resolve')).toEqual([['a1', 7, 'started']])
      expect(store.transfers[0]!.state).toBe('pending')
    })

    it('checks now with domain.refresh, then reloads the list', async () => {
      let state: TransferView = transferView()
      const fake = installFakeBridge({
        'transfer.list': async () => [state],
        'domain.refresh': async () => {
          state = transferView({ state: 'completed', completedAt: '2026-01-22T10:00:00Z' })
          return myappView()
        },
        'domain.get': async () => myappView(),
      })
      selectAccount()
      const store = useTransfersStore()
      await store.load()
      await store.checkNow(store.transfers[0]!)
      expect(calls(fake, 'domain.refresh')).toEqual([['a1', 102]])
      expect(store.transfers[0]!.state).toBe('completed')
      expect(store.refreshing).toEqual([])
    })

    it('reloads after a sync and a completion while listening', async () => {
      const fake = installFakeBridge({
        'transfer.list': async () => [],
        'domain.get': async () => myappView(),
      })
      selectAccount()
      const store = useTransfersStore()
      const stop = store.listen()
      fake.emit('transfer.completed', { accountId: 'a1', domainId: 102, domainName: 'myapp.io' })
      await new Promise((r) => setTimeout(r, 0))
      expect(calls(fake, 'transfer.list')).toHaveLength(1)
      stop()
      fake.emit('transfer.completed', { accountId: 'a1', domainId: 102, domainName: 'myapp.io' })
      await new Promise((r) => setTimeout(r, 0))
      expect(calls(fake, 'transfer.list')).toHaveLength(1)
    })
  })
})
