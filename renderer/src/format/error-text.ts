/**
 * Says a failure in the user's language. Main answers with a code, and for its own failures a
 * reason and params; the text comes from `i18n/{en,hy}/errors.json`, never from main's English
 * message. A reason or code this renderer does not know (an older or newer main) gets a generic
 * sentence with the code, so that the user can still report it.
 */
import { useI18n } from 'vue-i18n'
import type { ErrorParams, IpcError } from '@shared/ipc/errors'
import { currentI18n } from '@/i18n'

/** A failure as the renderer keeps it: the contract's shape, whatever was thrown. */
export interface ErrorInfo {
  code?: string
  reason?: string
  field?: string
  params?: ErrorParams
  fields?: Record<string, string[]>
  /** Main's English line, for the log only. */
  message: string
  outcomeUnknown?: boolean
}

/** What translating needs (vue-i18n's composer, or the app's global one). */
interface Translator {
  t: (key: string, ...args: never[]) => string
  te: (key: string) => boolean
  d: (value: Date, key: string) => string
}

/**
 * Normalises anything thrown (a BridgeError, an answer's error, an Error, a string), or a note
 * stored on a transfer or registration (a code or reason and params, without a message).
 */
export function errorInfo(e: unknown): ErrorInfo {
  if (e && typeof e === 'object') {
    const o = e as Partial<IpcError> & { message?: unknown }
    return {
      ...(typeof o.code === 'string' ? { code: o.code } : {}),
      ...(typeof o.reason === 'string' ? { reason: o.reason } : {}),
      ...(typeof o.field === 'string' ? { field: o.field } : {}),
      ...(o.params && typeof o.params === 'object' ? { params: o.params } : {}),
      ...(o.fields && typeof o.fields === 'object' ? { fields: o.fields } : {}),
      ...(o.outcomeUnknown ? { outcomeUnknown: true } : {}),
      message: typeof o.message === 'string' ? o.message : '',
    }
  }
  return { message: typeof e === 'string' ? e : '' }
}

/** The params that are times, sent as ISO strings. */
const TIME_PARAMS = ['since', 'after'] as const

/** Times (`since`, `after`) in the reader's format; the rest as sent. */
function shown(params: ErrorParams, d: Translator['d']): ErrorParams {
  const out: ErrorParams = { ...params }
  for (const name of TIME_PARAMS) {
    const value = params[name]
    if (typeof value === 'string' && !Number.isNaN(Date.parse(value)))
      out[name] = d(new Date(value), 'dateTime')
  }
  return out
}

/** The sentence for a failure, with the given translator. */
export function translateError(e: unknown, { t, te, d }: Translator): string {
  const info = errorInfo(e)
  const params = shown(info.params ?? {}, d)
  const say = (key: string) => {
    const tr = t as unknown as (k: string, p: ErrorParams, n?: number) => string
    // A `count` picks the plural form ("1 nameserver" / "2 nameservers").
    return typeof params.count === 'number' ? tr(key, params, params.count) : tr(key, params)
  }
  if (info.reason && te(`errors.reasons.${info.reason}`))
    return say(`errors.reasons.${info.reason}`)
  if (info.code && te(`errors.codes.${info.code}`)) return say(`errors.codes.${info.code}`)
  if (info.code || info.reason)
    return (t as unknown as (k: string, p: ErrorParams) => string)('errors.unknown', {
      code: info.reason ? `${info.code ?? '?'}/${info.reason}` : info.code!,
    })
  // Thrown in the renderer itself without a code: a bug, said without its English.
  return t('errors.codes.Internal')
}

/** `errorText(e)` for a component, in the component's language. */
export function useErrorText(): (e: unknown) => string {
  const { t, te, d } = useI18n()
  return (e) => translateError(e, { t, te, d } as unknown as Translator)
}

/** The sentence for a failure in the app's current language (for stores). */
export function errorText(e: unknown): string {
  const global = currentI18n().global as unknown as Translator
  return translateError(e, { t: global.t, te: global.te, d: global.d })
}

/** An error raised by the renderer itself, in the contract's shape (e.g. no account selected). */
export function appError(code: IpcError['code'], reason: IpcError['reason'], message: string) {
  return Object.assign(new Error(message), { code, reason })
}
