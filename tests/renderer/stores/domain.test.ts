import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { useDomainStore } from '@/stores/domain'
import { domainView, selectAccount } from '../components/domain/fixtures'
import { installFakeBridge } from '../support/app'

function deferred<T>() {
  let resolve!: (value: T) => void
  const promise = new Promise<T>((r) => (resolve = r))
  return { promise, resolve }
}

beforeEach(() => setActivePinia(createPinia()))
afterEach(() => {
  delete window.domainDesk
})

describe('useDomainStore', () => {
  it('shows the cached domain, then refreshes its details when VPS.org is reachable', async () => {
    const cached = domainView({ details: null })
    const fresh = domainView()
    const fake = installFakeBridge({
      'domain.get': async () => cached,
      'domain.refresh': async () => fresh,
    })
    selectAccount('online')
    const store = useDomainStore()
    await store.open(101)
    expect(fake.calls.map(([c]) => c)).toEqual(['domain.get', 'domain.refresh'])
    expect(store.domain?.details?.registrar).toBe('VPS.org')
    expect(store.refreshing).toBe(false)
  })

  it('does not try to refresh while offline and keeps the cached view', async () => {
    const fake = installFakeBridge({ 'domain.get': async () => domainView({ details: null }) })
    selectAccount('offline')
    const store = useDomainStore()
    await store.open(101)
    expect(fake.calls.map(([c]) => c)).toEqual(['domain.get'])
    expect(store.domain?.details).toBeNull()
  })

  it('keeps the cached view and says why when a refresh fails', async () => {
    installFakeBridge({
      'domain.get': async () => domainView(),
      'domain.refresh': async () => {
        throw { code: 'Network', message: 'VPS.org could not be reached.' }
      },
    })
    selectAccount('online')
    const store = useDomainStore()
    await store.open(101)
    expect(store.domain?.id).toBe(101)
    expect(store.refreshError).toBe('VPS.org could not be reached.')
  })

  it('ignores the answer for a domain the user has already left', async () => {
    const slow = deferred<ReturnType<typeof domainView>>()
    installFakeBridge({
      'domain.get': (_account: string, id: number) =>
        id === 101 ? slow.promise : Promise.resolve(domainView({ id: 102, name: 'myapp.io' })),
    })
    selectAccount('offline')
    const store = useDomainStore()
    const first = store.open(101)
    await store.open(102)
    slow.resolve(domainView())
    await first
    expect(store.domain?.name).toBe('myapp.io')
  })

  it('reports a domain that is not in the cache', async () => {
    installFakeBridge({
      'domain.get': async () => {
        throw {
          code: 'NotFound',
          reason: 'domainNotCached',
          message: 'That domain is not in the cached portfolio.',
        }
      },
    })
    selectAccount('offline')
    const store = useDomainStore()
    await store.open(999)
    expect(store.domain).toBeNull()
    expect(store.error).toBe('That domain is not in the cached portfolio. Sync to refresh it.')
  })

  it('sends a settings change as given and keeps the server’s message', async () => {
    const fake = installFakeBridge({
      'domain.get': async () => domainView(),
      'domain.update': async () => ({
        domain: domainView({ autoRenew: false }),
        message: 'Domain settings updated successfully.',
      }),
    })
    selectAccount('offline')
    const store = useDomainStore()
    await store.open(101)
    const message = await store.update({ autoRenew: false })
    expect(fake.calls.at(-1)).toEqual(['domain.update', ['a1', 101, { autoRenew: false }]])
    expect(message).toBe('Domain settings updated successfully.')
    expect(store.lastMessage).toBe(message)
    expect(store.domain?.autoRenew).toBe(false)
    expect(store.saving).toBe(false)
  })

  it('saves tags and the note and shows main’s answer', async () => {
    let saved = domainView()
    const fake = installFakeBridge({
      'domain.get': async () => saved,
      'domain.setTags': async (_a: string, _id: number, tags: string[]) =>
        (saved = { ...saved, tags }),
      'domain.setNote': async (_a: string, _id: number, note: string) =>
        (saved = { ...saved, note }),
    })
    selectAccount('offline')
    const store = useDomainStore()
    await store.open(101)
    await store.setTags(['a', 'b'])
    await store.setNote('Renew via client')
    expect(store.domain?.tags).toEqual(['a', 'b'])
    expect(store.domain?.note).toBe('Renew via client')
    expect(fake.calls.map(([c]) => c)).toContain('domain.setNote')
  })

  it('removes the domain from the account and then shows it as removed', async () => {
    let removed = false
    installFakeBridge({
      'domain.get': async () => domainView({ removedAt: removed ? '2025-11-29T10:00:00Z' : null }),
      'domain.remove': async () => {
        removed = true
        return null
      },
    })
    selectAccount('offline')
    const store = useDomainStore()
    await store.open(101)
    await store.remove()
    expect(store.domain?.removedAt).toBe('2025-11-29T10:00:00Z')
    expect(store.removing).toBe(false)
  })

  it('reloads the open domain when a sync finishes', async () => {
    let autoRenew = true
    const fake = installFakeBridge({ 'domain.get': async () => domainView({ autoRenew }) })
    selectAccount('offline')
    const store = useDomainStore()
    store.listen()
    await store.open(101)
    autoRenew = false
    fake.emit('sync.finished', { accountId: 'a1', run: {} })
    await new Promise((r) => setTimeout(r, 0))
    expect(store.domain?.autoRenew).toBe(false)
  })
})
