import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ApiError, VpsApiClient, type ApiAccount } from '../../../../../electron/main/core/vps-api'
import {
  captureLogger,
  domain,
  domainDetail,
  registerResponse,
  rejectionOf,
  TOKEN,
  transferResponse,
  updateResponse,
} from './support/fixtures'
import {
  closedPort,
  hang,
  html,
  json,
  noContent,
  raw,
  resetBeforeAnswer,
  resetMidBody,
  startScriptedServer,
  type ScriptedServer,
} from './support/scripted-server'

let server: ScriptedServer
let account: ApiAccount
/** Tiny delays so that retries cost milliseconds. */
const client = new VpsApiClient({ minRetryDelayMs: 1, maxRetryDelayMs: 5, timeoutMs: 2_000 })

beforeEach(async () => {
  server = await startScriptedServer()
  account = { baseUrl: server.baseUrl, token: TOKEN }
})
afterEach(async () => {
  await server.close()
})

async function failure(promise: () => Promise<unknown>): Promise<ApiError> {
  const error = await rejectionOf(promise)
  expect(error).toBeInstanceOf(ApiError)
  return error as ApiError
}

const bodyOf = (i: number) => JSON.parse(server.requests[i]!.body) as unknown

describe('VpsApiClient reads', () => {
  it('gets domain details, tolerating extra fields', async () => {
    server.script(json(200, { ...domainDetail(101), new_field: [1, 2] }))
    await expect(client.getDomain(account, 101)).resolves.toEqual(domainDetail(101))
    expect(server.requests[0]?.url).toBe('/api/v1/domains/101/')
  })

  it('reports a wrongly typed field as BadResponse naming the field, without retrying', async () => {
    server.script(json(200, { count: 2, results: [domain(1), domain(2, { locked: 'yes' })] }))
    const error = await failure(() => client.listDomainsPage(account))
    expect(error.code).toBe('BadResponse')
    expect(error.message).toContain('results[1].locked: expected boolean, got a string')
    expect(server.requests).toHaveLength(1)
  })

  it('retries a GET whose 200 body was truncated JSON or a portal page', async () => {
    server.script(
      raw(200, '{"id": 7, "domain_name": "exa', 'application/json'),
      html(200, 'Sign in to Wi-Fi'),
      json(200, domainDetail(7)),
    )
    await expect(client.getDomain(account, 7)).resolves.toMatchObject({ id: 7 })
    expect(server.requests).toHaveLength(3)
  })

  it('retries a GET after a 503 and an HTML 502, then succeeds', async () => {
    server.script(json(503, { detail: 'busy' }), html(502), json(200, domainDetail(7)))
    await expect(client.getDomain(account, 7)).resolves.toMatchObject({ id: 7 })
    expect(server.requests).toHaveLength(3)
  })

  it('retries a GET after a connection reset and a cut-off body', async () => {
    server.script(resetBeforeAnswer(), resetMidBody(200), json(200, domainDetail(7)))
    await expect(client.getDomain(account, 7)).resolves.toMatchObject({ id: 7 })
    expect(server.requests).toHaveLength(3)
  })

  it('honours Retry-After: 1 on a 429 before retrying', async () => {
    server.script(
      json(429, { detail: 'Slow down.' }, { 'Retry-After': '1' }),
      json(200, domainDetail(7)),
    )
    await client.getDomain(account, 7)
    const [first, second] = server.requests
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(950)
  })

  it('gives up when Retry-After is longer than maxRetryAfterMs', async () => {
    const impatient = new VpsApiClient({ minRetryDelayMs: 1, maxRetryAfterMs: 500 })
    server.script(json(429, {}, { 'Retry-After': '3600' }))
    const error = await failure(() => impatient.getDomain(account, 7))
    expect(error).toMatchObject({ code: 'RateLimited', retryAfterMs: 3_600_000 })
    expect(server.requests).toHaveLength(1)
  })

  it('does not retry a 404 or a 401', async () => {
    server.script(json(404, { detail: 'Not found.' }))
    expect(await failure(() => client.getDomain(account, 7))).toMatchObject({ code: 'NotFound' })
    server.script(json(401, { detail: 'Invalid token.' }))
    expect(await failure(() => client.getDomain(account, 7))).toMatchObject({
      code: 'Unauthorized',
    })
    expect(server.requests).toHaveLength(2)
  })

  it('turns a caller abort into Cancelled, also while waiting to retry', async () => {
    server.script(hang())
    const controller = new AbortController()
    setTimeout(() => controller.abort(), 50)
    expect(
      await failure(() => client.getDomain(account, 7, { signal: controller.signal })),
    ).toMatchObject({
      code: 'Cancelled',
    })

    server.script(json(503, {}, { 'Retry-After': '30' }))
    const waiting = new AbortController()
    setTimeout(() => waiting.abort(), 100)
    const started = performance.now()
    expect(
      await failure(() => client.getDomain(account, 7, { signal: waiting.signal })),
    ).toMatchObject({
      code: 'Cancelled',
    })
    expect(performance.now() - started).toBeLessThan(2_000)
  })

  it('refuses an invalid id without sending anything', async () => {
    expect(await failure(() => client.getDomain(account, -3))).toMatchObject({
      code: 'InvalidInput',
    })
    expect(server.requests).toHaveLength(0)
  })
})

