/**
 * Demo mode: the sandbox registrar running inside the main process on 127.0.0.1, seeded with a
 * portfolio, its state kept in the data folder, its clock running 30× so that a registration
 * turns active in well under a minute. Its token is random per run and never stored.
 */
import { join } from 'node:path'
import { startSandbox, type RunningSandbox } from '../../sandbox/index'
import type { ApiAccount } from '../core/vps-api/index'

/** Simulated seconds per real second in demo mode: 5–10 minutes pass in 10–20 seconds. */
export const DEMO_CLOCK_SPEED = 30

/** How the demo registrar runs. */
export interface DemoOptions {
  clockSpeed?: number
  domains?: number
  /**
   * Serve the sandbox's /__sandbox/ controls (clock, faults, balance). Default true for
   * development and the web preview; the packaged app passes false, since nothing there uses
   * them and a local page should not be able to reach them.
   */
  controls?: boolean
}

/** Starts the embedded sandbox on first use and hands out its credentials. */
export class DemoService {
  private starting: Promise<RunningSandbox> | undefined

  constructor(
    private readonly dataDir: string,
    private readonly options: DemoOptions = {},
  ) {}

  /** The sandbox's base URL and this run's token (starting it if needed). */
  async credentials(): Promise<ApiAccount> {
    const sandbox = await this.ensure()
    return { baseUrl: sandbox.baseUrl, token: sandbox.token }
  }

  /** The running sandbox, for tests and the web preview. */
  ensure(): Promise<RunningSandbox> {
    this.starting ??= startSandbox({
      statePath: join(this.dataDir, 'demo-sandbox.json'),
      clockSpeed: this.options.clockSpeed ?? DEMO_CLOCK_SPEED,
      domains: this.options.domains ?? 40,
      controls: this.options.controls ?? true,
    })
    return this.starting
  }

  async stop(): Promise<void> {
    const sandbox = await this.starting
    this.starting = undefined
    await sandbox?.close()
  }
}
