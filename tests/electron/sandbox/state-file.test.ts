import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadState } from '../../../electron/sandbox/state-file'
import { startTestSandbox, TEST_TOKEN } from '../../support/sandbox'

async function tempFile(): Promise<string> {
  return join(await mkdtemp(join(tmpdir(), 'sandbox-state-')), 'state.json')
}

describe('sandbox state file', () => {
  it('keeps domains, balance, removals and the clock across restarts, without the token', async () => {
    const path = await tempFile()
    const first = await startTestSandbox({ domains: 5, statePath: path })
    const created = await first.api('POST', '/domains/', { domain_name: 'kept.co', years: 1 })
    await first.api('DELETE', '/domains/101/')
    await first.control('POST', '/clock', { advance_seconds: 3600 })
    await first.close()
    expect(await readFile(path, 'utf8')).not.toContain(TEST_TOKEN)

    const second = await startTestSandbox({ domains: 99, seed: 42, statePath: path })
    const names = second.registrar.list().map((d) => d.name)
    expect(names).toContain('kept.co')
    expect(names).not.toContain('example.com')
    expect(names).toHaveLength(5)
    expect(second.registrar.isTaken('example.com')).toBe(true)
    expect(second.registrar.balanceCents).toBe(100_000 - 2499)
    expect((await second.control('GET', '/clock')).json.now).toBe('2026-11-29T13:00:00Z')
    expect((await second.api('GET', `/domains/${created.json.id}/`)).json.status).toBe('active')
    const next = await second.api('POST', '/domains/', { domain_name: 'after-restart.com' })
    expect(next.json.id).toBe(created.json.id + 1)
  })

  it('writes shortly after a change, not only at shutdown', async () => {
    const path = await tempFile()
    const sb = await startTestSandbox({ domains: 2, statePath: path })
    await sb.api('PUT', '/domains/101/', { auto_renew: false })
    await new Promise((r) => setTimeout(r, 400))
    const saved = loadState(path)!
    expect(saved.domains.find((d) => d.id === 101)?.autoRenew).toBe(false)
  })

  it('refuses a file that is not a state file, with a clear message', async () => {
    const path = await tempFile()
    await writeFile(path, '{"hello": 1}')
    expect(() => loadState(path)).toThrow(/is not a sandbox state file/)
    await writeFile(path, '{"version": 1, "domai')
    expect(() => loadState(path)).toThrow(/not valid JSON/)
    expect(loadState(`${path}.missing`)).toBeUndefined()
  })
})
