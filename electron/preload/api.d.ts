/** What the preload script exposes to the renderer as `window.domainDesk` (frozen). */
export interface DomainDeskBridge {
  /** `process.platform` of the app: `darwin`, `win32`, `linux`… */
  readonly platform: string
  /** Versions of the runtime the app runs on. */
  readonly versions: Readonly<{ electron: string; chrome: string; node: string }>
}

declare global {
  interface Window {
    /** Present inside the Electron app; absent when the renderer runs in a plain browser. */
    domainDesk?: DomainDeskBridge
  }
}
