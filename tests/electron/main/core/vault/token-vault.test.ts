import { inspect } from 'node:util'
import { describe, expect, it, vi } from 'vitest'
import { createTokenVault, type KeytarLike } from '../../../../../electron/main/core/vault'
import { captureLogger, fakeKeytar, TOKEN } from './support/fake-keytar'

const SERVICE = 'Domain Desk unit test'
const FAST = 50

/** A vault on a fresh fake keychain, with a short timeout and a capturing logger. */
function setup(options: { platform?: NodeJS.Platform } = {}) {
  const backend = fakeKeytar()
  const logger = captureLogger()
  const vault = createTokenVault({ service: SERVICE, backend, timeoutMs: FAST, logger, ...options })
  return { backend, logger, vault }
}

/** The rejection of `promise`, or a failure if it resolves. */
async function rejectionOf(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise
  } catch (error) {
    return error as Error
  }
  throw new Error('expected a rejection')
}

describe('createTokenVault with a working keychain', () => {
  it('stores each account under the service name, keyed by account id', async () => {
    const { backend, vault } = setup()

    expect(await vault.set('acct-1', TOKEN)).toEqual({ storage: 'keychain' })
    await vault.set('acct-2', 'other-token')

    expect(backend.entries.get(`${SERVICE}\nacct-1`)).toBe(TOKEN)
    expect(backend.entries.get(`${SERVICE}\nacct-2`)).toBe('other-token')
  })

  it('probes the keychain once for status(), and again on recheck()', async () => {
    const { backend, vault } = setup()

    expect(await vault.status()).toEqual({ storage: 'keychain' })
    await Promise.all([vault.status(), vault.status()])
    expect(backend.calls.getPassword).toBe(1)

    expect(await vault.recheck()).toEqual({ storage: 'keychain' })
    expect(backend.calls.getPassword).toBe(2)
  })

  it('reads a token from the keychain once, then from memory', async () => {
    const { backend, vault } = setup()
    backend.entries.set(`${SERVICE}\nacct-1`, TOKEN)
    await vault.status()
    const probes = backend.calls.getPassword

    expect(await vault.get('acct-1')).toBe(TOKEN)
    expect(await vault.get('acct-1')).toBe(TOKEN)
    expect(backend.calls.getPassword - probes).toBe(1)
  })

  it('returns undefined for an account without a token', async () => {
    expect(await setup().vault.get('nobody')).toBeUndefined()
  })

  it('deletes both the keychain entry and the memory copy, and a missing entry is fine', async () => {
    const { backend, vault } = setup()
    await vault.set('acct-1', TOKEN)

    await vault.delete('acct-1')
    await vault.delete('acct-1')

    expect(backend.entries.size).toBe(0)
    expect(await vault.get('acct-1')).toBeUndefined()
  })

  it('lists the tokens it knows as secrets, and forgets deleted ones', async () => {
    const { backend, vault } = setup()
    backend.entries.set(`${SERVICE}\nacct-1`, 'read-token')
    await vault.get('acct-1')
    await vault.set('acct-2', TOKEN)
    expect(vault.knownSecrets().sort()).toEqual([TOKEN, 'read-token'].sort())

    await vault.delete('acct-2')
    expect(vault.knownSecrets()).toEqual(['read-token'])
  })

  it('does not bring a token back that was deleted while it was being read', async () => {
    const { backend, vault } = setup()
    backend.entries.set(`${SERVICE}\nacct-1`, TOKEN)
    await vault.status()

    const reading = vault.get('acct-1')
    const deleting = vault.delete('acct-1')
    await Promise.all([reading, deleting])

    expect(vault.knownSecrets()).toEqual([])
    expect(await vault.get('acct-1')).toBeUndefined()
  })

  it('refuses an empty account id or token without quoting the token', async () => {
    const { vault } = setup()
    expect((await rejectionOf(vault.set('', TOKEN))).message).not.toContain(TOKEN)
    await expect(vault.set('acct-1', '')).rejects.toThrow(TypeError)
    await expect(vault.get('')).rejects.toThrow(TypeError)
    await expect(vault.delete('')).rejects.toThrow(TypeError)
  })
})

