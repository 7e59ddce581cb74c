import { describe, expect, it } from 'vitest'
import { KeychainTimeoutError, withTimeout } from '../../../../../electron/main/core/vault/timeout'

describe('withTimeout', () => {
  it('passes on a value that arrives in time', async () => {
    await expect(withTimeout(async () => 'ok', 100)).resolves.toBe('ok')
  })

  it('passes on a rejection that arrives in time', async () => {
    await expect(withTimeout(() => Promise.reject(new Error('no')), 100)).rejects.toThrow('no')
  })

  it('turns a synchronous throw into a rejection', async () => {
    const call = () => {
      throw new Error('Service is required.')
    }
    await expect(withTimeout(call, 100)).rejects.toThrow('Service is required.')
  })

  it('rejects with KeychainTimeoutError when the call never settles', async () => {
    const error = await withTimeout(() => new Promise(() => {}), 20).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(KeychainTimeoutError)
    expect((error as KeychainTimeoutError).timeoutMs).toBe(20)
  })
})