describe('VpsApiClient lists', () => {
  it('sends status, search and page_size on one page', async () => {
    server.script(json(200, { count: 0, results: [] }))
    await client.listDomainsPage(account, { status: 'active', search: 'shop', page_size: 10 })
    expect(server.requests[0]?.url).toBe('/api/v1/domains/?status=active&search=shop&page_size=10')
  })

  it('fetches a next link verbatim, and refuses a foreign one without sending', async () => {
    server.script(json(200, { count: 0, results: [] }))
    await client.listDomainsPage(account, {
      url: `${server.baseUrl}/domains/?page=2&page_size=10&x=%2F`,
    })
    expect(server.requests[0]?.url).toBe('/api/v1/domains/?page=2&page_size=10&x=%2F')
    const error = await failure(() =>
      client.listDomainsPage(account, { url: 'https://evil.example/api/v1/domains/' }),
    )
    expect(error.code).toBe('BadResponse')
    expect(server.requests).toHaveLength(1)
  })

  it('follows next across pages, tolerating a wrong count and duplicates', async () => {
    const link = (n: number) => `${server.baseUrl}/domains/?page=${n}&page_size=2&status=active`
    server.script(
      json(200, { count: 3, next: link(2), previous: null, results: [domain(1), domain(2)] }),
      json(200, {
        count: 3,
        next: link(3),
        previous: link(1),
        results: [domain(2, { locked: false }), domain(3)],
      }),
      json(200, { count: 3, previous: link(2), results: [domain(4)] }),
    )
    const progress: unknown[] = []
    const all = await client.listAllDomains(
      account,
      { status: 'active', pageSize: 2 },
      { onPage: (p) => progress.push(p) },
    )
    expect(all.domains.map((x) => x.id)).toEqual([1, 2, 3, 4])
    expect(all.domains[1]?.locked).toBe(false)
    expect(all).toMatchObject({ count: 3, pages: 3 })
    expect(server.requests.map((r) => r.url)).toEqual([
      '/api/v1/domains/?status=active&page_size=2',
      '/api/v1/domains/?page=2&page_size=2&status=active',
      '/api/v1/domains/?page=3&page_size=2&status=active',
    ])
    expect(progress).toHaveLength(3)
  })

  it('uses the configured default page size', async () => {
    server.script(json(200, { count: 0, results: [] }))
    await client.listAllDomains(account)
    expect(server.requests[0]?.url).toBe('/api/v1/domains/?page_size=100')
  })

  it('refuses to follow next to another origin: the other server sees nothing', async () => {
    const foreign = await startScriptedServer()
    try {
      server.script(
        json(200, { count: 4, next: `${foreign.baseUrl}/domains/?page=2`, results: [domain(1)] }),
      )
      const error = await failure(() => client.listAllDomains(account))
      expect(error.code).toBe('BadResponse')
      expect(error.message).toMatch(/another server/)
      expect(foreign.requests).toHaveLength(0)
    } finally {
      await foreign.close()
    }
  })

  it('stops when next leads back to a page already read', async () => {
    const link = `${server.baseUrl}/domains/?page=2&page_size=100`
    server.script(
      json(200, { count: 9, next: link, results: [domain(1)] }),
      json(200, { count: 9, next: link, results: [domain(2)] }),
    )
    const error = await failure(() => client.listAllDomains(account))
    expect(error).toMatchObject({ code: 'BadResponse' })
    expect(server.requests).toHaveLength(2)
  })
})

