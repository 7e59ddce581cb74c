import { afterEach, describe, expect, it } from 'vitest'
import { BridgeError, bridge, hasBridge, unwrap } from '@/api/bridge'
import { fetchPrices } from '@/api/prices'

afterEach(() => {
  delete window.domainDesk
})

describe('renderer api bridge', () => {
  it('returns the data of a successful answer', async () => {
    await expect(unwrap(Promise.resolve({ ok: true as const, data: 42 }))).resolves.toBe(42)
  })

  it('throws the main process’s error with its code and field messages', async () => {
    const failure = unwrap(
      Promise.resolve({
        ok: false as const,
        error: { code: 'Offline' as const, message: 'No network.', fields: { a: ['b'] } },
      }),
    )
    await expect(failure).rejects.toBeInstanceOf(BridgeError)
    await expect(failure).rejects.toMatchObject({
      code: 'Offline',
      message: 'No network.',
      fields: { a: ['b'] },
    })
  })

  it('says clearly when the page has no bridge', () => {
    expect(hasBridge()).toBe(false)
    expect(() => bridge()).toThrow(/not connected to Domain Desk/)
  })

  it('calls the named channel through window.domainDesk', async () => {
    const rows = [{ tld: 'com', registerCents: 1, renewCents: 2, transferCents: 3 }]
    window.domainDesk = {
      prices: { get: async () => ({ ok: true, data: rows }) },
    } as unknown as NonNullable<typeof window.domainDesk>
    await expect(fetchPrices()).resolves.toEqual(rows)
  })
})
