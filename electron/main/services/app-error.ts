/**
 * The app's own failures, and the one mapping from anything thrown to what crosses IPC: the
 * client's ApiError keeps its code; a full disk becomes Storage; anything unexpected becomes
 * Internal (the details go to the log, never to the renderer). The renderer translates by code,
 * reason and params; the English message is for the log.
 */
import type { ErrorDetail, IpcError, IpcErrorCode, StoredNote } from '../../shared/ipc/errors'
import { isApiError } from '../core/vps-api/index'
import { isDiskFull, sqliteCode } from '../core/db/sqlite'

/** A failure the app reports with a code, a reason the renderer translates, and an English line. */
export class AppError extends Error {
  readonly reason?: ErrorDetail['reason']
  readonly field?: string
  readonly params?: ErrorDetail['params']
  readonly fields?: Record<string, string[]>

  constructor(
    readonly code: IpcErrorCode,
    message: string,
    detail: ErrorDetail = {},
  ) {
    super(message)
    this.name = 'AppError'
    this.reason = detail.reason
    this.field = detail.field
    this.params = detail.params
    this.fields = detail.fields
  }
}

/** The detail of a rejected nameserver list: the first entry at fault, and how many problems. */
export function nameserverDetail(
  parsed: { index?: number; issues: readonly unknown[] },
  path: string,
): ErrorDetail {
  return {
    reason: 'invalidNameservers',
    field: parsed.index === undefined ? path : `${path}.${parsed.index}`,
    params: { count: parsed.issues.length },
  }
}

/**
 * What a failed paid request leaves on its stored transfer or registration: the failure's code,
 * said from the catalogue, and VPS.org's own validation messages as its words. Only messages
 * from an answer of VPS.org count (the client's own input checks are its English), and the client
 * has already scrubbed secrets such as the EPP code from them. Anything else thrown is Internal.
 */
export function failureNote(error: unknown): { note: StoredNote; words: string | null } {
  if (!isApiError(error)) return { note: { code: 'Internal' }, words: null }
  const fields = error.status === undefined ? {} : (error.fields ?? {})
  const said = Object.entries(fields).map(([field, messages]) => `${field}: ${messages.join(' ')}`)
  return { note: { code: error.code }, words: said.length > 0 ? said.join(' ') : null }
}

/** Only the detail that is there (the answer carries no `undefined` keys). */
function detailOf(d: ErrorDetail): ErrorDetail {
  return {
    ...(d.reason ? { reason: d.reason } : {}),
    ...(d.field !== undefined ? { field: d.field } : {}),
    ...(d.params ? { params: d.params } : {}),
    ...(d.fields ? { fields: d.fields } : {}),
  }
}

/** Turns any thrown value into an IpcError. `logUnexpected` hears about the ones that were bugs. */
export function toIpcError(
  error: unknown,
  logUnexpected: (error: unknown) => void = () => {},
): IpcError {
  if (error instanceof AppError) {
    return { code: error.code, message: error.message, ...detailOf(error) }
  }
  if (isApiError(error)) {
    const json = error.toJSON()
    return {
      code: json.code,
      message: json.message,
      ...(json.fields ? { fields: json.fields } : {}),
      ...(json.retryAfterMs !== undefined ? { retryAfterMs: json.retryAfterMs } : {}),
      ...(json.outcomeUnknown ? { outcomeUnknown: true } : {}),
    }
  }
  if (isDiskFull(error)) {
    return {
      code: 'Storage',
      reason: 'diskFull',
      message:
        'The disk is full, so Domain Desk could not save to its offline cache. Nothing was lost; free some space and try again.',
    }
  }
  if (sqliteCode(error)) {
    logUnexpected(error)
    return {
      code: 'Storage',
      reason: 'cacheUnreadable',
      message:
        'Domain Desk could not read or write its offline cache. Restart the app; if it happens again, see the log.',
    }
  }
  logUnexpected(error)
  return {
    code: 'Internal',
    reason: 'unexpected',
    message: 'Something went wrong inside Domain Desk. The details are in its log file.',
  }
}
