import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  flattenFieldErrors,
  inspectBody,
  sanitizeServerText,
  serverDetail,
  summarizeFields,
} from '../../../../../electron/main/core/vps-api/server-body'

describe('flattenFieldErrors', () => {
  it('keeps plain DRF field lists', () => {
    expect(flattenFieldErrors({ domain_name: ['This domain is already registered.'] })).toEqual({
      domain_name: ['This domain is already registered.'],
    })
  })

  it('turns list-field errors keyed by index into name[index]', () => {
    const body = { nameservers: { '0': ['Enter a valid host name.'], '3': ['Too long.'] } }
    expect(flattenFieldErrors(body)).toEqual({
      'nameservers[0]': ['Enter a valid host name.'],
      'nameservers[3]': ['Too long.'],
    })
  })

  it('turns per-item error objects and nested objects into paths', () => {
    const body = {
      contacts: [{}, { email: ['Invalid.'] }],
      whois: { admin: { name: 'Required.' } },
    }
    expect(flattenFieldErrors(body)).toEqual({
      'contacts[1].email': ['Invalid.'],
      'whois.admin.name': ['Required.'],
    })
  })

  it('keeps non_field_errors and detail, and files a bare list or string under non_field_errors', () => {
    expect(flattenFieldErrors({ non_field_errors: ['No.'], detail: 'Bad.' })).toEqual({
      non_field_errors: ['No.'],
      detail: ['Bad.'],
    })
    expect(flattenFieldErrors(['Top-level problem.'])).toEqual({
      non_field_errors: ['Top-level problem.'],
    })
    expect(flattenFieldErrors('Just text.')).toEqual({ non_field_errors: ['Just text.'] })
  })

  it('sanitizes messages and never throws, whatever the JSON', () => {
    expect(flattenFieldErrors({ a: ['line\u0000one\n\u202Eevil'] })).toEqual({
      a: ['line one evil'],
    })
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const fields = flattenFieldErrors(value)
        for (const messages of Object.values(fields)) {
          expect(messages.length).toBeGreaterThan(0)
          for (const m of messages) expect(typeof m).toBe('string')
        }
      }),
    )
  })
})

describe('summarizeFields', () => {
  it('prefixes field names but not general messages, and counts the rest', () => {
    const summary = summarizeFields({
      non_field_errors: ['No.'],
      years: ['Too many.'],
      'nameservers[0]': ['Bad.'],
      auto_renew: ['Must be boolean.'],
    })
    expect(summary).toBe('No; years: Too many; nameservers[0]: Bad (and 1 more)')
  })
})

describe('inspectBody', () => {
  it('recognises HTML by markup or Content-Type, and keeps the page title', () => {
    const page = '<html><head><title> 502  Bad\nGateway </title></head></html>'
    expect(inspectBody(page)).toEqual({ kind: 'html', htmlTitle: '502 Bad Gateway' })
    expect(inspectBody('Oops', 'text/html')).toEqual({ kind: 'html' })
  })

  it('parses JSON whatever the Content-Type says', () => {
    expect(inspectBody('{"detail":"x"}', 'text/html')).toEqual({
      kind: 'json',
      json: { detail: 'x' },
    })
  })

  it('reports empty and non-JSON text with a short excerpt', () => {
    expect(inspectBody('  \n')).toEqual({ kind: 'empty' })
    const text = inspectBody('{"count": 3, "results": [')
    expect(text.kind).toBe('text')
    const long = inspectBody('x'.repeat(5000))
    expect(long.excerpt!.length).toBeLessThanOrEqual(120)
  })
})

describe('serverDetail and sanitizeServerText', () => {
  it('takes detail (or message/error) when it is a string', () => {
    expect(serverDetail({ detail: 'Invalid token.' })).toBe('Invalid token.')
    expect(serverDetail({ message: 'Hmm.' })).toBe('Hmm.')
    expect(serverDetail({ detail: 42 })).toBeUndefined()
    expect(serverDetail(['x'])).toBeUndefined()
  })

  it('removes control and bidi characters, collapses space and cuts long text', () => {
    expect(sanitizeServerText('a\u0007b\u200Bc\r\n  d')).toBe('a b c d')
    expect(sanitizeServerText('abcdefghij', 5)).toBe('abcd…')
  })
})
