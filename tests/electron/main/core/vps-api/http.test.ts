import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ApiError } from '../../../../../electron/main/core/vps-api/errors'
import {
  buildUrl,
  sendOnce,
  type HttpRequest,
  type HttpSettings,
} from '../../../../../electron/main/core/vps-api/http'
import { silentLogger } from '../../../../../electron/main/core/vps-api/logger'
import {
  domainDetailSchema,
  domainListSchema,
} from '../../../../../electron/main/core/vps-api/response-schemas'
import { captureLogger, domain, domainDetail, rejectionOf, TOKEN } from './support/fixtures'
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
const settings: HttpSettings = { fetch: globalThis.fetch, timeoutMs: 2_000, logger: silentLogger }

beforeEach(async () => {
  server = await startScriptedServer()
})
afterEach(async () => {
  await server.close()
})

function account() {
  return { baseUrl: server.baseUrl, token: TOKEN }
}

function getDetail(overrides: Partial<HttpRequest<unknown>> = {}) {
  return sendOnce(
    account(),
    { method: 'GET', path: '/domains/101/', schema: domainDetailSchema, ...overrides },
    settings,
  )
}

async function failure(promise: () => Promise<unknown>): Promise<ApiError> {
  const error = await rejectionOf(promise)
  expect(error).toBeInstanceOf(ApiError)
  return error as ApiError
}

describe('sendOnce: the request', () => {
  it('sends the token as a Bearer header, asks for JSON and joins base URL and path', async () => {
    server.script(json(200, domainDetail()))
    await getDetail()
    const [seen] = server.requests
    expect(seen?.method).toBe('GET')
    expect(seen?.url).toBe('/api/v1/domains/101/')
    expect(seen?.headers.authorization).toBe(`Bearer ${TOKEN}`)
    expect(seen?.headers.accept).toBe('application/json')
    expect(seen?.headers['content-type']).toBeUndefined()
  })

  it('sends a JSON body with Content-Type, and the defined query parameters only', async () => {
    server.script(json(200, { count: 0, results: [] }))
    await sendOnce(
      account(),
      {
        method: 'PUT',
        path: '/domains/',
        query: { status: 'active', search: undefined, page_size: 5 },
        body: { locked: false },
        schema: domainListSchema,
      },
      settings,
    )
    const [seen] = server.requests
    expect(seen?.url).toBe('/api/v1/domains/?status=active&page_size=5')
    expect(seen?.headers['content-type']).toBe('application/json')
    expect(JSON.parse(seen!.body)).toEqual({ locked: false })
  })

  it.each([
    ['empty', ''],
    ['with a space', 'abc def-ghij'],
    ['with a line break', `${TOKEN}\n`],
    ['non-ASCII', 'tökenvalue'],
  ])('refuses a token that is %s, without sending or quoting it', async (_what, token) => {
    const error = await failure(() =>
      sendOnce(
        { baseUrl: server.baseUrl, token },
        { method: 'GET', path: '/domains/', schema: null },
        settings,
      ),
    )
    expect(error).toMatchObject({ code: 'InvalidInput', status: undefined })
    expect(error.fields?.token).toBeDefined()
    if (token.length >= 4) expect(JSON.stringify(error) + error.stack).not.toContain(token.trim())
    expect(server.requests).toHaveLength(0)
  })

  it('logs one debug line per attempt with method, path, status and time', async () => {
    const logger = captureLogger()
    server.script(json(200, domainDetail()))
    await sendOnce(
      account(),
      { method: 'GET', path: '/domains/101/', schema: domainDetailSchema, attempt: 2 },
      { ...settings, logger },
    )
    expect(logger.lines).toHaveLength(1)
    expect(logger.lines[0]).toMatch(
      /"method":"GET","path":"\/domains\/101\/","attempt":2,"ms":\d+,"status":200/,
    )
  })
})

