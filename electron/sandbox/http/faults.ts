/**
 * Fault injection for API requests (never for /__sandbox/ controls), at given rates and as a
 * queue of one-shot faults for precise tests. Kinds:
 * - `5xx`: a 500 or 503 JSON error before anything is processed;
 * - `html`: a proxy's 502 HTML page before anything is processed;
 * - `drop`: the connection is closed before anything is processed;
 * - `reset`: the request IS processed (committed), then the connection is closed with no answer;
 * - `slow`: the answer is delayed by `slow_ms`;
 * - `malformed`: the request is processed, then the JSON body is cut in half.
 */
import type { SeededRandom } from '../random'

export const FAULT_KINDS = ['5xx', 'html', 'drop', 'reset', 'slow', 'malformed'] as const
export type FaultKind = (typeof FAULT_KINDS)[number]

/** A one-shot fault for the next request that matches. */
export interface QueuedFault {
  kind: FaultKind
  method?: string
  path?: string
}

/** Rates per kind (0..1, summing to at most 1) and the delay of `slow`. */
export interface FaultConfig {
  rates: Partial<Record<FaultKind, number>>
  slowMs: number
}

export const DEFAULT_SLOW_MS = 1500

/**
 * Parses `--faults`: comma-separated `kind=rate` pairs, rates as fractions or percentages, plus
 * `slow_ms=N`. Example: `5xx=0.05,reset=5%,malformed=0.05,slow=0.05,slow_ms=300`.
 */
export function parseFaultSpec(spec: string): FaultConfig {
  const config: FaultConfig = { rates: {}, slowMs: DEFAULT_SLOW_MS }
  for (const part of spec
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const [key, raw] = part.split('=').map((s) => s.trim())
    if (!key || raw === undefined || raw === '') {
      throw new Error(`Fault "${part}" is not of the form kind=rate (e.g. reset=0.05).`)
    }
    if (key === 'slow_ms') {
      const ms = Number(raw)
      if (!Number.isInteger(ms) || ms < 0)
        throw new Error(`slow_ms must be a whole number of ms, got "${raw}".`)
      config.slowMs = ms
      continue
    }
    if (!(FAULT_KINDS as readonly string[]).includes(key)) {
      throw new Error(`Unknown fault "${key}". Known: ${FAULT_KINDS.join(', ')}, slow_ms.`)
    }
    const rate = raw.endsWith('%') ? Number(raw.slice(0, -1)) / 100 : Number(raw)
    if (!Number.isFinite(rate) || rate < 0 || rate > 1) {
      throw new Error(`Fault rate for ${key} must be between 0 and 1 (or 0%–100%), got "${raw}".`)
    }
    config.rates[key as FaultKind] = rate
  }
  validateRates(config.rates)
  return config
}

/** Throws when the rates are not a valid distribution. */
export function validateRates(rates: FaultConfig['rates']): void {
  const total = Object.values(rates).reduce((sum, r) => sum + (r ?? 0), 0)
  if (total > 1 + 1e-9)
    throw new Error(`Fault rates add up to ${total.toFixed(3)}; they must not exceed 1.`)
}

/** Decides, per request, which fault (if any) to inject. */
export class FaultInjector {
  config: FaultConfig
  private queue: QueuedFault[] = []

  constructor(
    private readonly rng: SeededRandom,
    config: FaultConfig = { rates: {}, slowMs: DEFAULT_SLOW_MS },
  ) {
    this.config = config
  }

  /** Adds one-shot faults, consumed in order by the first matching request. */
  enqueue(faults: QueuedFault[]): void {
    this.queue.push(...faults)
  }

  /** Pending one-shot faults. */
  get queued(): readonly QueuedFault[] {
    return this.queue
  }

  /** Which 5xx an injected server error uses: 500 or 503, half each. */
  serverErrorStatus(): 500 | 503 {
    return this.rng.chance(0.5) ? 500 : 503
  }

  /** The fault for this request, if any. */
  decide(method: string, path: string): FaultKind | undefined {
    const i = this.queue.findIndex(
      (f) => (!f.method || f.method.toUpperCase() === method) && (!f.path || f.path === path),
    )
    if (i >= 0) return this.queue.splice(i, 1)[0]!.kind
    const r = this.rng.float()
    let edge = 0
    for (const kind of FAULT_KINDS) {
      edge += this.config.rates[kind] ?? 0
      if (r < edge) return kind
    }
    return undefined
  }
}
