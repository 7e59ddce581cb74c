import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import type { AccountView, SyncRun, SyncStatus } from '@shared/ipc/models'
import { useAccountsStore } from '@/stores/accounts'
import { useConnectivityStore } from '@/stores/connectivity'
import { installFakeBridge } from '../support/app'

function account(id: string, over: Partial<AccountView> = {}): AccountView {
  return {
    id,
    label: id,
    baseUrl: 'https://admin.vps.org/api/v1',
    isDemo: false,
    hasToken: true,
    tokenStorage: { storage: 'keychain' },
    connectivity: 'unknown',
    lastSyncAt: null,
    domainCount: 3,
    ...over,
  }
}

function run(over: Partial<SyncRun> = {}): SyncRun {
  return {
    id: 1,
    startedAt: '2025-03-01T10:00:00.000Z',
    finishedAt: '2025-03-01T10:01:00.000Z',
    status: 'ok',
    pages: 1,
    seen: 3,
    added: 0,
    changed: 0,
    removed: 0,
    errorCode: null,
    errorMessage: null,
    ...over,
  }
}

async function setup(accounts: AccountView[] = [account('a'), account('b')]) {
  const status: Record<string, SyncStatus> = {}
  const bridge = installFakeBridge({
    'accounts.list': async () => accounts,
    'sync.status': async (id: string) => status[id],
    'sync.now': async () => run(),
  })
  const store = useConnectivityStore()
  await useAccountsStore().load()
  return { store, status, ...bridge }
}

describe('useConnectivityStore', () => {
  beforeEach(() => {
    localStorage.clear()
    setActivePinia(createPinia())
  })

  afterEach(() => {
    delete window.domainDesk
  })

  it('knows nothing about an account before main says something', async () => {
    const { store } = await setup()
    expect(store.current.connectivity).toBe('unknown')
    expect(store.offline).toBe(false)
    expect(store.writeBlockedReason).toBeNull()
  })

  describe('events', () => {
    it('blocks writes with the offline reason when the current account goes offline', async () => {
      const { store, emit } = await setup()
      store.listen()
      emit('connectivity', { accountId: 'a', state: 'offline', reason: 'No route.' })
      expect(store.offline).toBe(true)
      expect(store.current.reason).toBe('No route.')
      expect(store.writeBlockedReason).toBe('shell.offline.writesDisabled')
    })

    it('blocks writes with the token reason when VPS.org rejects the token', async () => {
      const { store, emit } = await setup()
      store.listen()
      emit('connectivity', { accountId: 'a', state: 'unauthorized' })
      expect(store.writeBlockedReason).toBe('shell.offline.unauthorized')
    })

    it('allows writes again once the account is back online', async () => {
      const { store, emit } = await setup()
      store.listen()
      emit('connectivity', { accountId: 'a', state: 'offline' })
      emit('connectivity', { accountId: 'a', state: 'online' })
      expect(store.writeBlockedReason).toBeNull()
    })

    it('judges writes by the current account only', async () => {
      const { store, emit } = await setup()
      store.listen()
      emit('connectivity', { accountId: 'b', state: 'offline' })
      expect(store.writeBlockedReason).toBeNull()
      useAccountsStore().select('b')
      expect(store.writeBlockedReason).toBe('shell.offline.writesDisabled')
    })

    it('tracks sync progress and the last successful sync', async () => {
      const { store, emit } = await setup()
      store.listen()
      emit('sync.progress', { accountId: 'a', pagesDone: 2, pagesTotal: 5, received: 200 })
      expect(store.current.running).toBe(true)
      expect(store.current.progress).toEqual({ pagesDone: 2, pagesTotal: 5 })
      emit('sync.finished', { accountId: 'a', run: run() })
      expect(store.current.running).toBe(false)
      expect(store.current.progress).toBeNull()
      expect(store.current.lastSuccessAt).toBe('2025-03-01T10:01:00.000Z')
    })

    it('keeps the last successful sync when a later one fails', async () => {
      const { store, emit } = await setup()
      store.listen()
      emit('sync.finished', { accountId: 'a', run: run() })
      emit('sync.finished', {
        accountId: 'a',
        run: run({ id: 2, status: 'failed', finishedAt: '2025-03-02T00:00:00.000Z' }),
      })
      expect(store.current.lastSuccessAt).toBe('2025-03-01T10:01:00.000Z')
      expect(store.current.lastRun?.status).toBe('failed')
    })

    it('stops following events when told', async () => {
      const { store, emit } = await setup()
      const stop = store.listen()
      stop()
      emit('connectivity', { accountId: 'a', state: 'offline' })
      expect(store.offline).toBe(false)
    })
  })

  it('loads an account’s state from sync.status', async () => {
    const { store, status } = await setup()
    status.a = {
      accountId: 'a',
      connectivity: 'unauthorized',
      connectivityReason: 'Token revoked.',
      running: false,
      progress: null,
      lastRun: null,
      lastSuccessAt: '2025-01-01T00:00:00.000Z',
    }
    await store.refresh('a')
    expect(store.current).toMatchObject({
      connectivity: 'unauthorized',
      reason: 'Token revoked.',
      lastSuccessAt: '2025-01-01T00:00:00.000Z',
    })
    expect(store.writeBlockedReason).toBe('shell.offline.unauthorized')
  })

  describe('accountStatus', () => {
    it('uses what the account list said until an event says more', async () => {
      const listed = account('a', {
        connectivity: 'online',
        lastSyncAt: '2025-03-01T00:00:00.000Z',
      })
      const { store, emit } = await setup([listed])
      store.listen()
      expect(store.accountStatus(listed)).toMatchObject({
        connectivity: 'online',
        lastSyncAt: '2025-03-01T00:00:00.000Z',
      })
      // Progress alone says nothing about connectivity.
      emit('sync.progress', { accountId: 'a', pagesDone: 1, received: 10 })
      expect(store.accountStatus(listed).connectivity).toBe('online')
      emit('connectivity', { accountId: 'a', state: 'offline', reason: 'Timed out.' })
      expect(store.accountStatus(listed)).toMatchObject({
        connectivity: 'offline',
        reason: 'Timed out.',
      })
    })

    it('shows the later of the listed and the live last sync', async () => {
      const listed = account('a', { lastSyncAt: '2025-03-01T00:00:00.000Z' })
      const { store, emit } = await setup([listed])
      store.listen()
      emit('sync.finished', {
        accountId: 'a',
        run: run({ finishedAt: '2025-03-05T00:00:00.000Z' }),
      })
      expect(store.accountStatus(listed).lastSyncAt).toBe('2025-03-05T00:00:00.000Z')
    })
  })
})

