/**
 * `protocol` of the stand-in. Chromium cannot be taught a new scheme from outside, so a
 * privileged standard scheme `scheme://host/…` is carried as `http://host.scheme.localhost/…`
 * (a secure context, like a `secure` privileged scheme) and every request to such a URL is
 * answered by the handler the app gave `protocol.handle`, with the app's own URL in the Request
 * and the handler's status, headers (CSP included) and body passed through unchanged.
 */
import type { CustomScheme } from 'electron'
import type { StandinState } from './state'

const CARRIER = /^http:\/\/([^/?#]+)\.([a-z][a-z0-9+.-]*)\.localhost(?::\d+)?(?=[/?#]|$)/i

/** A handler as `protocol.handle` takes it. */
export type ProtocolHandler = (request: Request) => Response | Promise<Response>

/** The http URL Chromium loads for an app URL; other URLs are returned as they are. */
export function toCarrierUrl(url: string, schemes: ReadonlySet<string>): string {
  const match = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]*)(.*)$/i.exec(url)
  if (!match || !schemes.has(match[1]!.toLowerCase())) return url
  return `http://${match[2]}.${match[1]!.toLowerCase()}.localhost${match[3] || '/'}`
}

/** The app URL a carrier URL stands for; other URLs are returned as they are. */
export function fromCarrierUrl(url: string, schemes: ReadonlySet<string>): string {
  const match = CARRIER.exec(url)
  if (!match || !schemes.has(match[2]!.toLowerCase())) return url
  return `${match[2]!.toLowerCase()}://${match[1]}${url.slice(match[0].length)}`
}

/** The `protocol` module. */
export function createProtocol(state: StandinState) {
  return {
    registerSchemesAsPrivileged(schemes: CustomScheme[]): void {
      if (state.ready) {
        throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready')
      }
      for (const { scheme, privileges } of schemes) {
        // Only standard schemes have hosts and origins, which the carrier URL needs.
        if (!privileges?.standard) throw new Error(`The stand-in carries only standard schemes`)
        state.privilegedSchemes.add(scheme.toLowerCase())
      }
    },
    handle(scheme: string, handler: ProtocolHandler): void {
      if (!state.ready) throw new Error('protocol.handle must be called after app is ready')
      if (state.protocolHandlers.has(scheme)) {
        throw new Error(`The scheme has been handled: ${scheme}`)
      }
      state.protocolHandlers.set(scheme, handler)
    },
    unhandle(scheme: string): void {
      state.protocolHandlers.delete(scheme)
    },
    isProtocolHandled(scheme: string): boolean {
      return state.protocolHandlers.has(scheme)
    },
  }
}
