/**
 * Error codes that cross IPC: the API client's taxonomy plus the app's own. The renderer picks
 * its reaction (and its translation) by code; `message` is English, written for the user.
 */
import { z } from 'zod'

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

/** A failure as the renderer receives it. */
export const IpcErrorSchema = z.object({
  code: z.enum(IPC_ERROR_CODES),
  message: z.string(),
  fields: z.record(z.string(), z.array(z.string())).optional(),
  /** For RateLimited: how long to wait. */
  retryAfterMs: z.number().optional(),
  /** For money calls: the request may have reached VPS.org. */
  outcomeUnknown: z.boolean().optional(),
})
export type IpcError = z.infer<typeof IpcErrorSchema>

/** Every IPC answer: data, or an error. Never a thrown exception across the bridge. */
export type IpcResult<T> = { ok: true; data: T } | { ok: false; error: IpcError }
