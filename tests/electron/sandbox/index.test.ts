import { describe, expect, it } from 'vitest'
import { startSandbox } from '../../../electron/sandbox/index'
import { startTestSandbox } from '../../support/sandbox'

describe('startSandbox', () => {
  it('serves on 127.0.0.1 with a base URL ending in /api/v1 and a random token by default', async () => {
    const sb = await startTestSandbox({ token: undefined, domains: 2 })
    expect(sb.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/v1$/)
    expect(sb.token).toMatch(/^sbx_[0-9a-f]{32}$/)
    expect((await sb.api('GET', '/domains/')).json.count).toBe(2)
  })

  it.each([
    [{ domains: 100_001 }, /--domains must be a whole number from 0 to 100000/],
    [{ domains: 2.5 }, /--domains/],
    [{ balance: -1 }, /--balance/],
    [{ port: 70_000 }, /--port/],
    [{ token: 'has space' }, /printable ASCII/],
    [{ faults: 'reset=2' }, /between 0 and 1/],
  ])('refuses %j with a clear message', async (options, message) => {
    await expect(startSandbox(options)).rejects.toThrow(message)
  })

  it('logs the name each registration asked for, whether or not it was created', async () => {
    const sb = await startTestSandbox({ domains: 2 })
    await sb.api('POST', '/domains/', { domain_name: 'logged-name.com', years: 1 })
    await sb.api('POST', '/domains/', { domain_name: 'logged-name.com', years: 1 })
    expect(sb.log.since().map((e) => [e.status, e.requested_name, e.effect ?? null])).toEqual([
      [201, 'logged-name.com', 'domain.created'],
      [400, 'logged-name.com', null],
    ])
  })
})
