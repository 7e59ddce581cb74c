import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useImportsStore } from '@/stores/imports'
import { selectAccount } from '../components/domain/fixtures'
import { CSV, PREVIEW } from '../components/imports/fixtures'
import { installFakeBridge } from '../support/app'

const calls = (fake: { calls: Array<[string, unknown[]]> }, channel: string) =>
  fake.calls.filter(([c]) => c === channel).map(([, args]) => args)

beforeEach(() => setActivePinia(createPinia()))
afterEach(() => {
  delete window.domainDesk
  vi.restoreAllMocks()
})

describe('useImportsStore', () => {
  it('reads the picked file, previews it with main, and applies exactly that text', async () => {
    const fake = installFakeBridge({
      'imports.annotationsPreview': async () => PREVIEW,
      'imports.annotationsApply': async () => ({ applied: 1, unmatched: 1 }),
      'portfolio.list': async () => ({
        rows: [],
        total: 0,
        offset: 0,
        syncedAt: null,
        syncing: false,
      }),
    })
    selectAccount()
    const store = useImportsStore()
    await store.readFile(new File([CSV], 'tags.csv', { type: 'text/csv' }))
    expect(calls(fake, 'imports.annotationsPreview')).toEqual([['a1', CSV]])
    expect(store.preview?.unmatched).toHaveLength(2)
    expect(store.changes).toBe(1)
    expect(store.canApply).toBe(true)
    expect(await store.apply()).toEqual({ applied: 1, unmatched: 1 })
    expect(calls(fake, 'imports.annotationsApply')).toEqual([['a1', CSV]])
  })

  it('does not send a file larger than main accepts', async () => {
    const fake = installFakeBridge({})
    selectAccount()
    const store = useImportsStore()
    const big = new File(['x'], 'big.csv')
    Object.defineProperty(big, 'size', { value: 30_000_000 })
    await store.readFile(big)
    expect(store.tooLarge).toBe(true)
    expect(fake.calls).toEqual([])
  })

  it('shows why a preview failed and has nothing to apply', async () => {
    installFakeBridge({
      'imports.annotationsPreview': async () => {
        throw { code: 'InvalidArgument', reason: 'fileNotJson', message: 'Not JSON.' }
      },
    })
    selectAccount()
    const store = useImportsStore()
    await store.readFile(new File([CSV], 'tags.csv'))
    expect(store.importError).toBe('The file is not JSON.')
    expect(store.canApply).toBe(false)
    expect(await store.apply()).toBeNull()
  })
})
