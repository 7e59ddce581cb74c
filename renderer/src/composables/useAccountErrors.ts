/**
 * Turns a failure of an account call (add, change token, rename, demo) into what the form shows:
 * a sentence for the whole form and messages for its fields, all in the user's language (the
 * error catalogue says main's failures by code and reason; main's English is never shown).
 */
import { useI18n } from 'vue-i18n'
import { errorInfo, useErrorText } from '@/format/error-text'
import type { AccountField } from '@/lib/welcome/connect-validation'

export type { AccountField }

/** What a form shows for a failure. */
export interface AccountErrorView {
  /** One sentence for the whole form. */
  summary: string
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
  const { t } = useI18n()
  const errorText = useErrorText()

  function describe(error: unknown, options: DescribeOptions): AccountErrorView {
    const info = errorInfo(error)
    const { code } = info
    if (code === 'Unauthorized' && !info.reason)
      return { summary: t('welcome.errors.unauthorized'), fields: {} }
    if (code === 'Network' || code === 'Timeout')
      return { summary: t('welcome.errors.unreachable', { url: options.baseUrl }), fields: {} }
    if (code === 'InvalidInput' || code === 'InvalidArgument') {
      // The field at fault (dotted path), and any others VPS.org or the contract named.
      const keys = [...(info.field ? [info.field] : []), ...Object.keys(info.fields ?? {})]
      const found: AccountErrorView['fields'] = {}
      for (const key of keys) {
        const field = fieldOf(key, options.positional ?? {})
        if (field) found[field] = t(`welcome.fieldErrors.${field}`)
      }
      if (Object.keys(found).length > 0)
        return { summary: t('welcome.errors.fields'), fields: found }
    }
    return { summary: errorText(info), fields: {} }
  }

  return { describe }
}
