/**
 * The only code that touches `window.domainDesk` (the preload's bridge in Electron, the web
 * preview's in a browser). It unwraps `{ ok, data } | { ok, error }` answers: data is returned,
 * errors are thrown as `BridgeError` with the contract's code, reason, field and params (the
 * renderer says them in the user's language, see format/error-text.ts).
 */
import type { DomainDeskApi } from '@shared/ipc/bridge'
import type { IpcError, IpcResult } from '@shared/ipc/errors'

/** A failure reported by the main process. */
export class BridgeError extends Error {
  readonly code: IpcError['code']
  readonly reason?: IpcError['reason']
  readonly field?: string
  readonly params?: IpcError['params']
  readonly fields?: Record<string, string[]>

  constructor(error: IpcError) {
    super(error.message)
    this.name = 'BridgeError'
    this.code = error.code
    this.reason = error.reason
    this.field = error.field
    this.params = error.params
    this.fields = error.fields
  }
}

/** Whether the page has a bridge (it does inside the app and in the web preview). */
export function hasBridge(): boolean {
  return window.domainDesk !== undefined
}

/** The bridge, or a clear error when the page was opened without one. */
export function bridge(): DomainDeskApi {
  const api = window.domainDesk
  if (!api) {
    throw new BridgeError({
      code: 'Internal',
      reason: 'notConnected',
      message:
        'This page is not connected to Domain Desk (open it in the app or through npm run web).',
    })
  }
  return api
}

/** Awaits an IPC answer and returns its data, or throws its error. */
export async function unwrap<T>(answer: Promise<IpcResult<T>>): Promise<T> {
  const result = await answer
  if (!result.ok) throw new BridgeError(result.error)
  return result.data
}