describe('sendOnce: successful answers', () => {
  it('returns the checked body, without unknown fields', async () => {
    server.script(json(200, { ...domainDetail(), surprise: true }))
    const detail = await getDetail()
    expect(detail).toEqual(domainDetail())
  })

  it('accepts 204 without a body when no body is expected', async () => {
    server.script(noContent())
    const result = await sendOnce(
      account(),
      { method: 'DELETE', path: '/domains/1/', schema: null },
      settings,
    )
    expect(result).toBeUndefined()
  })

  it.each([
    [
      'an HTML page',
      html(200, 'Hotel Wi-Fi Login'),
      /HTML page \("Hotel Wi-Fi Login"\) instead of JSON — a proxy or captive portal/,
    ],
    ['an empty body', raw(200, '', 'application/json'), /empty body/],
    ['a 204 where data was expected', noContent(), /empty body/],
    [
      'truncated JSON',
      raw(200, '{"id": 101, "domain_na', 'application/json'),
      /not valid JSON — it may have been cut off/,
    ],
    [
      'a missing field',
      json(200, { ...domainDetail(), registrar: undefined }),
      /registrar: missing \(expected string\)/,
    ],
  ])('turns %s into BadResponse', async (_what, handler, message) => {
    server.script(handler)
    const error = await failure(() => getDetail())
    expect(error.code).toBe('BadResponse')
    expect(error.message).toMatch(message)
  })

  it('refuses a body larger than the limit', async () => {
    server.script(json(200, { count: 1, results: [domain(1)], padding: 'x'.repeat(10_000) }))
    const error = await failure(() =>
      sendOnce(
        account(),
        { method: 'GET', path: '/domains/', schema: domainListSchema },
        { ...settings, maxBodyBytes: 1_000 },
      ),
    )
    expect(error).toMatchObject({ code: 'BadResponse', status: 200 })
  })
})

describe('sendOnce: error statuses', () => {
  it('turns 400 into Validation with flattened DRF fields', async () => {
    server.script(
      json(400, {
        domain_name: ['This domain is already registered.'],
        nameservers: { '1': ['Enter a valid host name.'] },
      }),
    )
    const error = await failure(() => getDetail({ method: 'POST', path: '/domains/', body: {} }))
    expect(error).toMatchObject({ code: 'Validation', status: 400, outcomeUnknown: false })
    expect(error.fields).toEqual({
      domain_name: ['This domain is already registered.'],
      'nameservers[1]': ['Enter a valid host name.'],
    })
    expect(error.message).toMatch(
      /rejected the request \(400 Bad Request\): domain_name: This domain is already registered; nameservers\[1\]: Enter a valid host name\. Correct/,
    )
  })

  it.each([
    [
      401,
      'Unauthorized',
      /rejected the API token \(401\)\. Check the token in Settings → Accounts/,
    ],
    [403, 'Unauthorized', /not allowed/],
    [402, 'PaymentRequired', /balance is too low/],
    [404, 'NotFound', /no such domain/],
    [410, 'NotFound', /no such domain/],
    [408, 'Timeout', /gave up waiting/],
    [409, 'Validation', /rejected the request/],
    [500, 'Server', /server problem \(500 Internal Server Error\)/],
    [503, 'Server', /server problem \(503 Service Unavailable\)/],
    [405, 'BadResponse', /did not accept the request \(405 Method Not Allowed\)/],
    [415, 'BadResponse', /did not accept the request/],
  ])('turns %i into %s', async (status, code, message) => {
    server.script(json(status, { detail: 'Server says hi.' }))
    const error = await failure(() => getDetail())
    expect(error).toMatchObject({ code, status })
    expect(error.message).toMatch(message)
    expect(error.message).toContain('Server says hi.')
  })

  it('turns 429 into RateLimited with Retry-After in seconds or as a date', async () => {
    server.script(json(429, { detail: 'Throttled.' }, { 'Retry-After': '7' }))
    const seconds = await failure(() => getDetail())
    expect(seconds).toMatchObject({ code: 'RateLimited', status: 429, retryAfterMs: 7000 })
    expect(seconds.message).toMatch(/Wait 7 seconds/)

    const at = new Date(Date.now() + 30_000).toUTCString()
    server.script(json(429, {}, { 'Retry-After': at }))
    const date = await failure(() => getDetail())
    expect(date.retryAfterMs).toBeGreaterThan(25_000)
    expect(date.retryAfterMs).toBeLessThanOrEqual(30_000)
  })

  it('keeps Retry-After on a 503', async () => {
    server.script(json(503, {}, { 'Retry-After': '2' }))
    expect(await failure(() => getDetail())).toMatchObject({ code: 'Server', retryAfterMs: 2000 })
  })

  it('says so when a 5xx is an HTML page from a proxy', async () => {
    server.script(html(502, '502 Bad Gateway'))
    const error = await failure(() => getDetail())
    expect(error).toMatchObject({ code: 'Server', status: 502 })
    expect(error.message).toMatch(
      /answered 502 Bad Gateway with an HTML page \("502 Bad Gateway"\) instead of JSON — a proxy or captive portal may be in the way/,
    )
    expect(error.message).not.toContain('<h1>')
  })

  it('does not take an HTML 404 as proof that a domain is gone', async () => {
    server.script(html(404, 'Page not found'))
    const error = await failure(() => getDetail())
    expect(error).toMatchObject({ code: 'BadResponse', status: 404 })
    expect(error.message).toMatch(/base URL is probably wrong/)
  })

  it('does not follow redirects, so the token stays put', async () => {
    const elsewhere = await startScriptedServer()
    try {
      server.script(raw(302, '', 'text/plain', { Location: `${elsewhere.origin}/steal?x=1` }))
      const error = await failure(() => getDetail())
      expect(error).toMatchObject({ code: 'BadResponse', status: 302 })
      expect(error.message).toContain(`${elsewhere.origin}/steal`)
      expect(error.message).not.toContain('x=1')
      expect(elsewhere.requests).toHaveLength(0)
    } finally {
      await elsewhere.close()
    }
  })
})

