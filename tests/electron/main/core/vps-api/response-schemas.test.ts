import { readFileSync } from 'node:fs'
import { describe, expect, expectTypeOf, it } from 'vitest'
import { parse } from 'yaml'
import type { z } from 'zod'
import {
  checkResponse,
  domainDetailSchema,
  domainListSchema,
  domainSchema,
  errorDetailSchema,
  formatIssuePath,
  registerResponseSchema,
  transferResponseSchema,
  updateResponseSchema,
} from '../../../../../electron/main/core/vps-api/response-schemas'
import type {
  Domain,
  DomainDetail,
  DomainList,
  RegisterResponse,
  TransferResponse,
  UpdateResponse,
} from '../../../../../electron/shared/vps-api/types'
import { domain, domainDetail } from './support/fixtures'

const OPENAPI = new URL('../../../../../electron/shared/vps-api/openapi.yaml', import.meta.url)
const SCHEMA_BY_OPERATION: Record<string, z.ZodType> = {
  listDomains: domainListSchema,
  registerDomain: registerResponseSchema,
  getDomain: domainDetailSchema,
  updateDomain: updateResponseSchema,
  transferDomain: transferResponseSchema,
}

type Json = Record<string, any>

/** Every success-response example in openapi.yaml, with the operation it belongs to. */
function successExamples() {
  const doc = parse(readFileSync(OPENAPI, 'utf8')) as Json
  const found: { operation: string; name: string; value: unknown }[] = []
  for (const item of Object.values(doc.paths as Json)) {
    for (const op of Object.values(item as Json)) {
      if (typeof op !== 'object' || op === null || !('operationId' in op)) continue
      for (const [status, response] of Object.entries((op as Json).responses as Json)) {
        if (!status.startsWith('2')) continue
        const examples = (response as Json).content?.['application/json']?.examples ?? {}
        for (const [name, example] of Object.entries(examples as Json)) {
          found.push({ operation: (op as Json).operationId, name, value: (example as Json).value })
        }
      }
    }
  }
  return found
}

describe('response schemas', () => {
  const examples = successExamples()

  it('finds the reference examples of every operation that returns a body', () => {
    expect(new Set(examples.map((e) => e.operation))).toEqual(
      new Set(Object.keys(SCHEMA_BY_OPERATION)),
    )
  })

  it.each(examples.map((e) => [`${e.operation} (${e.name})`, e] as const))(
    'accept the %s example from openapi.yaml',
    (_label, example) => {
      const result = checkResponse(SCHEMA_BY_OPERATION[example.operation]!, example.value)
      expect(result).toMatchObject({ ok: true })
    },
  )

  it('tolerate extra fields and drop them from the result', () => {
    const result = checkResponse(domainSchema, { ...domain(1), brand_new_field: 'x' })
    expect(result.ok).toBe(true)
    expect(result.ok && 'brand_new_field' in result.value).toBe(false)
  })

  it('accept a list without next/previous and with null links', () => {
    expect(checkResponse(domainListSchema, { count: 0, results: [] }).ok).toBe(true)
    const nulls = { count: 1, next: null, previous: null, results: [domain(1)] }
    expect(checkResponse(domainListSchema, nulls).ok).toBe(true)
  })

  it('accept DRF date-time variants (microseconds, numeric offset)', () => {
    const value = domain(1, {
      registration_date: '2023-01-15T10:30:00.123456Z',
      expiration_date: '2026-01-15T10:30:00+00:00',
    })
    expect(checkResponse(domainSchema, value).ok).toBe(true)
  })

  it('name the path and the expectation of a wrong enum value deep in a list', () => {
    const results = [domain(1), domain(2), domain(3), domain(4, { status: 'frozen' })]
    const result = checkResponse(domainListSchema, { count: 4, results })
    expect(result).toEqual({
      ok: false,
      problem: 'results[3].status: expected one of active|pending|expired|locked',
    })
  })

  it('report a missing field as missing, and a wrong type without quoting the value', () => {
    const { registrar: _dropped, ...rest } = domainDetail()
    const missing = checkResponse(domainDetailSchema, rest)
    expect(missing).toEqual({ ok: false, problem: 'registrar: missing (expected string)' })

    const wrong = checkResponse(domainSchema, domain(1, { id: 'one-hundred' }))
    expect(wrong).toEqual({ ok: false, problem: 'id: expected number, got a string' })
    expect(JSON.stringify(wrong)).not.toContain('one-hundred')
  })

  it('reject a non-integer count and an unreadable date', () => {
    expect(checkResponse(domainListSchema, { count: 1.5, results: [] })).toEqual({
      ok: false,
      problem: 'count: expected integer, got a number',
    })
    const badDate = checkResponse(domainSchema, domain(1, { expiration_date: 'soon' }))
    expect(badDate).toEqual({
      ok: false,
      problem: 'expiration_date: expected an ISO-8601 date-time',
    })
  })

  it('check nested objects (whois_info) and list items', () => {
    const detail = domainDetail(101, { whois_info: { registrant: 'x' } })
    const result = checkResponse(domainDetailSchema, detail)
    expect(result.ok).toBe(false)
    expect(!result.ok && result.problem).toMatch(/^whois_info\.admin_contact: missing/)
    expect(!result.ok && result.problem).toMatch(/\(and 1 more\)$/)
    const list = checkResponse(domainListSchema, { count: 1, results: [domain(1), 'oops'] })
    expect(list).toEqual({ ok: false, problem: 'results[1]: expected object, got a string' })
  })

  it('describe a body that is not an object at all', () => {
    expect(checkResponse(domainListSchema, null)).toEqual({
      ok: false,
      problem: 'the body: expected object, got null',
    })
    expect(checkResponse(errorDetailSchema, [])).toEqual({
      ok: false,
      problem: 'the body: expected object, got a list',
    })
  })

  it('format issue paths with indexes and dots', () => {
    expect(formatIssuePath(['results', 3, 'whois_info', 'registrant'])).toBe(
      'results[3].whois_info.registrant',
    )
    expect(formatIssuePath([])).toBe('the body')
  })

  it('infer exactly the generated OpenAPI types', () => {
    expectTypeOf<z.infer<typeof domainSchema>>().toEqualTypeOf<Domain>()
    expectTypeOf<z.infer<typeof domainListSchema>>().toExtend<DomainList>()
    expectTypeOf<DomainList>().toExtend<z.infer<typeof domainListSchema>>()
    expectTypeOf<DomainDetail>().toExtend<z.infer<typeof domainDetailSchema>>()
    expectTypeOf<z.infer<typeof domainDetailSchema>>().toExtend<DomainDetail>()
    expectTypeOf<z.infer<typeof registerResponseSchema>>().toExtend<RegisterResponse>()
    expectTypeOf<RegisterResponse>().toExtend<z.infer<typeof registerResponseSchema>>()
    expectTypeOf<z.infer<typeof updateResponseSchema>>().toEqualTypeOf<UpdateResponse>()
    expectTypeOf<z.infer<typeof transferResponseSchema>>().toEqualTypeOf<TransferResponse>()
  })
})