describe('createTokenVault with a keychain that hangs', () => {
  it('gives up after the timeout and keeps tokens in memory', async () => {
    const { backend, vault } = setup()
    backend.hang('getPassword', true)

    const started = Date.now()
    const status = await vault.status()

    expect(Date.now() - started).toBeLessThan(2_000)
    expect(status.storage).toBe('memory')
    expect(status.reason).toMatch(/didn't answer within 50 milliseconds/)
    expect(status.fix).toMatch(/restart Domain Desk/)
    expect(await vault.set('acct-1', TOKEN)).toEqual(status)
    expect(await vault.get('acct-1')).toBe(TOKEN)
  })

  it('makes no further keychain calls until recheck(), not even to delete', async () => {
    const { backend, vault } = setup()
    backend.hang('getPassword', true)
    await vault.status()

    await vault.set('acct-1', TOKEN)
    await vault.get('acct-2')
    await vault.delete('acct-1')

    expect(backend.calls).toEqual({ getPassword: 1, setPassword: 0, deletePassword: 0 })
  })

  it('times out a hanging write after a working probe, reporting memory from set()', async () => {
    const { backend, vault } = setup()
    backend.hang('setPassword', true)

    const stored = await vault.set('acct-1', TOKEN)

    expect(stored.storage).toBe('memory')
    expect(stored.reason).toMatch(/didn't answer/)
    expect(await vault.get('acct-1')).toBe(TOKEN)
  })

  it('uses a 5 second limit by default', async () => {
    vi.useFakeTimers()
    try {
      const backend = fakeKeytar()
      backend.hang('getPassword', true)
      const status = createTokenVault({ backend }).status()
      await vi.advanceTimersByTimeAsync(4_999)
      expect(backend.calls.getPassword).toBe(1)
      await vi.advanceTimersByTimeAsync(1)
      expect((await status).reason).toMatch(/within 5 seconds/)
    } finally {
      vi.useRealTimers()
    }
  })
})

describe('createTokenVault with a keychain that fails to write', () => {
  // What libsecret says when GNOME Keyring has no default keyring and can't prompt for one.
  const NO_KEYRING = new Error(
    'Object does not exist at path “/org/freedesktop/secrets/collection/login”',
  )

  it('falls back to memory for that token and reports it from set() and status()', async () => {
    const { backend, vault } = setup({ platform: 'linux' })
    expect((await vault.status()).storage).toBe('keychain')
    backend.failWith('setPassword', NO_KEYRING)

    const stored = await vault.set('acct-1', TOKEN)

    expect(stored.storage).toBe('memory')
    expect(stored.reason).toMatch(/keyring is locked or has no default keyring/)
    expect(stored.fix).toMatch(/Unlock your keyring/)
    expect(await vault.status()).toEqual(stored)
    expect(await vault.get('acct-1')).toBe(TOKEN)
    expect(backend.entries.size).toBe(0)
  })

  it('saves memory-only tokens to the keychain once recheck() finds it working', async () => {
    const { backend, vault } = setup()
    backend.failWith('setPassword', NO_KEYRING)
    await vault.set('acct-1', TOKEN)
    backend.failWith('setPassword', undefined)

    expect(await vault.recheck()).toEqual({ storage: 'keychain' })

    const afterRestart = createTokenVault({ service: SERVICE, backend })
    expect(await afterRestart.get('acct-1')).toBe(TOKEN)
  })

  it('says what to do on macOS and Windows', async () => {
    for (const [platform, name] of [
      ['darwin', /macOS Keychain/],
      ['win32', /Windows Credential Manager/],
    ] as const) {
      const { backend, vault } = setup({ platform })
      backend.failWith('setPassword', new Error('User interaction is not allowed.'))
      const stored = await vault.set('acct-1', TOKEN)
      expect(stored.storage).toBe('memory')
      expect(stored.reason).toMatch(name)
      expect(stored.fix).toMatch(/restart Domain Desk/)
    }
  })
})

describe('createTokenVault scrubbing', () => {
  /** A keychain whose every call fails with an error that quotes the token. */
  function leakyBackend(): KeytarLike {
    const leak = (call: string) => async () => {
      throw new Error(`${call} failed for secret ${TOKEN} (Could not connect)`)
    }
    return {
      getPassword: leak('getPassword'),
      setPassword: leak('setPassword'),
      deletePassword: leak('deletePassword'),
    }
  }

  it('never logs or reports a token, even when the keychain error quotes it', async () => {
    const working = fakeKeytar()
    const logger = captureLogger()
    const vault = createTokenVault({ service: SERVICE, backend: working, logger })
    await vault.status()
    const leaky = leakyBackend()
    // The probe worked; from now on every call leaks.
    working.getPassword = leaky.getPassword
    working.setPassword = leaky.setPassword
    working.deletePassword = leaky.deletePassword

    const stored = await vault.set('acct-1', TOKEN)
    await vault.recheck()
    await vault.delete('acct-1')

    expect(logger.lines.length).toBeGreaterThan(0)
    expect(logger.lines.join('\n')).toContain('[redacted]')
    const everything = [...logger.lines, inspect(stored), inspect(await vault.status())]
    expect(everything.join('\n')).not.toContain(TOKEN)
  })

  it('scrubs a token read earlier from a later error about another account', async () => {
    const backend = fakeKeytar()
    const logger = captureLogger()
    backend.entries.set(`${SERVICE}\nacct-1`, TOKEN)
    const vault = createTokenVault({ service: SERVICE, backend, logger })
    await vault.get('acct-1')
    backend.failWith('setPassword', new Error(`store failed; last secret was ${TOKEN}`))

    await vault.set('acct-2', 'another-token')

    expect(logger.lines).toHaveLength(1)
    expect(logger.lines[0]).not.toContain(TOKEN)
  })
})