describe('VpsApiClient changes', () => {
  it('updates with only the given keys, nameservers in ASCII', async () => {
    server.script(json(200, updateResponse(101)))
    await client.updateDomain(account, 101, {
      nameservers: ['NS1.Cloudflare.com', 'ns.bücher.nshost.net'],
    })
    expect(server.requests[0]).toMatchObject({ method: 'PUT', url: '/api/v1/domains/101/' })
    expect(bodyOf(0)).toEqual({
      nameservers: ['ns1.cloudflare.com', 'ns.xn--bcher-kva.nshost.net'],
    })
  })

  it('retries a PUT after a timeout', async () => {
    const quick = new VpsApiClient({ minRetryDelayMs: 1, maxRetryDelayMs: 5, timeoutMs: 150 })
    server.script(hang(), json(200, updateResponse(101)))
    await expect(quick.updateDomain(account, 101, { locked: true })).resolves.toMatchObject({
      id: 101,
    })
    expect(server.requests).toHaveLength(2)
  })

  it('removes a domain (204)', async () => {
    server.script(noContent())
    await expect(client.removeDomain(account, 101)).resolves.toBeUndefined()
    expect(server.requests[0]).toMatchObject({ method: 'DELETE', url: '/api/v1/domains/101/' })
  })

  it('treats DELETE → 500, then 404 as already removed', async () => {
    server.script(json(500, {}), json(404, { detail: 'Not found.' }))
    await expect(client.removeDomain(account, 101)).resolves.toBeUndefined()
    expect(server.requests).toHaveLength(2)
  })

  it('treats DELETE → reset, then 404 as already removed', async () => {
    server.script(resetBeforeAnswer(), json(404, { detail: 'Not found.' }))
    await expect(client.removeDomain(account, 101)).resolves.toBeUndefined()
  })

  it('reports a first-attempt DELETE 404 as NotFound', async () => {
    server.script(json(404, { detail: 'Not found.' }))
    expect(await failure(() => client.removeDomain(account, 101))).toMatchObject({
      code: 'NotFound',
    })
  })
})

