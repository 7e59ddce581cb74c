import { Validator } from '@seriousme/openapi-schema-validator'
import { describe, expect, it } from 'vitest'
import { deref, openapi, OPENAPI_PATH, validatorFor } from '../../../support/openapi'

type Json = Record<string, any>
const METHODS = ['get', 'put', 'post', 'delete'] as const

interface Example {
  where: string
  pointer: string
  value: unknown
}

/** Every example embedded in the document, with the pointer of the schema it illustrates. */
function collectExamples(): Example[] {
  const found: Example[] = []
  const add = (where: string, pointer: string, media: Json | undefined) => {
    for (const [name, example] of Object.entries((media?.examples ?? {}) as Json)) {
      found.push({ where: `${where} (${name})`, pointer, value: (example as Json).value })
    }
  }
  for (const [path, item] of Object.entries(openapi.paths as Json)) {
    const esc = path.replace(/\//g, '~1')
    for (const method of METHODS) {
      const op = (item as Json)[method] as Json | undefined
      if (!op) continue
      const body = op.requestBody?.content?.['application/json'] as Json | undefined
      add(
        `${method} ${path} request`,
        `#/paths/${esc}/${method}/requestBody/content/application~1json/schema`,
        body,
      )
      for (const [status, response] of Object.entries(op.responses as Json)) {
        const pointer =
          typeof (response as Json).$ref === 'string'
            ? `${(response as Json).$ref}/content/application~1json/schema`
            : `#/paths/${esc}/${method}/responses/${status}/content/application~1json/schema`
        add(
          `${method} ${path} ${status}`,
          pointer,
          deref(response as Json).content?.['application/json'],
        )
      }
    }
  }
  return found
}

describe('openapi.yaml', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    const result = await new Validator().validate(OPENAPI_PATH)
    expect(result.errors ?? []).toEqual([])
    expect(result.valid).toBe(true)
  })

  it('documents the six endpoints of the reference', () => {
    const operations = Object.entries(openapi.paths as Json).flatMap(([path, item]) =>
      METHODS.filter((m) => (item as Json)[m]).map((m) => `${m.toUpperCase()} ${path}`),
    )
    expect(operations.sort()).toEqual([
      'DELETE /domains/{domain_id}/',
      'GET /domains/',
      'GET /domains/{domain_id}/',
      'POST /domains/',
      'POST /domains/{domain_id}/transfer/',
      'PUT /domains/{domain_id}/',
    ])
  })

  const examples = collectExamples()

  it('embeds the reference example of every request body and success response', () => {
    const reference = examples
      .filter((e) => e.where.endsWith('(reference)'))
      .map((e) => e.where.replace(/ \(reference\)$/, ''))
    expect(reference.sort()).toEqual([
      'get /domains/ 200',
      'get /domains/{domain_id}/ 200',
      'post /domains/ 201',
      'post /domains/ request',
      'post /domains/{domain_id}/transfer/ 200',
      'post /domains/{domain_id}/transfer/ request',
      'put /domains/{domain_id}/ 200',
      'put /domains/{domain_id}/ request',
    ])
  })

  it.each(examples.map((e) => [e.where, e] as const))(
    'example %s matches its schema',
    (_where, example) => {
      const validate = validatorFor(example.pointer)
      expect(validate(example.value), JSON.stringify(validate.errors)).toBe(true)
    },
  )

  it('rejects what the reference forbids (the schemas are not vacuous)', () => {
    const register = validatorFor('#/components/schemas/RegisterRequest')
    expect(register({ domain_name: 'a.com', years: 11 })).toBe(false)
    expect(register({ years: 1 })).toBe(false)
    expect(register({ domain_name: 'a.com', nameservers: ['ns1.a.com'] })).toBe(false)
    const domain = validatorFor('#/components/schemas/Domain')
    expect(domain({ id: 1, domain_name: 'a.com', status: 'gone' })).toBe(false)
    const list = validatorFor('#/components/schemas/DomainList')
    expect(list({ count: 1 })).toBe(false)
  })
})
