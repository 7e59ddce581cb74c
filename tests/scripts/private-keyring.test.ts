/**
 * Runs inside the session `npm test` starts (scripts/run-tests.ts): proves the Secret Service the
 * tests write to is the throw-away one, whose keyring file lives under the session's temporary
 * XDG_DATA_HOME, and not the developer's own.
 */
import { randomUUID } from 'node:crypto'
import { existsSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import keytar from '@github/keytar'
import { describe, expect, it } from 'vitest'
import { PRIVATE_KEYRING_VARIABLE } from '../../scripts/test-env'

const inSession = process.platform === 'linux' && process.env[PRIVATE_KEYRING_VARIABLE] === '1'

describe.runIf(inSession)('the private keyring session', () => {
  it('keeps every XDG folder and the runtime folder in a temporary directory', () => {
    for (const name of ['XDG_DATA_HOME', 'XDG_CACHE_HOME', 'XDG_CONFIG_HOME', 'XDG_RUNTIME_DIR'])
      expect(process.env[name], name).toMatch(new RegExp(`^${tmpdir()}/domain-desk-test-session-`))
  })

  it('stores secrets in the throw-away keyring under that folder', async () => {
    const service = `Domain Desk session probe ${randomUUID()}`
    await keytar.setPassword(service, 'probe', 'secret')
    try {
      expect(await keytar.getPassword(service, 'probe')).toBe('secret')
      const keyrings = join(process.env.XDG_DATA_HOME!, 'keyrings')
      expect(existsSync(keyrings)).toBe(true)
      expect(readdirSync(keyrings).some((f) => f.endsWith('.keyring'))).toBe(true)
    } finally {
      await keytar.deletePassword(service, 'probe')
    }
  })
})
