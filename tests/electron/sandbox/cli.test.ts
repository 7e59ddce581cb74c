import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parseCli } from '../../../electron/sandbox/cli'

const ROOT = fileURLToPath(new URL('../../../', import.meta.url))

describe('sandbox CLI', () => {
  it('parses every documented flag', () => {
    const { options } = parseCli([
      '--port',
      '9000',
      '--token',
      'T',
      '--domains',
      '500',
      '--seed',
      '7',
      '--balance',
      '12.5',
      '--faults',
      'reset=0.1',
      '--rate-limit',
      '20',
      '--state',
      's.json',
      '--clock-speed',
      '60',
      '--latency',
      '150:20',
      '--max-page-size',
      '100',
    ])
    expect(options).toEqual({
      port: 9000,
      token: 'T',
      domains: 500,
      seed: 7,
      balance: 12.5,
      faults: 'reset=0.1',
      rateLimit: 20,
      statePath: 's.json',
      clockSpeed: 60,
      latencyMs: 150,
      jitterMs: 20,
      maxPageSize: 100,
    })
    expect(parseCli([]).options.port).toBe(8787)
  })

  it.each([
    [['--port', 'eighty'], /--port must be a whole number/],
    [['--domains', '1.5'], /--domains must be a whole number/],
    [['--balance', ''], /--balance must be a number/],
    [['--colour'], /Unknown option/],
    [['--latency', 'fast'], /--latency must be MS or MS:JITTER/],
    [['--max-page-size', 'ten'], /--max-page-size must be a whole number/],
  ])('refuses %j', (argv, message) => {
    expect(() => parseCli(argv)).toThrow(message)
  })

  it('starts a real server on 127.0.0.1, prints its base URL and token, and stops on SIGTERM', async () => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        'electron/sandbox/cli.ts',
        '--port',
        '0',
        '--domains',
        '12',
        '--token',
        'cli-token',
        '--json',
      ],
      {
        cwd: ROOT,
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    )
    try {
      const [line] = (await once(createInterface({ input: child.stdout! }), 'line')) as [string]
      const summary = JSON.parse(line) as { base_url: string; token: string; domains: number }
      expect(summary).toMatchObject({
        token: 'cli-token',
        domains: 12,
        base_url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/api\/v1$/),
      })
      const res = await fetch(`${summary.base_url}/domains/`, {
        headers: { Authorization: 'Bearer cli-token' },
      })
      expect(((await res.json()) as { count: number }).count).toBe(12)
    } finally {
      child.kill('SIGTERM')
    }
    const [code] = (await once(child, 'exit')) as [number | null]
    expect(code).toBe(0)
  })
})
