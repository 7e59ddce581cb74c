import { flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import StatusBar from '@/components/shell/StatusBar.vue'
import { useAccountsStore } from '@/stores/accounts'
import { useConnectivityStore } from '@/stores/connectivity'
import { installFakeBridge, mountApp } from '../../support/app'

const account = {
  id: 'a1',
  label: 'Main',
  baseUrl: 'https://admin.vps.org/api/v1',
  isDemo: false,
  hasToken: true,
  tokenStorage: { storage: 'keychain' as const },
  connectivity: 'online' as const,
  lastSyncAt: null,
  domainCount: 1234,
}

afterEach(() => {
  delete window.domainDesk
  document.body.innerHTML = ''
})

async function mountBar(lastReachedAt: string | null = new Date().toISOString()) {
  const fake = installFakeBridge({
    'sync.now': async () => ({ id: 1, status: 'ok' }),
    'sync.status': async () => ({
      accountId: 'a1',
      connectivity: 'online',
      lastReachedAt,
      running: false,
      progress: null,
      lastRun: null,
      lastSuccessAt: '2026-11-29T10:00:00Z',
    }),
  })
  const { wrapper } = await mountApp(StatusBar)
  useAccountsStore().accounts = [account]
  useAccountsStore().currentId = 'a1'
  await useConnectivityStore().refresh('a1')
  useConnectivityStore().listen()
  await flushPromises()
  return { wrapper, fake }
}

describe('StatusBar', () => {
  it('shows the domain count, the last sync time and the connection state', async () => {
    const { wrapper } = await mountBar()
    expect(wrapper.text()).toContain('1,234 domains')
    expect(wrapper.text()).toMatch(/Last sync Nov 29, 2026/)
    expect(wrapper.find('[role="status"]').text()).toBe('Online')
  })

  it('shows a progress bar with pages while a sync runs, and hides it when it ends', async () => {
    const { wrapper, fake } = await mountBar()
    fake.emit('sync.progress', { accountId: 'a1', pagesDone: 2, pagesTotal: 8, received: 400 })
    await flushPromises()
    const bar = wrapper.find('[role="progressbar"]')
    expect(bar.exists()).toBe(true)
    expect(bar.attributes('aria-valuenow')).toBe('25')
    expect(bar.attributes('aria-label')).toBe('Sync progress')
    fake.emit('sync.finished', {
      accountId: 'a1',
      run: { id: 2, status: 'ok', finishedAt: '2026-11-29T11:00:00Z' },
    })
    await flushPromises()
    expect(wrapper.find('[role="progressbar"]').exists()).toBe(false)
  })

  it('writes a low sync percentage as text beside the bar, not inside its thin filled part', async () => {
    const { wrapper, fake } = await mountBar()
    fake.emit('sync.progress', { accountId: 'a1', pagesDone: 1, pagesTotal: 100, received: 100 })
    await flushPromises()
    const bar = wrapper.get('[role="progressbar"]')
    expect(bar.find('.p-progressbar-label').exists()).toBe(false)
    expect(wrapper.get('[data-testid="sync-percent"]').text()).toBe('1%')
  })

  it('says "Online" only after a recent contact with VPS.org, otherwise when it last reached it', async () => {
    const { wrapper } = await mountBar(new Date(Date.now() - 10 * 60_000).toISOString())
    const status = wrapper.find('[role="status"]').text()
    expect(status).not.toBe('Online')
    expect(status).toMatch(/^Last reached VPS\.org /)
    const never = (await mountBar(null)).wrapper.find('[role="status"]').text()
    expect(never).not.toBe('Online')
  })

  it('says when the account is offline, and when VPS.org was last reached', async () => {
    const { wrapper, fake } = await mountBar()
    fake.emit('connectivity', {
      accountId: 'a1',
      state: 'offline',
      reason: 'down',
      lastReachedAt: new Date(Date.now() - 60 * 60_000).toISOString(),
    })
    await flushPromises()
    expect(wrapper.find('[role="status"]').text()).toBe('Offline')
    expect(wrapper.text()).toMatch(/Last reached VPS\.org /)
  })

  it('says when the account is offline', async () => {
    const { wrapper, fake } = await mountBar()
    fake.emit('connectivity', { accountId: 'a1', state: 'offline', reason: 'down' })
    await flushPromises()
    expect(wrapper.find('[role="status"]').text()).toBe('Offline')
  })

  it('syncs the current account on demand', async () => {
    const { wrapper, fake } = await mountBar()
    await wrapper.find('button').trigger('click')
    await flushPromises()
    expect(fake.calls.filter(([c]) => c === 'sync.now')).toEqual([['sync.now', ['a1']]])
  })
})
