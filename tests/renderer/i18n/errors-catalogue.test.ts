import { describe, expect, it } from 'vitest'
import { ERROR_REASONS, IPC_ERROR_CODES, REASON_PARAMS } from '@shared/ipc/errors'
import { messages } from '@/i18n/all-messages'

type Catalogue = { unknown: string; codes: Record<string, string>; reasons: Record<string, string> }

const placeholders = (text: string) => [
  ...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!)),
]

describe('the error catalogue', () => {
  for (const locale of ['en', 'hy'] as const) {
    const catalogue = messages[locale].errors as Catalogue

    it(`has a ${locale} text for every error code`, () => {
      for (const code of IPC_ERROR_CODES) expect(catalogue.codes[code]?.trim(), code).toBeTruthy()
    })

    it(`has a ${locale} text for every reason, using only the params main sends with it`, () => {
      for (const reason of ERROR_REASONS) {
        const text = catalogue.reasons[reason]
        expect(text?.trim(), reason).toBeTruthy()
        const provided: readonly string[] = REASON_PARAMS[reason]
        for (const name of placeholders(text!))
          expect(provided, `${reason}: {${name}}`).toContain(name)
      }
    })

    it(`says codes without params in ${locale}, and has the generic text with the code`, () => {
      for (const code of IPC_ERROR_CODES) expect(placeholders(catalogue.codes[code]!)).toEqual([])
      expect(placeholders(catalogue.unknown)).toEqual(['code'])
    })

    it(`keeps no ${locale} text for a reason that no longer exists`, () => {
      expect(Object.keys(catalogue.reasons).sort()).toEqual([...ERROR_REASONS].sort())
    })
  }
})
