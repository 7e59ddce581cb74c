import { flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import OfflineBanner from '@/components/shell/OfflineBanner.vue'
import { useAccountsStore } from '@/stores/accounts'
import { useConnectivityStore } from '@/stores/connectivity'
import { installFakeBridge, mountApp } from '../../support/app'

afterEach(() => {
  delete window.domainDesk
  document.body.innerHTML = ''
})

async function mountBanner(locale: 'en' | 'hy' = 'en') {
  const fake = installFakeBridge({})
  const { wrapper } = await mountApp(OfflineBanner, { locale })
  useAccountsStore().accounts = [{ id: 'a1' } as never]
  useAccountsStore().currentId = 'a1'
  useConnectivityStore().listen()
  return { wrapper, fake }
}

describe('OfflineBanner', () => {
  it('is absent while online', async () => {
    const { wrapper, fake } = await mountBanner()
    fake.emit('connectivity', { accountId: 'a1', state: 'online' })
    await flushPromises()
    expect(wrapper.find('[role="alert"]').exists()).toBe(false)
  })

  it('gives the last sync time and says changes are disabled when offline', async () => {
    const { wrapper, fake } = await mountBanner()
    fake.emit('sync.finished', {
      accountId: 'a1',
      run: { status: 'ok', finishedAt: '2026-11-28T09:30:00Z' },
    })
    fake.emit('connectivity', { accountId: 'a1', state: 'offline' })
    await flushPromises()
    const alert = wrapper.find('[role="alert"]')
    expect(alert.text()).toMatch(/as of Nov 28, 2026.*changes are disabled/)
    expect(useConnectivityStore().writeBlockedReason).toBe('shell.offline.writesDisabled')
  })

  it('asks for a new token when VPS.org rejects it', async () => {
    const { wrapper, fake } = await mountBanner()
    fake.emit('connectivity', { accountId: 'a1', state: 'unauthorized' })
    await flushPromises()
    expect(wrapper.find('[role="alert"]').text()).toMatch(
      /no longer accepts this account's API token/,
    )
  })

  it('speaks Armenian when the app does', async () => {
    const { wrapper, fake } = await mountBanner('hy')
    fake.emit('connectivity', { accountId: 'a1', state: 'offline' })
    await flushPromises()
    expect(wrapper.find('[role="alert"]').text()).toMatch(/VPS.org-ը հասանելի չէ/)
  })
})
