/**
 * A modelled network between the client and the registrar: every API answer is delayed by a
 * latency with optional jitter (loopback answers in microseconds, VPS.org across the internet in
 * tens or hundreds of milliseconds), and the server may cap the page size below the client's ask
 * (DRF's `max_page_size`). Both can change while the sandbox runs (`/__sandbox/network`).
 */
import { MAX_PAGE_SIZE } from './pagination'

/** The settings; all optional at start. */
export interface NetworkConfig {
  /** Mean delay of every API answer in ms (default 0). */
  latencyMs: number
  /** The delay varies uniformly by up to this many ms either way, never below 0 (default 0). */
  jitterMs: number
  /** The largest page the server hands out (default and most 1000). */
  maxPageSize: number
}

/** No delay, DRF's own cap. */
export const DEFAULT_NETWORK: NetworkConfig = {
  latencyMs: 0,
  jitterMs: 0,
  maxPageSize: MAX_PAGE_SIZE,
}

/** The largest latency accepted (a minute): anything longer is a typo, not a network. */
export const MAX_LATENCY_MS = 60_000

/** Why a network setting was refused, with the rule; null when it is valid. */
export function networkProblem(config: Partial<NetworkConfig>): string | null {
  const ms = (v: number | undefined) =>
    v === undefined || (Number.isFinite(v) && v >= 0 && v <= MAX_LATENCY_MS)
  if (!ms(config.latencyMs)) return `The latency must be 0–${MAX_LATENCY_MS} ms.`
  if (!ms(config.jitterMs)) return `The jitter must be 0–${MAX_LATENCY_MS} ms.`
  const max = config.maxPageSize
  if (max !== undefined && !(Number.isInteger(max) && max >= 1 && max <= MAX_PAGE_SIZE)) {
    return `The largest page size must be a whole number from 1 to ${MAX_PAGE_SIZE}.`
  }
  return null
}

/**
 * Parses `--latency MS[:JITTER]`, e.g. `150` or `150:30` (150 ms ± 30 ms). Throws a RangeError
 * that says what is wrong.
 */
export function parseLatency(spec: string): Pick<NetworkConfig, 'latencyMs' | 'jitterMs'> {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(?::\s*(\d+(?:\.\d+)?)\s*)?$/.exec(spec)
  if (!match) {
    throw new RangeError(
      `--latency must be MS or MS:JITTER in milliseconds (e.g. 150:30), got "${spec}".`,
    )
  }
  const config = { latencyMs: Number(match[1]), jitterMs: Number(match[2] ?? 0) }
  const problem = networkProblem(config)
  if (problem) throw new RangeError(`--latency: ${problem}`)
  return config
}

/** The live settings and the delay draw. */
export class NetworkModel {
  config: NetworkConfig

  constructor(
    config: Partial<NetworkConfig> = {},
    /** A float in [0, 1): the sandbox's seeded source, so a seed reproduces the delays. */
    private readonly random: () => number = Math.random,
  ) {
    const problem = networkProblem(config)
    if (problem) throw new RangeError(problem)
    this.config = { ...DEFAULT_NETWORK, ...config }
  }

  /** Changes some settings; throws a RangeError (and changes nothing) when one is invalid. */
  update(changes: Partial<NetworkConfig>): void {
    const problem = networkProblem(changes)
    if (problem) throw new RangeError(problem)
    this.config = { ...this.config, ...changes }
  }

  /** The delay of the next answer in ms. */
  nextDelayMs(): number {
    const { latencyMs, jitterMs } = this.config
    if (jitterMs === 0) return latencyMs
    return Math.max(0, latencyMs + (this.random() * 2 - 1) * jitterMs)
  }
}
