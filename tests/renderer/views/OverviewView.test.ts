import { flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Overview } from '@shared/overview/overview'
import OverviewView from '@/views/OverviewView.vue'
import { useOverviewStore } from '@/stores/overview'
import { accountState } from '../components/costs/fixtures'
import { installFakeBridge, mountApp } from '../support/app'

// happy-dom has no canvas: the chart is a stand-in (see the costs fixtures).
vi.mock('vue-chartjs', async () => ({
  Bar: (await import('../components/costs/fixtures')).BarStub,
}))

afterEach(() => {
  delete window.domainDesk
  document.body.innerHTML = ''
})

const SYNCED = '2026-12-06T09:30:00.000Z'

function overview(over: Partial<Overview> = {}): Overview {
  return {
    syncedAt: SYNCED,
    computedAt: '2026-12-06T12:00:00.000Z',
    total: 1234,
    attention: [
      {
        kind: 'expiringAutoRenewOff',
        count: 7,
        link: { page: 'portfolio', quick: ['expiring30', 'autoRenewOff'] },
      },
      { kind: 'expired', count: 0, link: { page: 'portfolio', quick: ['expired'] } },
      { kind: 'transfersOverdue', count: 2, link: { page: 'transfers' } },
      { kind: 'unpricedTlds', count: 0, link: { page: 'costs' } },
    ],
    byStatus: [
      { key: 'active', count: 1200 },
      { key: 'expired', count: 34 },
    ],
    byTld: [
      { key: 'com', count: 1000 },
      { key: '*', count: 234 },
    ],
    byRegistrar: [{ key: null, count: 1234 }],
    byDns: [
      { key: 'vps.org', count: 1000 },
      { key: 'external', count: 234 },
    ],
    renewals: Array.from({ length: 12 }, (_, i) => ({
      month: `${2026 + Math.floor((11 + i) / 12)}-${String(((11 + i) % 12) + 1).padStart(2, '0')}`,
      renewals: i === 0 ? 3 : 0,
      cents: i === 0 ? 3897 : 0,
      autoRenewCents: i === 0 ? 1299 : 0,
      unpriced: 0,
    })),
    spend: { year: 2026, cents: 12345, charges: 3 },
    ...over,
  }
}

async function mountView(locale: 'en' | 'hy' = 'en', data = overview()) {
  const calls: unknown[][] = []
  const failure = { message: '' }
  const fake = installFakeBridge({
    'overview.get': async (...args: unknown[]) => {
      calls.push(args)
      if (failure.message) throw new Error(failure.message)
      return data
    },
  })
  const { wrapper } = await mountApp(OverviewView, {
    path: '/overview',
    locale,
    pinia: { initialState: accountState() },
  })
  await flushPromises()
  return { wrapper, calls, fake, failure }
}

describe('OverviewView', () => {
  it("asks main for the current account's overview in the user's time zone", async () => {
    const { calls } = await mountView()
    expect(calls).toEqual([
      [expect.any(String), { timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone }],
    ])
  })

  it('links each count to exactly those domains and says "nothing to do" for a zero', async () => {
    const { wrapper } = await mountView()
    const expiring = wrapper.get('[data-testid="attention-expiringAutoRenewOff"] a')
    expect(expiring.text()).toContain('7')
    expect(expiring.attributes('href')).toBe('/portfolio?quick=expiring30&quick=autoRenewOff')
    expect(wrapper.get('[data-testid="attention-transfersOverdue"] a').attributes('href')).toBe(
      '/transfers',
    )
    const expired = wrapper.get('[data-testid="attention-expired"]')
    expect(expired.find('a').exists()).toBe(false)
    expect(expired.text()).toContain('nothing to do')
  })

  it('gives every chart a summary and a table with the same numbers, and the sync time', async () => {
    const { wrapper } = await mountView()
    const canvases = wrapper.findAll('canvas[role="img"]')
    expect(canvases).toHaveLength(5)
    for (const c of canvases) expect(c.attributes('aria-label')).toBeTruthy()
    const tld = wrapper.get('[data-testid="overview-tld-table"]').text()
    expect(tld).toContain('.com')
    expect(tld).toContain('Other')
    expect(tld).toContain('1,000')
    expect(wrapper.get('[data-testid="overview-registrar-table"]').text()).toContain(
      'Not known yet',
    )
    expect(wrapper.get('[data-testid="overview-renewals-table"]').text()).toContain('$38.97')
    expect(wrapper.get('[data-testid="overview-spend"]').text()).toBe('$123.45')
    const synced = wrapper.findAll('[data-testid="overview-synced"]')
    expect(synced.length).toBeGreaterThanOrEqual(7)
    for (const s of synced) expect(s.text()).toContain('last synced')
  })

  it('speaks Armenian', async () => {
    const { wrapper } = await mountView('hy')
    expect(wrapper.get('h1').text()).toBe('Ամփոփում')
    expect(wrapper.get('[data-testid="attention-expired"]').text()).toContain('անելու բան չկա')
  })

  it('reloads when a sync of the current account finishes, and says when it cannot read', async () => {
    const { calls, fake, wrapper, failure } = await mountView()
    fake.emit('sync.finished', { accountId: 'other', run: {} })
    await flushPromises()
    expect(calls).toHaveLength(1)
    fake.emit('sync.finished', { accountId: useAccountId(), run: {} })
    await flushPromises()
    expect(calls).toHaveLength(2)
    failure.message = 'disk I/O error'
    await useOverviewStore().load()
    await flushPromises()
    // Said in the reader's words, not the failure's English.
    const alert = wrapper.get('[role="alert"]').text()
    expect(alert).toContain('Something went wrong inside Domain Desk.')
    expect(alert).not.toContain('disk I/O error')
  })
})

function useAccountId(): string {
  return accountState().accounts.currentId
}