describe('VpsApiClient spending money', () => {
  const register = () => client.registerDomain(account, { domain_name: 'Bücher.example', years: 2 })

  it('registers with the punycode name and returns the 201 body', async () => {
    server.script(json(201, registerResponse('xn--bcher-kva.nshost.net')))
    await expect(register()).resolves.toMatchObject({ total_cost: 24.98 })
    expect(server.requests[0]).toMatchObject({ method: 'POST', url: '/api/v1/domains/' })
    expect(bodyOf(0)).toEqual({ domain_name: 'xn--bcher-kva.example', years: 2 })
  })

  it.each([
    { what: 'a 502', handler: html(502), code: 'Server', unknown: true },
    { what: 'a 500 JSON', handler: json(500, { detail: 'oops' }), code: 'Server', unknown: true },
    {
      what: 'a reset before the answer',
      handler: resetBeforeAnswer(),
      code: 'Network',
      unknown: true,
    },
    {
      what: 'a reset after the headers',
      handler: resetMidBody(201),
      code: 'Network',
      unknown: true,
    },
    {
      what: 'a 201 with an unreadable body',
      handler: raw(201, '{"id": 103, "dom', 'application/json'),
      code: 'BadResponse',
      unknown: true,
    },
    {
      what: 'a 429',
      handler: json(429, {}, { 'Retry-After': '0' }),
      code: 'RateLimited',
      unknown: false,
    },
    {
      what: 'a 400',
      handler: json(400, { domain_name: ['Already registered.'] }),
      code: 'Validation',
      unknown: false,
    },
    {
      what: 'a 402',
      handler: json(402, { detail: 'Insufficient balance.' }),
      code: 'PaymentRequired',
      unknown: false,
    },
  ])(
    'sends a registration once after $what (outcome unknown: $unknown)',
    async ({ handler, code, unknown }) => {
      server.script(handler, json(201, registerResponse()))
      const error = await failure(register)
      expect(error).toMatchObject({ code, outcomeUnknown: unknown })
      expect(server.requests).toHaveLength(1)
      if (unknown) expect(error.message).toMatch(/check the domain list before trying again/)
      else expect(error.message).not.toMatch(/check the domain list before trying again/)
    },
  )

  it('sends a registration once after a timeout, outcome unknown', async () => {
    const quick = new VpsApiClient({ timeoutMs: 150 })
    server.script(hang(), json(201, registerResponse()))
    const error = await failure(() => quick.registerDomain(account, { domain_name: 'example.com' }))
    expect(error).toMatchObject({ code: 'Timeout', outcomeUnknown: true })
    expect(server.requests).toHaveLength(1)
  })

  it('does not retry a registration when the connection is refused; the outcome is known', async () => {
    const port = await closedPort()
    const error = await failure(() =>
      client.registerDomain(
        { baseUrl: `http://127.0.0.1:${port}/api/v1`, token: TOKEN },
        { domain_name: 'example.com' },
      ),
    )
    expect(error).toMatchObject({
      code: 'Network',
      causeCode: 'ECONNREFUSED',
      outcomeUnknown: false,
    })
  })

  it('refuses invalid registration input locally', async () => {
    const error = await failure(() =>
      client.registerDomain(account, {
        domain_name: 'exa mple.com',
        years: 0,
        nameservers: ['ns1.x.com'],
      }),
    )
    expect(error).toMatchObject({ code: 'InvalidInput', status: undefined, outcomeUnknown: false })
    expect(Object.keys(error.fields ?? {}).sort()).toEqual(['domain_name', 'nameservers', 'years'])
    expect(server.requests).toHaveLength(0)
  })

  it('starts a transfer once, sending the auth code as given', async () => {
    server.script(json(200, transferResponse(101)))
    await expect(
      client.transferDomain(account, 101, { auth_code: 'Xy9Kl2Mn#4pQ' }),
    ).resolves.toMatchObject({
      transfer_status: 'pending',
    })
    expect(server.requests[0]).toMatchObject({
      method: 'POST',
      url: '/api/v1/domains/101/transfer/',
    })
    expect(bodyOf(0)).toEqual({ auth_code: 'Xy9Kl2Mn#4pQ' })
  })

  it('does not retry a transfer on 503', async () => {
    server.script(json(503, {}), json(200, transferResponse(101)))
    const error = await failure(() =>
      client.transferDomain(account, 101, { auth_code: 'Xy9Kl2Mn#4pQ' }),
    )
    expect(error).toMatchObject({ code: 'Server', outcomeUnknown: true })
    expect(server.requests).toHaveLength(1)
  })
})

describe('VpsApiClient logging', () => {
  it('logs one debug line per attempt and a warning per retry', async () => {
    const logger = captureLogger()
    const logged = new VpsApiClient({ minRetryDelayMs: 1, maxRetryDelayMs: 2, logger })
    server.script(json(500, {}), json(200, domainDetail(5)))
    await logged.getDomain(account, 5)
    expect(logger.lines.map((l) => l.split(' ')[0])).toEqual(['debug', 'warn', 'debug'])
    expect(logger.lines[2]).toMatch(/"path":"\/domains\/5\/","attempt":2,"ms":\d+,"status":200/)
  })
})