describe('connectivity checks', () => {
  beforeEach(() => setActivePinia(createPinia()))
  afterEach(() => {
    delete window.domainDesk
  })

  it('asks main to contact VPS.org when the window is focused or shown and when the network changes', async () => {
    const status: SyncStatus = {
      accountId: 'a',
      connectivity: 'offline',
      running: false,
      progress: null,
      lastRun: null,
      lastSuccessAt: null,
      lastReachedAt: '2026-12-06T08:00:00.000Z',
    }
    const fake = installFakeBridge({ 'sync.checkConnection': async () => status })
    useAccountsStore().accounts = [account('a')]
    useAccountsStore().currentId = 'a'
    const store = useConnectivityStore()
    const stop = store.watchNetwork()
    window.dispatchEvent(new Event('focus'))
    window.dispatchEvent(new Event('online'))
    window.dispatchEvent(new Event('offline'))
    document.dispatchEvent(new Event('visibilitychange'))
    await new Promise((r) => setTimeout(r, 0))
    const checks = fake.calls.filter(([c]) => c === 'sync.checkConnection')
    expect(checks.map(([, args]) => args)).toEqual([
      ['a', 'focus'],
      ['a', 'online'],
      ['a', 'offline'],
      ['a', 'show'],
    ])
    expect(store.stateOf('a')).toMatchObject({
      connectivity: 'offline',
      lastReachedAt: '2026-12-06T08:00:00.000Z',
    })
    stop()
    window.dispatchEvent(new Event('focus'))
    await new Promise((r) => setTimeout(r, 0))
    expect(fake.calls.filter(([c]) => c === 'sync.checkConnection')).toHaveLength(4)
  })
})
