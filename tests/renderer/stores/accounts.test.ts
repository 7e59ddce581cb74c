import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { nextTick } from 'vue'
import type { AccountView } from '@shared/ipc/models'
import { useAccountsStore } from '@/stores/accounts'
import { installFakeBridge } from '../support/app'

const CURRENT_KEY = 'domainDesk.currentAccount'

function account(id: string, over: Partial<AccountView> = {}): AccountView {
  return {
    id,
    label: `Account ${id}`,
    baseUrl: 'https://admin.vps.org/api/v1',
    isDemo: false,
    hasToken: true,
    tokenStorage: { storage: 'keychain' },
    connectivity: 'online',
    lastSyncAt: null,
    domainCount: 0,
    ...over,
  }
}

/** A fake main process holding a mutable list of accounts. */
function fakeMain(initial: AccountView[]) {
  const list = [...initial]
  const bridge = installFakeBridge({
    'accounts.list': async () => list.map((a) => ({ ...a })),
    'accounts.add': async (input: { label: string }) => {
      const added = account(`n${list.length + 1}`, { label: input.label })
      list.push(added)
      return added
    },
    'accounts.connectDemo': async () => {
      const demo = account('demo', { label: 'Demo portfolio', isDemo: true })
      list.push(demo)
      return demo
    },
    'accounts.rename': async (id: string, label: string) => {
      const found = list.find((a) => a.id === id)!
      found.label = label
      return found
    },
    'accounts.changeToken': async (id: string) => list.find((a) => a.id === id)!,
    'accounts.remove': async (id: string) => {
      list.splice(
        list.findIndex((a) => a.id === id),
        1,
      )
      return null
    },
  })
  return { list, ...bridge }
}

