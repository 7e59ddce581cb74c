/**
 * The app's own failures, and the one mapping from anything thrown to what crosses IPC: the
 * client's ApiError keeps its code; a full disk becomes Storage; anything unexpected becomes
 * Internal with a generic message (the details go to the log, never to the renderer).
 */
import type { IpcError, IpcErrorCode } from '../../shared/ipc/errors'
import { isApiError } from '../core/vps-api/index'
import { isDiskFull, sqliteCode } from '../core/db/sqlite'

/** A failure the app reports with a code and a sentence for the user. */
export class AppError extends Error {
  constructor(
    readonly code: IpcErrorCode,
    message: string,
    readonly fields?: Record<string, string[]>,
  ) {
    super(message)
    this.name = 'AppError'
  }
}

/** Turns any thrown value into an IpcError. `logUnexpected` hears about the ones that were bugs. */
export function toIpcError(
  error: unknown,
  logUnexpected: (error: unknown) => void = () => {},
): IpcError {
  if (error instanceof AppError) {
    return {
      code: error.code,
      message: error.message,
      ...(error.fields ? { fields: error.fields } : {}),
    }
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
      message:
        'The disk is full, so Domain Desk could not save to its offline cache. Nothing was lost; free some space and try again.',
    }
  }
  if (sqliteCode(error)) {
    logUnexpected(error)
    return {
      code: 'Storage',
      message:
        'Domain Desk could not read or write its offline cache. Restart the app; if it happens again, see the log.',
    }
  }
  logUnexpected(error)
  return {
    code: 'Internal',
    message: 'Something went wrong inside Domain Desk. The details are in its log file.',
  }
}
