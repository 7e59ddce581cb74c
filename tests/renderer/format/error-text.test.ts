import { beforeEach, describe, expect, it } from 'vitest'
import { BridgeError } from '@/api/bridge'
import { createAppI18n } from '@/i18n'
import { messages } from '@/i18n/all-messages'
import { errorInfo, errorText } from '@/format/error-text'

describe('errorText', () => {
  beforeEach(() => {
    createAppI18n('hy', messages)
  })

  it('says a reason with its params in the current language, not main’s English', () => {
    const error = new BridgeError({
      code: 'Conflict',
      reason: 'alreadyInAccount',
      params: { name: 'example.am' },
      message: 'example.am is already in this account.',
    })
    expect(errorText(error)).toBe('example.am-ն արդեն այս հաշվում է։')
  })

  it('falls back to the code’s text when there is no reason', () => {
    expect(errorText(new BridgeError({ code: 'Network', message: 'fetch failed' }))).toBe(
      'VPS.org-ին հնարավոր չեղավ միանալ։',
    )
  })

  it('picks the plural form by count', () => {
    createAppI18n('en', messages)
    const one = { code: 'InvalidArgument', reason: 'invalidNameservers', params: { count: 1 } }
    const two = { ...one, params: { count: 2 } }
    expect(errorText({ ...one, message: '' })).toMatch(/^A nameserver is not valid/)
    expect(errorText({ ...two, message: '' })).toMatch(/^2 nameservers have problems/)
  })

  it('formats the offline time for the reader', () => {
    createAppI18n('en', messages)
    const text = errorText({
      code: 'Offline',
      reason: 'offline',
      params: { since: '2026-03-01T10:00:00.000Z' },
      message: '',
    })
    expect(text).not.toContain('2026-03-01T10')
    expect(text).toContain('2026')
  })

  it("says a stored note (no message at all) and formats its 'after' time for the reader", () => {
    createAppI18n('hy', messages)
    const text = errorText({
      reason: 'registrationProcessing',
      params: { name: 'օրինակ.հայ', after: '2026-03-01T10:02:00.000Z' },
    })
    expect(text).toContain('օրինակ.հայ-ը')
    expect(text).toContain('մշակում է հարցումը')
    expect(text).not.toContain('2026-03-01T10')
    expect(text).toContain('2026')
  })

  it('says an unknown code (an older or newer main) generically, with the code', () => {
    expect(errorText({ code: 'Quota', message: 'Over quota' })).toBe(
      'Ինչ-որ բան սխալ գնաց (սխալի կոդ՝ Quota)։',
    )
    expect(errorText({ code: 'Conflict', reason: 'newThing', message: 'x' })).toBe(
      'Դա հակասում է արդեն ընթացող գործողությանը։',
    )
  })

  it('never shows the English of an error thrown without a code', () => {
    expect(errorText(new Error('Cannot read properties of undefined'))).toBe(
      'Domain Desk-ի ներսում սխալ առաջացավ։',
    )
  })

  it('keeps the contract’s fields when normalising', () => {
    const info = errorInfo(
      new BridgeError({ code: 'InvalidArgument', field: 'nameservers.1', message: 'm' }),
    )
    expect(info).toMatchObject({ code: 'InvalidArgument', field: 'nameservers.1', message: 'm' })
  })
})
