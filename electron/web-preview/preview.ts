/**
 * Wires a web preview: the real services on a data folder, the real dispatcher, the bridge
 * script, and the server. Used by the CLI and by the browser tests.
 */
import { existsSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { TokenVault } from '../main/core/vault/index'
import { createDispatcher } from '../main/ipc/dispatcher'
import { createHandlers } from '../main/ipc/handlers'
import { createVaultWithLog } from '../main/services/main-log'
import {
  createAppServices,
  type AppServices,
  type AppServicesOptions,
} from '../main/services/app-services'
import { bundleBridgeClient } from './bridge-bundle'
import { startPreviewServer, type PreviewServer } from './server'

export const DEFAULT_RENDERER_DIR = fileURLToPath(new URL('../../out/renderer', import.meta.url))

export interface PreviewOptions {
  port?: number
  /** Connect the demo account (the embedded sandbox). */
  demo?: boolean
  /** Data folder; default a new temporary one. */
  dataDir?: string
  rendererDir?: string
  vault?: TokenVault
  services?: Partial<AppServicesOptions>
}

export interface RunningPreview {
  url: string
  origin: string
  dataDir: string
  services: AppServices
  server: PreviewServer
  demoAccountId?: string
  close(): Promise<void>
}

/** Starts services and the preview server. */
export async function startPreview(options: PreviewOptions = {}): Promise<RunningPreview> {
  const rendererDir = options.rendererDir ?? DEFAULT_RENDERER_DIR
  if (!existsSync(join(rendererDir, 'index.html'))) {
    throw new Error(
      `No built renderer in ${rendererDir}. Run \`npm run build\` first (npm run web does).`,
    )
  }
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'domain-desk-web-'))
  const { vault, logger } = options.vault
    ? { vault: options.vault, logger: undefined }
    : createVaultWithLog(dataDir, { service: 'Domain Desk (web preview)' })
  const services = await createAppServices({
    dataDir,
    vault,
    logger,
    version: 'web-preview',
    ...options.services,
  })
  const [bridgeScript] = await Promise.all([bundleBridgeClient()])
  const dispatch = createDispatcher(createHandlers(services), services.logger)
  let demoAccountId: string | undefined
  if (options.demo) demoAccountId = (await services.accounts.connectDemo()).id
  const server = await startPreviewServer({
    port: options.port ?? 5899,
    rendererDir,
    dispatch,
    bus: services.bus,
    bridgeScript,
  })
  return {
    url: server.url,
    origin: server.origin,
    dataDir,
    services,
    server,
    demoAccountId,
    async close() {
      await server.close()
      await services.dispose()
    },
  }
}
