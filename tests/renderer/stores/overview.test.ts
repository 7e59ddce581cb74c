import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Overview } from '@shared/overview/overview'
import { useAccountsStore } from '@/stores/accounts'
import { useOverviewStore } from '@/stores/overview'
import { ACCOUNT, ACCOUNT_ID } from '../components/costs/fixtures'
import { installFakeBridge } from '../support/app'

beforeEach(() => {
  setActivePinia(createPinia())
  const accounts = useAccountsStore()
  accounts.accounts = [ACCOUNT]
  accounts.select(ACCOUNT_ID)
})
afterEach(() => delete window.domainDesk)

const withTotal = (total: number, counts: number[] = [0, 3]): Overview => ({
  syncedAt: null,
  computedAt: '2026-12-06T12:00:00.000Z',
  total,
  attention: [
    { kind: 'expired', count: counts[0]!, link: { page: 'portfolio', quick: ['expired'] } },
    { kind: 'policyViolations', count: counts[1]!, link: { page: 'policies' } },
  ],
  byStatus: [],
  byTld: [],
  byRegistrar: [],
  byDns: [],
  renewals: [],
  spend: { year: 2026, cents: 0, charges: 0 },
})

describe('the overview store', () => {
  it('splits what needs attention from what does not', async () => {
    installFakeBridge({ 'overview.get': async () => withTotal(5) })
    const store = useOverviewStore()
    await store.load()
    expect(store.needed.map((a) => a.kind)).toEqual(['policyViolations'])
    expect(store.fine.map((a) => a.kind)).toEqual(['expired'])
  })

  it('keeps the newest answer when an older one arrives late', async () => {
    const answers: Array<(o: Overview) => void> = []
    installFakeBridge({
      'overview.get': () => new Promise<Overview>((resolve) => answers.push(resolve)),
    })
    const store = useOverviewStore()
    const first = store.load()
    const second = store.load()
    answers[1]!(withTotal(2))
    await second
    answers[0]!(withTotal(1))
    await first
    expect(store.overview?.total).toBe(2)
    expect(store.loading).toBe(false)
  })

  it('stops following syncs when the page closes', async () => {
    let calls = 0
    const fake = installFakeBridge({
      'overview.get': async () => {
        calls++
        return withTotal(1)
      },
    })
    const store = useOverviewStore()
    const stop = store.follow()
    fake.emit('sync.finished', { accountId: ACCOUNT_ID, run: {} })
    await Promise.resolve()
    stop()
    fake.emit('sync.finished', { accountId: ACCOUNT_ID, run: {} })
    await Promise.resolve()
    expect(calls).toBe(1)
  })
})