describe('sendOnce: failures without an answer', () => {
  it('reports a refused connection as Network, known not to have arrived', async () => {
    const port = await closedPort()
    const error = await failure(() =>
      sendOnce(
        { baseUrl: `http://127.0.0.1:${port}/api/v1`, token: TOKEN },
        { method: 'POST', path: '/domains/', body: {}, schema: null },
        settings,
      ),
    )
    expect(error).toMatchObject({
      code: 'Network',
      causeCode: 'ECONNREFUSED',
      outcomeUnknown: false,
    })
    expect(error.requestMayHaveArrived).toBe(false)
    expect(error.message).toMatch(/connection was refused/)
  })

  it('reports a connection reset after the request as Network, outcome unknown for POST', async () => {
    server.script(resetBeforeAnswer())
    const error = await failure(() => getDetail({ method: 'POST', path: '/domains/', body: {} }))
    expect(error).toMatchObject({ code: 'Network', outcomeUnknown: true })
    expect(error.causeCode).toMatch(/UND_ERR_SOCKET|ECONNRESET/)
  })

  it('reports a body cut off mid-way as Network, with the status', async () => {
    server.script(resetMidBody(201))
    const error = await failure(() => getDetail({ method: 'POST', path: '/domains/', body: {} }))
    expect(error).toMatchObject({ code: 'Network', status: 201, outcomeUnknown: true })
    expect(error.message).toMatch(/broke while VPS.org's answer \(201 Created\) was being read/)
  })

  it('gives up after the timeout with Timeout', async () => {
    server.script(hang())
    const started = performance.now()
    const error = await failure(() =>
      sendOnce(
        account(),
        { method: 'GET', path: '/domains/', schema: null },
        { ...settings, timeoutMs: 150 },
      ),
    )
    expect(error).toMatchObject({ code: 'Timeout', outcomeUnknown: false })
    expect(performance.now() - started).toBeLessThan(1_500)
  })

  it('times out while the body trickles in, too', async () => {
    server.script((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' })
      res.write('{"count": 0,')
    })
    const error = await failure(() =>
      sendOnce(
        account(),
        { method: 'GET', path: '/domains/', schema: domainListSchema },
        { ...settings, timeoutMs: 150 },
      ),
    )
    expect(error.code).toBe('Timeout')
  })

  it('reports the caller aborting as Cancelled, also before sending', async () => {
    server.script(hang())
    const controller = new AbortController()
    setTimeout(() => controller.abort(), 50)
    const inFlight = await failure(() => getDetail({ signal: controller.signal }))
    expect(inFlight.code).toBe('Cancelled')

    const before = await failure(() => getDetail({ signal: AbortSignal.abort() }))
    expect(before).toMatchObject({ code: 'Cancelled', requestMayHaveArrived: false })
    expect(server.requests).toHaveLength(1)
  })
})

describe('buildUrl', () => {
  it('appends the path to the base path and encodes query values', () => {
    const url = buildUrl('https://admin.vps.org/api/v1', '/domains/', { search: 'a&b c' })
    expect(url.href).toBe('https://admin.vps.org/api/v1/domains/?search=a%26b+c')
  })
})
