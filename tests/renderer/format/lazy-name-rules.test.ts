import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { computed } from 'vue'
import type { Estimate } from '@shared/ipc/models'
import { installFakeBridge } from '../support/app'

/** A fresh copy of the lazy loader and the store, as at start-up: no rules loaded yet. */
async function fresh() {
  vi.resetModules()
  const lazy = await import('@/format/lazy-name-rules')
  const { useRegistrationStore } = await import('@/stores/registration')
  return { ...lazy, useRegistrationStore }
}

beforeEach(() => setActivePinia(createPinia()))
afterEach(() => {
  delete window.domainDesk
})

describe('the name rules, loaded on first use', () => {
  it('are null at first, then arrive, and a computed reading them re-runs by itself', async () => {
    const { nameRules, loadNameRules } = await fresh()
    const check = computed(() => nameRules()?.parseDomainName('Bücher.com') ?? null)
    expect(check.value).toBeNull()
    await loadNameRules()
    expect(check.value).toMatchObject({ ok: true, ascii: 'xn--bcher-kva.com' })
  })

  it('load once, however often they are asked for', async () => {
    const { loadNameRules } = await fresh()
    const [a, b] = await Promise.all([loadNameRules(), loadNameRules()])
    expect(a).toBe(b)
    expect(await loadNameRules()).toBe(a)
  })

  it('make the first estimate wait for them, for the name as it was typed', async () => {
    const { useRegistrationStore } = await fresh()
    setActivePinia(createPinia())
    const fake = installFakeBridge({
      'registration.estimate': async (name: string, years: number): Promise<Estimate> =>
        ({
          ascii: name,
          years,
          estimateCents: 1299,
          tld: 'com',
          source: 'reference',
        }) as unknown as Estimate,
    })
    const store = useRegistrationStore()
    store.domainName = 'Bücher.com'
    const asked = store.updateEstimate()
    store.domainName = 'other.com'
    await asked
    expect(fake.calls).toEqual([['registration.estimate', ['xn--bcher-kva.com', 1]]])
  })

  it('let a fast Enter prepare once they have loaded, not refuse the valid name', async () => {
    const { useRegistrationStore } = await fresh()
    setActivePinia(createPinia())
    const { selectAccount, intent } = await import('../components/domain/fixtures')
    selectAccount()
    const fake = installFakeBridge({ 'registration.prepare': async () => intent() })
    const store = useRegistrationStore()
    store.domainName = 'example.com'
    await store.prepare()
    expect(fake.calls.map(([c]) => c)).toContain('registration.prepare')
    expect(store.step).toBe('confirm')
  })
})
