import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useIoStore } from '@/stores/io'
import { selectAccount } from '../components/domain/fixtures'
import { CSV, PREVIEW } from '../components/io/fixtures'
import { installFakeBridge } from '../support/app'

const calls = (fake: { calls: Array<[string, unknown[]]> }, channel: string) =>
  fake.calls.filter(([c]) => c === channel).map(([, args]) => args)

beforeEach(() => setActivePinia(createPinia()))
afterEach(() => {
  delete window.domainDesk
  vi.restoreAllMocks()
})

describe('useIoStore', () => {
  it('reads the picked file, previews it with main, and applies exactly that text', async () => {
    const fake = installFakeBridge({
      'import.annotationsPreview': async () => PREVIEW,
      'import.annotationsApply': async () => ({ applied: 1, unmatched: 1 }),
      'portfolio.list': async () => ({
        rows: [],
        total: 0,
        offset: 0,
        syncedAt: null,
        syncing: false,
      }),
    })
    selectAccount()
    const store = useIoStore()
    await store.readFile(new File([CSV], 'tags.csv', { type: 'text/csv' }))
    expect(calls(fake, 'import.annotationsPreview')).toEqual([['a1', CSV]])
    expect(store.preview?.unmatched).toHaveLength(2)
    expect(store.changes).toBe(1)
    expect(store.canApply).toBe(true)
    expect(await store.apply()).toEqual({ applied: 1, unmatched: 1 })
    expect(calls(fake, 'import.annotationsApply')).toEqual([['a1', CSV]])
  })

  it('does not send a file larger than main accepts', async () => {
    const fake = installFakeBridge({})
    selectAccount()
    const store = useIoStore()
    const big = new File(['x'], 'big.csv')
    Object.defineProperty(big, 'size', { value: 30_000_000 })
    await store.readFile(big)
    expect(store.tooLarge).toBe(true)
    expect(fake.calls).toEqual([])
  })

  it('shows why a preview failed and has nothing to apply', async () => {
    installFakeBridge({
      'import.annotationsPreview': async () => {
        throw { code: 'InvalidArgument', reason: 'fileNotJson', message: 'Not JSON.' }
      },
    })
    selectAccount()
    const store = useIoStore()
    await store.readFile(new File([CSV], 'tags.csv'))
    expect(store.importError).toBe('The file is not JSON.')
    expect(store.canApply).toBe(false)
    expect(await store.apply()).toBeNull()
  })

  it('exports the portfolio through main and saves it as a download', async () => {
    installFakeBridge({
      'export.portfolio': async () => ({
        filename: 'domain-desk-portfolio.csv',
        mimeType: 'text/csv',
        content: 'domain\r\nexample.com',
      }),
    })
    selectAccount()
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {})
    URL.createObjectURL ??= () => 'blob:x'
    const store = useIoStore()
    await store.exportPortfolio()
    expect(click).toHaveBeenCalledOnce()
    expect(store.exporting).toBe(false)
  })
})
