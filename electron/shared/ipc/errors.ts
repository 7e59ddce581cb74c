/**
 * The one error shape that crosses IPC. `code` is the kind of failure (the renderer picks its
 * reaction by it: retry, re-enter the token, wait); `reason` names the app's own failure exactly,
 * `params` are the values its text needs and `field` is the input at fault as a dotted path
 * (`nameservers.1`, `baseUrl`). The renderer translates code, reason and params from its
 * catalogue; `message` is English and meant for logs and older renderers only.
 */
import { z } from 'zod'
import { ERROR_REASONS, type ErrorReason } from './error-reasons'

export { ERROR_REASONS, REASON_PARAMS, type ErrorReason } from './error-reasons'

export const IPC_ERROR_CODES = [
  // From the VPS.org API client.
  'Unauthorized',
  'PaymentRequired',
  'NotFound',
  'Validation',
  'RateLimited',
  'Server',
  'Network',
  'Timeout',
  'BadResponse',
  'Cancelled',
  'InvalidInput',
  // The app's own.
  'Offline',
  'InvalidArgument',
  'Forbidden',
  'Conflict',
  'Keychain',
  'Storage',
  'Internal',
] as const

export type IpcErrorCode = (typeof IPC_ERROR_CODES)[number]

/** Values a reason's text is filled with. */
export type ErrorParams = Record<string, string | number>

const ErrorParamsSchema = z.record(z.string(), z.union([z.string(), z.number()]))

/**
 * What the app notes on a stored transfer or registration: a reason from the catalogue, or for a
 * VPS.org call that failed its code, with params. It is the part of an error that `errorText()`
 * says, so the note is said in the language read now, whenever it was written.
 */
export const StoredNoteSchema = z.object({
  code: z.enum(IPC_ERROR_CODES).optional(),
  reason: z.enum(ERROR_REASONS).optional(),
  params: ErrorParamsSchema.optional(),
})
export type StoredNote = z.infer<typeof StoredNoteSchema>

/** A failure as the renderer receives it. */
export const IpcErrorSchema = z.object({
  code: z.enum(IPC_ERROR_CODES),
  /** English, for the log: the renderer shows the catalogue's text instead. */
  message: z.string(),
  reason: z.enum(ERROR_REASONS).optional(),
  /** The input at fault, as a dotted path (`nameservers.0`, `baseUrl`). */
  field: z.string().optional(),
  params: ErrorParamsSchema.optional(),
  /** VPS.org's own validation messages (its words, untranslatable), by dotted field path. */
  fields: z.record(z.string(), z.array(z.string())).optional(),
  /** For RateLimited: how long to wait. */
  retryAfterMs: z.number().optional(),
  /** For money calls: the request may have reached VPS.org. */
  outcomeUnknown: z.boolean().optional(),
})
export type IpcError = z.infer<typeof IpcErrorSchema>

/** What main adds to a code to say exactly what failed. */
export interface ErrorDetail {
  reason?: ErrorReason
  field?: string
  params?: ErrorParams
  fields?: Record<string, string[]>
}

/** Every IPC answer: data, or an error. Never a thrown exception across the bridge. */
export type IpcResult<T> = { ok: true; data: T } | { ok: false; error: IpcError }
