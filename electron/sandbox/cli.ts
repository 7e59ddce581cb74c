/**
 * `npm run sandbox -- [--port 8787] [--token T] [--domains N] [--seed S] [--balance USD]
 *  [--faults SPEC] [--rate-limit N] [--latency MS[:JITTER]] [--max-page-size N] [--state FILE]
 *  [--clock-speed X] [--json]`
 * Starts the sandbox registrar on 127.0.0.1 and prints its base URL and token.
 */
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { isoSeconds } from './clock'
import { parseLatency } from './http/network'
import { startSandbox, type SandboxOptions } from './index'

/** The `--help` text: every option the sandbox takes (the README lists the same ones). */
export const USAGE = `Usage: npm run sandbox -- [options]
  --port N          TCP port on 127.0.0.1 (default 8787; 0 picks a free one)
  --token T         the API token to accept (default: a random sbx_… token)
  --domains N       size of the seeded portfolio, 0–100000 (default 40)
  --seed S          seed of the portfolio and of every random draw (default 1)
  --balance USD     account balance (default 1000)
  --faults SPEC     e.g. 5xx=0.05,reset=0.05,malformed=0.05,slow=0.05,slow_ms=300
                    kinds: 5xx, html, drop, reset, slow, malformed
  --rate-limit N    API requests per second before 429 + Retry-After
  --latency MS[:J]  delay every API answer by MS milliseconds, ± J (e.g. 150:30)
  --max-page-size N the server's page-size cap, 1–1000 (default 1000)
  --state FILE      keep the state in FILE (loaded when it exists)
  --clock-speed X   simulated seconds per real second (default 1; 0 freezes)
  --json            print one JSON line instead of text
  --help            this text`

function number(name: string, raw: string | undefined, integer: boolean): number | undefined {
  if (raw === undefined) return undefined
  const value = Number(raw)
  if (raw.trim() === '' || !Number.isFinite(value) || (integer && !Number.isInteger(value))) {
    throw new Error(`--${name} must be ${integer ? 'a whole number' : 'a number'}, got "${raw}".`)
  }
  return value
}

/** Parses the command line into sandbox options (throws with a clear message). */
export function parseCli(argv: string[]): {
  options: SandboxOptions
  json: boolean
  help: boolean
} {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      port: { type: 'string' },
      token: { type: 'string' },
      domains: { type: 'string' },
      seed: { type: 'string' },
      balance: { type: 'string' },
      faults: { type: 'string' },
      'rate-limit': { type: 'string' },
      latency: { type: 'string' },
      'max-page-size': { type: 'string' },
      state: { type: 'string' },
      'clock-speed': { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  })
  const latency = values.latency === undefined ? undefined : parseLatency(values.latency)
  const maxPageSize = number('max-page-size', values['max-page-size'], true)
  return {
    json: values.json ?? false,
    help: values.help ?? false,
    options: {
      port: number('port', values.port, true) ?? 8787,
      token: values.token,
      domains: number('domains', values.domains, true),
      seed: number('seed', values.seed, true),
      balance: number('balance', values.balance, false),
      faults: values.faults,
      rateLimit: number('rate-limit', values['rate-limit'], true),
      statePath: values.state,
      clockSpeed: number('clock-speed', values['clock-speed'], false),
      ...(latency ?? {}),
      ...(maxPageSize === undefined ? {} : { maxPageSize }),
    },
  }
}

async function main(): Promise<void> {
  let parsed: ReturnType<typeof parseCli>
  try {
    parsed = parseCli(process.argv.slice(2))
  } catch (e) {
    console.error(`${(e as Error).message}\n\n${USAGE}`)
    process.exit(2)
  }
  if (parsed.help) {
    console.log(USAGE)
    return
  }
  const sandbox = await startSandbox(parsed.options)
  const summary = {
    base_url: sandbox.baseUrl,
    token: sandbox.token,
    controls: `${sandbox.origin}/__sandbox/`,
    domains: sandbox.registrar.list().length,
    balance: sandbox.registrar.balanceCents / 100,
    clock: isoSeconds(sandbox.registrar.now()),
  }
  if (parsed.json) {
    console.log(JSON.stringify(summary))
  } else {
    console.log(`VPS.org sandbox registrar listening on 127.0.0.1:${sandbox.port}`)
    console.log(`  base URL: ${summary.base_url}`)
    console.log(`  token:    ${summary.token}`)
    console.log(`  controls: ${summary.controls}`)
    console.log(
      `  ${summary.domains} domains, balance $${summary.balance.toFixed(2)}, clock ${summary.clock}`,
    )
  }
  const stop = () => {
    void sandbox.close().then(() => process.exit(0))
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  main().catch((e: unknown) => {
    console.error(`The sandbox could not start: ${(e as Error).message}`)
    process.exit(1)
  })
}
