/**
 * The app's note on a stored transfer or registration, as two columns: `message_code` (a reason
 * from the catalogue, or the code of a VPS.org call that failed) and `message_params` (JSON).
 */
import {
  IPC_ERROR_CODES,
  REASON_PARAMS,
  type ErrorParams,
  type IpcErrorCode,
  type StoredNote,
} from '../../../shared/ipc/errors'

/** The note from its columns; null for none, or for a code this version does not know. */
export function noteFrom(code: string | null, params: string | null): StoredNote | null {
  if (code === null) return null
  const parsed = params ? { params: JSON.parse(params) as ErrorParams } : {}
  if (Object.hasOwn(REASON_PARAMS, code))
    return { reason: code as keyof typeof REASON_PARAMS, ...parsed }
  if ((IPC_ERROR_CODES as readonly string[]).includes(code))
    return { code: code as IpcErrorCode, ...parsed }
  return null
}

/** The columns for a note: its reason (or code) and its params as JSON. */
export function noteColumns(note: StoredNote | null | undefined): [string | null, string | null] {
  if (!note) return [null, null]
  const params = note.params && Object.keys(note.params).length > 0 ? note.params : null
  return [note.reason ?? note.code ?? null, params ? JSON.stringify(params) : null]
}
