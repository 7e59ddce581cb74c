/**
 * The one gate every IPC call passes, whatever the transport (Electron IPC or the web preview's
 * WebSocket): the sender must be trusted, the channel known and the arguments valid against the
 * contract (zod, at runtime) before any service runs; every answer is
 * `{ ok: true, data } | { ok: false, error: { code, reason?, field?, params?, message } }` and never carries a
 * stack, a token or an unchecked shape.
 */
import { z } from 'zod'
import { channels, TOKEN_CARRYING_CHANNELS, type ChannelName } from '../../shared/ipc/contract'
import { IpcErrorSchema, type IpcResult } from '../../shared/ipc/errors'
import { toIpcError } from '../services/app-error'
import type { AppLogger } from '../services/logger'
import type { Handlers } from './handlers'

/** Who is calling, as the transport knows it. */
export interface Sender {
  /** Whether the transport vouches for the caller (the app's own page, an authenticated socket). */
  trusted: boolean
  /** The caller's URL, for the log. */
  url?: string
}

export type Dispatch = (
  channel: string,
  args: unknown,
  sender: Sender,
) => Promise<IpcResult<unknown>>

function fieldErrors(error: z.ZodError): Record<string, string[]> {
  const fields: Record<string, string[]> = {}
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? issue.path.join('.') : '_'
    ;(fields[key] ??= []).push(issue.message)
  }
  return fields
}

function isChannel(name: string): name is ChannelName {
  return Object.prototype.hasOwnProperty.call(channels, name)
}

/** Builds the dispatcher over the handlers. */
export function createDispatcher(handlers: Handlers, logger: AppLogger): Dispatch {
  return async (channel, args, sender) => {
    if (!sender.trusted) {
      logger.warn('IPC call from an untrusted sender refused', { channel, url: sender.url })
      return {
        ok: false,
        error: {
          code: 'Forbidden',
          reason: 'untrustedSender',
          message: 'This page is not allowed to talk to Domain Desk.',
        },
      }
    }
    if (!isChannel(channel)) {
      return {
        ok: false,
        error: {
          code: 'InvalidArgument',
          reason: 'invalidRequest',
          message: `Unknown request "${String(channel).slice(0, 64)}".`,
        },
      }
    }
    const contract = channels[channel]
    const parsed = contract.args.safeParse(Array.isArray(args) ? args : [args])
    if (!parsed.success) {
      const fields = fieldErrors(parsed.error)
      const first = parsed.error.issues[0]
      const where = first && first.path.length > 0 ? ` (argument ${first.path.join('.')})` : ''
      logger.warn('IPC arguments refused', {
        channel,
        fields: TOKEN_CARRYING_CHANNELS.includes(channel) ? Object.keys(fields) : fields,
      })
      return {
        ok: false,
        error: {
          code: 'InvalidArgument',
          reason: 'invalidRequest',
          message: `Invalid request to ${channel}${where}: ${first?.message ?? 'wrong arguments'}.`,
          ...(first && first.path.length > 0 ? { field: first.path.join('.') } : {}),
          fields,
        },
      }
    }
    try {
      const handler = handlers[channel] as (...a: unknown[]) => unknown
      const data = await handler(...(parsed.data as unknown[]))
      const checked = contract.result.safeParse(data)
      if (!checked.success) {
        logger.error('IPC result does not match the contract', {
          channel,
          issues: checked.error.issues.slice(0, 5),
        })
        return {
          ok: false,
          error: {
            code: 'Internal',
            reason: 'unverifiedAnswer',
            message:
              'Domain Desk produced an answer it could not vouch for. The details are in its log file.',
          },
        }
      }
      return { ok: true, data: checked.data }
    } catch (error) {
      const failure = toIpcError(error, (e) =>
        logger.error('IPC handler failed', { channel, error: e }),
      )
      // Errors answer in the contract's shape like data does; a malformed one is a bug here.
      const checked = IpcErrorSchema.safeParse(failure)
      if (checked.success) return { ok: false, error: checked.data }
      logger.error('IPC error does not match the contract', {
        channel,
        issues: checked.error.issues,
      })
      return {
        ok: false,
        error: { code: 'Internal', reason: 'unexpected', message: failure.message },
      }
    }
  }
}
