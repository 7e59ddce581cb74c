import { protocol } from 'electron'
import { APP_SCHEME } from './app-origin'
import { createAppProtocolHandler } from './app-protocol-handler'
import { appSchemeDefinition } from './app-scheme'

/** Registers `app://` as a privileged scheme. Must be called before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([appSchemeDefinition()])
}

/**
 * Serves the built renderer (`rendererRoot`, e.g. `out/renderer`) at `app://domain-desk/` on
 * the default session. Call after the app is ready and before the main window loads.
 */
export function serveRendererOverAppProtocol(rendererRoot: string): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler({ rendererRoot }))
}
