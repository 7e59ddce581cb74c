import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useExportsStore } from '@/stores/exports'
import { selectAccount } from '../components/domain/fixtures'
import { installFakeBridge } from '../support/app'

beforeEach(() => setActivePinia(createPinia()))
afterEach(() => {
  delete window.domainDesk
  vi.restoreAllMocks()
})

describe('useExportsStore', () => {
  it('exports the portfolio through main and saves it as a download', async () => {
    installFakeBridge({
      'exports.portfolio': async () => ({
        filename: 'domain-desk-portfolio.csv',
        mimeType: 'text/csv',
        content: 'domain\r\nexample.com',
      }),
    })
    selectAccount()
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {})
    URL.createObjectURL ??= () => 'blob:x'
    const store = useExportsStore()
    await store.exportPortfolio()
    expect(click).toHaveBeenCalledOnce()
    expect(store.exporting).toBe(false)
  })

  it('says why when no account is selected, and is ready to try again', async () => {
    installFakeBridge({})
    const store = useExportsStore()
    await expect(store.exportPortfolio()).rejects.toThrow()
    expect(store.exportError).toBeTruthy()
    expect(store.exporting).toBe(false)
  })
})
