/**
 * The sandbox answers every documented status of every endpoint with a body that matches
 * openapi.yaml, starting with the reference's own example requests (base URL swapped).
 */
import { describe, expect, it } from 'vitest'
import { openapi, responseErrors } from '../../support/openapi'
import { startTestSandbox, type TestSandbox } from '../../support/sandbox'

type Json = Record<string, any>

function example(path: string, method: string): unknown {
  return openapi.paths[path][method].requestBody.content['application/json'].examples.reference
    .value
}

interface Scenario {
  /** Puts the sandbox in the state the scenario needs; returns the request. */
  run(sb: TestSandbox): Promise<{ status: number; json: unknown }>
}

const reg = example('/domains/', 'post') as Json
const put = example('/domains/{domain_id}/', 'put')
const transfer = example('/domains/{domain_id}/transfer/', 'post')
const noAuth = { auth: false as const }
const throttled = async (sb: TestSandbox, method: string, path: string, body?: unknown) => {
  sb.rateLimiter.perSecond = 1
  await sb.api('GET', '/domains/')
  return sb.api(method, path, body)
}

/** One scenario per documented (method, path, status). */
const SCENARIOS: Record<string, Scenario> = {
  'get /domains/ 200': { run: (sb) => sb.api('GET', '/domains/') },
  'get /domains/ 400': { run: (sb) => sb.api('GET', '/domains/?status=gone') },
  'get /domains/ 401': { run: (sb) => sb.api('GET', '/domains/', undefined, noAuth) },
  'get /domains/ 404': { run: (sb) => sb.api('GET', '/domains/?page=99') },
  'get /domains/ 429': { run: (sb) => throttled(sb, 'GET', '/domains/') },
  'post /domains/ 201': { run: (sb) => sb.api('POST', '/domains/', reg) },
  'post /domains/ 400': {
    run: (sb) => sb.api('POST', '/domains/', { ...reg, domain_name: 'example.com' }),
  },
  'post /domains/ 401': { run: (sb) => sb.api('POST', '/domains/', reg, noAuth) },
  'post /domains/ 402': {
    run: async (sb) => {
      await sb.control('POST', '/account', { balance: 5 })
      return sb.api('POST', '/domains/', reg)
    },
  },
  'post /domains/ 429': { run: (sb) => throttled(sb, 'POST', '/domains/', reg) },
  'get /domains/{domain_id}/ 200': { run: (sb) => sb.api('GET', '/domains/101/') },
  'get /domains/{domain_id}/ 401': {
    run: (sb) => sb.api('GET', '/domains/101/', undefined, noAuth),
  },
  'get /domains/{domain_id}/ 404': { run: (sb) => sb.api('GET', '/domains/9999/') },
  'get /domains/{domain_id}/ 429': { run: (sb) => throttled(sb, 'GET', '/domains/101/') },
  'put /domains/{domain_id}/ 200': { run: (sb) => sb.api('PUT', '/domains/101/', put) },
  'put /domains/{domain_id}/ 400': {
    run: (sb) => sb.api('PUT', '/domains/101/', { nameservers: ['only.one.ns'] }),
  },
  'put /domains/{domain_id}/ 401': { run: (sb) => sb.api('PUT', '/domains/101/', put, noAuth) },
  'put /domains/{domain_id}/ 404': { run: (sb) => sb.api('PUT', '/domains/9999/', put) },
  'put /domains/{domain_id}/ 429': { run: (sb) => throttled(sb, 'PUT', '/domains/101/', put) },
  'delete /domains/{domain_id}/ 204': { run: (sb) => sb.api('DELETE', '/domains/101/') },
  'delete /domains/{domain_id}/ 401': {
    run: (sb) => sb.api('DELETE', '/domains/101/', undefined, noAuth),
  },
  'delete /domains/{domain_id}/ 404': { run: (sb) => sb.api('DELETE', '/domains/9999/') },
  'delete /domains/{domain_id}/ 429': { run: (sb) => throttled(sb, 'DELETE', '/domains/101/') },
  'post /domains/{domain_id}/transfer/ 200': {
    run: (sb) => sb.api('POST', '/domains/102/transfer/', transfer),
  },
  'post /domains/{domain_id}/transfer/ 400': {
    run: (sb) => sb.api('POST', '/domains/101/transfer/', transfer),
  },
  'post /domains/{domain_id}/transfer/ 401': {
    run: (sb) => sb.api('POST', '/domains/102/transfer/', transfer, noAuth),
  },
  'post /domains/{domain_id}/transfer/ 402': {
    run: async (sb) => {
      await sb.control('POST', '/account', { balance: 1 })
      return sb.api('POST', '/domains/102/transfer/', transfer)
    },
  },
  'post /domains/{domain_id}/transfer/ 404': {
    run: (sb) => sb.api('POST', '/domains/9999/transfer/', transfer),
  },
  'post /domains/{domain_id}/transfer/ 429': {
    run: (sb) => throttled(sb, 'POST', '/domains/102/transfer/', transfer),
  },
}

function documented(): string[] {
  return Object.entries(openapi.paths as Json).flatMap(([path, item]) =>
    ['get', 'put', 'post', 'delete']
      .filter((m) => (item as Json)[m])
      .flatMap((m) =>
        Object.keys((item as Json)[m].responses).map((status) => `${m} ${path} ${status}`),
      ),
  )
}

describe('sandbox conformance with openapi.yaml', () => {
  it('has a scenario for every documented status of every endpoint', () => {
    expect(Object.keys(SCENARIOS).sort()).toEqual(documented().sort())
  })

  it.each(Object.keys(SCENARIOS))('%s', async (key) => {
    const [method, path, status] = key.split(' ') as [string, string, string]
    const sb = await startTestSandbox()
    const res = await SCENARIOS[key]!.run(sb)
    expect(res.status).toBe(Number(status))
    if (status === '204') expect(res.json).toBeUndefined()
    else expect(responseErrors(path, method, Number(status), res.json)).toBeNull()
  })

  it("answers the reference's register example with its total_cost of 24.98", async () => {
    const sb = await startTestSandbox()
    const res = await sb.api('POST', '/domains/', reg)
    expect(res.json).toMatchObject({
      domain_name: 'mynewdomain.com',
      status: 'pending',
      total_cost: 24.98,
    })
    expect(Date.parse(res.json.expiration_date) - Date.parse(res.json.registration_date)).toBe(
      731 * 86_400_000,
    )
  })

  it('pages every listing with next links until null, every page conforming', async () => {
    const sb = await startTestSandbox({ domains: 45 })
    let url: string | null = `${sb.baseUrl}/domains/`
    const ids: number[] = []
    while (url) {
      const res = await fetch(url, { headers: { Authorization: `Bearer ${sb.token}` } })
      const body = (await res.json()) as { next: string | null; results: { id: number }[] }
      expect(responseErrors('/domains/', 'get', 200, body)).toBeNull()
      ids.push(...body.results.map((d) => d.id))
      url = body.next
    }
    expect(ids).toEqual(Array.from({ length: 45 }, (_, i) => 101 + i))
  })
})
