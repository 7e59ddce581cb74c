/**
 * Test helper: the real main-process services (no Electron) on a temp data folder, a fake
 * in-memory keychain, the real dispatcher, and a sandbox registrar with an account connected.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach } from 'vitest'
import type { SandboxOptions } from '../../electron/sandbox/index'
import { createTokenVault } from '../../electron/main/core/vault/index'
import { trustedCall } from './trusted-call'
import { memoryKeytar } from './memory-keytar'
import { createDispatcher, type Dispatch } from '../../electron/main/ipc/dispatcher'
import { createHandlers } from '../../electron/main/ipc/handlers'
import {
  createAppServices,
  type AppServices,
  type AppServicesOptions,
} from '../../electron/main/services/app-services'
import { createMemoryLogger } from '../../electron/main/services/logger'
import { startTestSandbox, type TestSandbox } from './sandbox'

export { memoryKeytar } from './memory-keytar'

export interface TestApp {
  dataDir: string
  sandbox: TestSandbox
  services: AppServices
  dispatch: Dispatch
  /** Calls a channel as the app's own page would and returns the unwrapped data (throws on error). */
  call<T = any>(channel: string, ...args: unknown[]): Promise<T>
  accountId: string
  keytar: ReturnType<typeof memoryKeytar>
  logLines: string[]
}

const running: Array<() => Promise<void>> = []
afterEach(async () => {
  for (const stop of running.splice(0).reverse()) await stop()
})

/** Starts services + sandbox and adds an account for the sandbox (unless `connect` is false). */
export async function startTestApp(
  options: {
    sandbox?: SandboxOptions
    services?: Partial<AppServicesOptions>
    connect?: boolean
    dataDir?: string
  } = {},
): Promise<TestApp> {
  const sandbox = await startTestSandbox({ domains: 30, ...options.sandbox })
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'domain-desk-'))
  const keytar = memoryKeytar()
  const { services, dispatch, call, logLines } = await openServices(
    dataDir,
    keytar,
    options.services,
  )
  let accountId = ''
  if (options.connect !== false) {
    const account = await call('accounts.add', {
      label: 'Sandbox',
      baseUrl: sandbox.baseUrl,
      token: sandbox.token,
    })
    accountId = account.id
    await services.sync.idle()
  }
  return { dataDir, sandbox, services, dispatch, call, accountId, keytar, logLines }
}

/** The services on a data folder and keychain, with a dispatcher, disposed after the test. */
async function openServices(
  dataDir: string,
  keytar: ReturnType<typeof memoryKeytar>,
  overrides: Partial<AppServicesOptions> = {},
): Promise<Pick<TestApp, 'services' | 'dispatch' | 'call' | 'logLines'>> {
  const vault = createTokenVault({ backend: keytar, service: 'test' })
  const logger = createMemoryLogger(() => vault.knownSecrets())
  const services = await createAppServices({
    dataDir,
    vault,
    version: '0.0.0-test',
    logger,
    refreshIntervalMs: 0,
    notificationIntervalMs: 0,
    // Off unless a test asks: its background requests would mix with the requests tests count.
    detailsBackfillLimit: 0,
    client: { minRetryDelayMs: 1, maxRetryDelayMs: 5, timeoutMs: 3_000 },
    ...overrides,
  })
  running.push(() => services.dispose())
  const dispatch = createDispatcher(createHandlers(services), logger)
  const call = trustedCall(dispatch)
  return { services, dispatch, call, logLines: logger.lines }
}

/**
 * What the next launch would be: new services on the same data folder, keychain and sandbox
 * (running their start-up recovery). The old instance is left as it is, as a killed process is.
 */
export async function reopenTestApp(
  app: TestApp,
  services: Partial<AppServicesOptions> = {},
): Promise<TestApp> {
  return { ...app, ...(await openServices(app.dataDir, app.keytar, services)) }
}
