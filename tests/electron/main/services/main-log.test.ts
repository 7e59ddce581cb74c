import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createVaultWithLog, mainLogPath } from '../../../../electron/main/services/main-log'
import { fakeKeytar } from '../core/vault/support/fake-keytar'

const dirs: string[] = []
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })))

describe('createVaultWithLog', () => {
  it('writes the vault’s keychain warning to the main log, without the token', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'dd-main-log-'))
    dirs.push(dataDir)
    const backend = fakeKeytar()
    const { vault } = createVaultWithLog(dataDir, { backend, service: 'main-log-test' })
    const token = 'tok-4b1e-never-logged-9c2a'
    backend.failWith('setPassword', new Error(`The keyring is locked (${token})`))
    await vault.set('acct-1', token)
    const log = readFileSync(mainLogPath(dataDir), 'utf8')
    expect(log).toContain('Keychain not usable; API tokens are kept in memory for this session')
    expect(log).not.toContain(token)
  })
})
