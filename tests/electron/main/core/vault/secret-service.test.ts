/**
 * The vault against the real keychain: on Linux the throw-away GNOME Keyring of the private D-Bus
 * session that `npm test` starts (outside it these tests FAIL on purpose, with instructions); on
 * macOS and Windows the user's own keychain, so only when DOMAIN_DESK_KEYCHAIN_TESTS=1.
 */
import { randomUUID } from 'node:crypto'
import keytar from '@github/keytar'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createTokenVault } from '../../../../../electron/main/core/vault'
import { keychainProblem, realKeychainTestsAllowed } from './support/secret-service'

/** Unique per run, so that runs never see each other's entries. */
const SERVICE = `Domain Desk test ${randomUUID()}`
const ACCOUNTS = ['acct-1', 'acct-2', 'acct-3']

const allowed = realKeychainTestsAllowed()
let problem: string | undefined
beforeAll(async () => {
  if (allowed) problem = await keychainProblem(SERVICE)
})
beforeEach(() => {
  if (problem) throw new Error(problem)
})
afterAll(async () => {
  if (!allowed || problem) return
  for (const account of ACCOUNTS) await keytar.deletePassword(SERVICE, account)
})

const vault = () => createTokenVault({ service: SERVICE })

describe.runIf(allowed)('createTokenVault on the real keychain', () => {
  it('reports the keychain as the storage', async () => {
    expect(await vault().status()).toEqual({ storage: 'keychain' })
  })

  it('persists a token in the keychain: a second vault (no shared memory) reads it back', async () => {
    const token = `tok-${randomUUID()}`
    expect(await vault().set('acct-1', token)).toEqual({ storage: 'keychain' })

    expect(await vault().get('acct-1')).toBe(token)
    expect(await keytar.getPassword(SERVICE, 'acct-1')).toBe(token)
  })

  it('files one entry per account under the service, keeping accounts apart', async () => {
    const writer = vault()
    const tokens = ACCOUNTS.map((account) => `tok-${account}-${randomUUID()}`)
    for (const [i, account] of ACCOUNTS.entries()) await writer.set(account, tokens[i]!)

    const reader = vault()
    for (const [i, account] of ACCOUNTS.entries()) expect(await reader.get(account)).toBe(tokens[i])
    const stored = await keytar.findCredentials(SERVICE)
    expect(stored.map((c) => c.account).sort()).toEqual(ACCOUNTS)
  })

  it('overwrites an account’s token instead of adding a second entry', async () => {
    await vault().set('acct-2', 'first-token')
    await vault().set('acct-2', 'second-token')

    expect(await vault().get('acct-2')).toBe('second-token')
    const entries = (await keytar.findCredentials(SERVICE)).filter((c) => c.account === 'acct-2')
    expect(entries).toHaveLength(1)
  })

  it('deletes the keychain entry and the memory copy', async () => {
    const v = vault()
    await v.set('acct-3', 'doomed-token')
    expect(await v.get('acct-3')).toBe('doomed-token')

    await v.delete('acct-3')

    expect(await keytar.getPassword(SERVICE, 'acct-3')).toBeNull()
    expect(await v.get('acct-3')).toBeUndefined()
    expect(v.knownSecrets()).not.toContain('doomed-token')
  })

  it('deletes a missing entry without complaint', async () => {
    await expect(vault().delete(`never-${randomUUID()}`)).resolves.toBeUndefined()
  })

  it('returns undefined for an account with no entry', async () => {
    expect(await vault().get(`nobody-${randomUUID()}`)).toBeUndefined()
  })

  it('leaves no probe entry behind', async () => {
    const v = vault()
    await v.status()
    await v.recheck()
    const stored = await keytar.findCredentials(SERVICE)
    expect(stored.map((c) => c.account)).not.toContain('domain-desk-probe')
  })
})