describe('useAccountsStore', () => {
  beforeEach(() => {
    localStorage.clear()
    setActivePinia(createPinia())
  })

  afterEach(() => {
    delete window.domainDesk
  })

  describe('loadOnce', () => {
    it('shares one request between the start and the router, and asks again after a failure', async () => {
      const { calls } = fakeMain([account('a')])
      const store = useAccountsStore()
      await Promise.all([store.loadOnce(), store.loadOnce()])
      await store.loadOnce()
      expect(calls.filter(([c]) => c === 'accounts.list')).toHaveLength(1)
      expect(store.current?.id).toBe('a')

      setActivePinia(createPinia())
      let fail = true
      const failing = installFakeBridge({
        'accounts.list': async () => {
          if (fail) throw { code: 'Internal', message: 'database busy' }
          return [account('b')]
        },
      })
      const again = useAccountsStore()
      await expect(again.loadOnce()).rejects.toMatchObject({ code: 'Internal' })
      fail = false
      await again.loadOnce()
      expect(failing.calls.filter(([c]) => c === 'accounts.list')).toHaveLength(2)
      expect(again.current?.id).toBe('b')
    })
  })

  describe('load', () => {
    it('fills the list from main and makes the first account current', async () => {
      fakeMain([account('a'), account('b')])
      const store = useAccountsStore()
      await store.load()
      expect(store.loaded).toBe(true)
      expect(store.accounts.map((a) => a.id)).toEqual(['a', 'b'])
      expect(store.current?.id).toBe('a')
      expect(store.hasAccounts).toBe(true)
    })

    it('restores the account that was current last time', async () => {
      localStorage.setItem(CURRENT_KEY, 'b')
      fakeMain([account('a'), account('b')])
      const store = useAccountsStore()
      await store.load()
      expect(store.current?.id).toBe('b')
    })

    it('falls back to the first account when the remembered one is gone', async () => {
      localStorage.setItem(CURRENT_KEY, 'gone')
      fakeMain([account('a')])
      const store = useAccountsStore()
      await store.load()
      expect(store.currentId).toBe('a')
    })

    it('says the failure from the catalogue when the list cannot be loaded, and clears it once it can', async () => {
      let fail = true
      installFakeBridge({
        'accounts.list': async () => {
          if (fail) throw { code: 'Storage', message: 'Disk full.' }
          return [account('a')]
        },
      })
      const store = useAccountsStore()
      await expect(store.load()).rejects.toMatchObject({ code: 'Storage' })
      expect(store.loadError).toBe('The offline cache could not be written.')
      fail = false
      await store.load()
      expect(store.loadError).toBeNull()
    })
  })

  describe('select', () => {
    it('makes an account current and remembers it in localStorage', async () => {
      fakeMain([account('a'), account('b')])
      const store = useAccountsStore()
      await store.load()
      store.select('b')
      await nextTick()
      expect(store.current?.id).toBe('b')
      expect(localStorage.getItem(CURRENT_KEY)).toBe('b')
    })

    it('ignores an id that is not in the list', async () => {
      fakeMain([account('a')])
      const store = useAccountsStore()
      await store.load()
      store.select('nope')
      expect(store.currentId).toBe('a')
    })
  })

  describe('add', () => {
    it('sends label, token and base URL once, reloads, and makes the new account current', async () => {
      const main = fakeMain([account('a')])
      const store = useAccountsStore()
      await store.load()
      const added = await store.add({
        label: 'Company',
        token: 'secret',
        baseUrl: 'https://admin.vps.org/api/v1',
      })
      expect(main.calls.filter(([c]) => c === 'accounts.add')).toEqual([
        [
          'accounts.add',
          [{ label: 'Company', token: 'secret', baseUrl: 'https://admin.vps.org/api/v1' }],
        ],
      ])
      expect(store.accounts.map((a) => a.label)).toContain('Company')
      expect(store.current?.id).toBe(added.id)
    })

    it('passes main’s error on and changes nothing', async () => {
      installFakeBridge({
        'accounts.list': async () => [account('a')],
        'accounts.add': async () => {
          throw { code: 'Unauthorized', message: 'Rejected.' }
        },
      })
      const store = useAccountsStore()
      await store.load()
      await expect(store.add({ label: 'x', token: 'bad' })).rejects.toMatchObject({
        code: 'Unauthorized',
      })
      expect(store.current?.id).toBe('a')
      expect(store.accounts).toHaveLength(1)
    })
  })

  it('connects the demo and makes it current', async () => {
    fakeMain([account('a')])
    const store = useAccountsStore()
    await store.load()
    await store.connectDemo()
    expect(store.current?.isDemo).toBe(true)
  })

  it('renames and shows the new label', async () => {
    const main = fakeMain([account('a')])
    const store = useAccountsStore()
    await store.rename('a', 'Personal')
    expect(main.calls).toContainEqual(['accounts.rename', ['a', 'Personal']])
    expect(store.byId('a')?.label).toBe('Personal')
  })

  it('changes a token through accounts.changeToken', async () => {
    const main = fakeMain([account('a')])
    const store = useAccountsStore()
    await store.changeToken('a', 'new-token')
    expect(main.calls).toContainEqual(['accounts.changeToken', ['a', 'new-token']])
  })

  it('moves to another account when the current one is removed', async () => {
    fakeMain([account('a'), account('b')])
    const store = useAccountsStore()
    await store.load()
    await store.remove('a')
    expect(store.accounts.map((a) => a.id)).toEqual(['b'])
    expect(store.current?.id).toBe('b')
  })

  it('has no current account once the last one is removed', async () => {
    fakeMain([account('a')])
    const store = useAccountsStore()
    await store.load()
    await store.remove('a')
    await nextTick()
    expect(store.hasAccounts).toBe(false)
    expect(store.current).toBeNull()
    expect(localStorage.getItem(CURRENT_KEY)).toBeNull()
  })

  describe('listen', () => {
    it('reloads the list when main says accounts changed, until stopped', async () => {
      const main = fakeMain([account('a')])
      const store = useAccountsStore()
      await store.load()
      const stop = store.listen()
      main.list.push(account('b'))
      main.emit('accounts.changed', { accountId: 'b' })
      await vi.waitFor(() => expect(store.accounts).toHaveLength(2))
      stop()
      main.list.push(account('c'))
      main.emit('accounts.changed', { accountId: 'c' })
      await new Promise((r) => setTimeout(r, 10))
      expect(store.accounts).toHaveLength(2)
    })

    it("follows a first sync's domain count as pages land, at most once a second", async () => {
      const main = fakeMain([account('a', { domainCount: 200 })])
      const store = useAccountsStore()
      await store.load()
      const lists = () => main.calls.filter(([channel]) => channel === 'accounts.list').length
      const before = lists()
      const listed = main.list
      store.listen()
      const progress = (received: number) =>
        main.emit('sync.progress', { accountId: 'a', pagesDone: 1, received })
      // No more rows than the count already says (a resync's early pages): nothing to ask.
      progress(150)
      await new Promise((r) => setTimeout(r, 10))
      expect(lists()).toBe(before)
      listed[0]!.domainCount = 5000
      progress(5000)
      await vi.waitFor(() => expect(store.current?.domainCount).toBe(5000))
      listed[0]!.domainCount = 6000
      progress(6000)
      await new Promise((r) => setTimeout(r, 10))
      expect(lists()).toBe(before + 1)
      expect(store.current?.domainCount).toBe(5000)
    })
  })
})
