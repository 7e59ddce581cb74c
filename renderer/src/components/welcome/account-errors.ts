/**
 * Turns a failure of an account call (add, change token, rename, demo) into what the form shows:
 * a sentence for the whole form and messages for its fields. Main writes its messages in
 * English, so they are shown as they are in English and under a translated summary otherwise.
 */
import { useI18n } from 'vue-i18n'

/** The fields the account forms have. */
export type AccountField = 'label' | 'token' | 'baseUrl'

/** What a form shows for a failure. */
export interface AccountErrorView {
  /** One sentence for the whole form. */
  summary: string
  /** Main's own English message when the summary is a translation of it; else null. */
  detail: string | null
  fields: Partial<Record<AccountField, string>>
}

/** Context for `describe`. */
export interface DescribeOptions {
  /** The base URL the call used (named when VPS.org can't be reached). */
  baseUrl: string
  /** The field a positional argument stands for (channels report `1`, `0.label`, …). */
  positional?: Record<string, AccountField>
}

const KNOWN_FIELDS: readonly string[] = ['label', 'token', 'baseUrl']

function fieldOf(key: string, positional: Record<string, AccountField>): AccountField | null {
  if (positional[key]) return positional[key]
  const last = key.split('.').pop() ?? key
  return KNOWN_FIELDS.includes(last) ? (last as AccountField) : null
}

/** The `describe` function for the current language. */
export function useAccountErrors() {
  const { t, te, locale } = useI18n()

  function describe(error: unknown, options: DescribeOptions): AccountErrorView {
    const { code, message, fields } = error as {
      code?: string
      message?: string
      fields?: Record<string, string[]>
    }
    const mainMessage = message || t('errors.codes.Internal')
    const english = locale.value === 'en'
    const fromMain = (): AccountErrorView => {
      const codeKey = `errors.codes.${code}`
      if (english || !te(codeKey)) return { summary: mainMessage, detail: null, fields: {} }
      return { summary: t(codeKey), detail: mainMessage, fields: {} }
    }

    if (code === 'Unauthorized')
      return { summary: t('welcome.errors.unauthorized'), detail: null, fields: {} }
    if (code === 'Network' || code === 'Timeout') {
      return {
        summary: t('welcome.errors.unreachable', { url: options.baseUrl }),
        detail: null,
        fields: {},
      }
    }
    if (code === 'InvalidInput' || code === 'InvalidArgument') {
      const found: AccountErrorView['fields'] = {}
      for (const [key, messages] of Object.entries(fields ?? {})) {
        const field = fieldOf(key, options.positional ?? {})
        if (!field) continue
        found[field] = english && messages[0] ? messages[0] : t(`welcome.fieldErrors.${field}`)
      }
      if (Object.keys(found).length > 0)
        return { summary: t('welcome.errors.fields'), detail: null, fields: found }
    }
    return fromMain()
  }

  return { describe }
}
