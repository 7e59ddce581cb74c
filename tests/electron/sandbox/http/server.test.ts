import { describe, expect, it } from 'vitest'
import { startTestSandbox } from '../../../support/sandbox'

describe('sandbox HTTP server', () => {
  describe('authentication', () => {
    it.each([
      [false, 'Authentication credentials were not provided.'],
      ['Token abc', 'Authentication credentials were not provided.'],
      ['Bearer', 'Invalid token header. Use "Authorization: Bearer <token>".'],
      ['Bearer wrong-token', 'Invalid token.'],
    ] as const)('answers 401 with a DRF detail for Authorization=%j', async (auth, detail) => {
      const sb = await startTestSandbox({ domains: 3 })
      const res = await sb.api('GET', '/domains/', undefined, { auth })
      expect(res.status).toBe(401)
      expect(res.json).toEqual({ detail })
      expect(res.headers.get('www-authenticate')).toBe('Bearer realm="api"')
    })
  })

  it('redirects a GET without the trailing slash and 404s other methods', async () => {
    const sb = await startTestSandbox({ domains: 3 })
    const get = await sb.api('GET', '/domains?search=x')
    expect(get.status).toBe(301)
    expect(get.headers.get('location')).toBe('/api/v1/domains/?search=x')
    expect((await sb.api('POST', '/domains', { domain_name: 'a.com' })).status).toBe(404)
  })

  it('answers 405, 415, 400 and 404 in DRF shapes', async () => {
    const sb = await startTestSandbox({ domains: 3 })
    const patch = await sb.api('PATCH', '/domains/101/', {})
    expect(patch).toMatchObject({ status: 405, json: { detail: 'Method "PATCH" not allowed.' } })
    expect(patch.headers.get('allow')).toBe('GET, PUT, DELETE')
    const text = await sb.api('POST', '/domains/', 'domain_name=a.com', {
      headers: { 'Content-Type': 'text/plain' },
    })
    expect(text).toMatchObject({
      status: 415,
      json: { detail: 'Unsupported media type "text/plain" in request.' },
    })
    const broken = await sb.api('PUT', '/domains/101/', '{"auto_renew": tru')
    expect(broken.status).toBe(400)
    expect(broken.json.detail).toMatch(/^JSON parse error/)
    expect(await sb.api('GET', '/domains/999/')).toMatchObject({
      status: 404,
      json: { detail: 'Not found.' },
    })
    expect(await sb.api('GET', '/nothing/')).toMatchObject({
      status: 404,
      json: { detail: 'Not found.' },
    })
    expect(await sb.api('GET', '/domains/?status=gone')).toMatchObject({
      status: 400,
      json: { status: ['Select a valid choice. gone is not one of the available choices.'] },
    })
  })

  it('checks that the domain exists before validating the body', async () => {
    const sb = await startTestSandbox({ domains: 3 })
    expect((await sb.api('PUT', '/domains/999/', { auto_renew: 'x' })).status).toBe(404)
    expect((await sb.api('POST', '/domains/999/transfer/', {})).status).toBe(404)
  })

  it('throttles with 429 and Retry-After when a rate limit is set', async () => {
    const sb = await startTestSandbox({ domains: 3, rateLimit: 2 })
    const statuses = []
    for (let i = 0; i < 4; i++) statuses.push(await sb.api('GET', '/domains/'))
    expect(statuses.map((r) => r.status)).toEqual([200, 200, 429, 429])
    expect(statuses[2]!.headers.get('retry-after')).toBe('1')
    expect(statuses[2]!.json.detail).toMatch(
      /^Request was throttled\. Expected available in 1 second\.$/,
    )
  })

  describe('faults', () => {
    it('drops the connection before processing (drop): nothing is created', async () => {
      const sb = await startTestSandbox({ domains: 3 })
      await sb.control('POST', '/faults', {
        queue: [{ kind: 'drop', method: 'POST', path: '/api/v1/domains/' }],
      })
      await expect(sb.api('POST', '/domains/', { domain_name: 'dropped.com' })).rejects.toThrow()
      expect(sb.registrar.isTaken('dropped.com')).toBe(false)
      expect(sb.log.since().at(-1)).toMatchObject({ status: null, fault: 'drop' })
    })

    it('processes then drops the connection (reset): the creation is committed and logged', async () => {
      const sb = await startTestSandbox({ domains: 3 })
      await sb.control('POST', '/faults', { queue: [{ kind: 'reset', method: 'POST' }] })
      await expect(sb.api('POST', '/domains/', { domain_name: 'committed.com' })).rejects.toThrow()
      expect(sb.registrar.isTaken('committed.com')).toBe(true)
      expect(sb.log.since().at(-1)).toMatchObject({
        status: null,
        fault: 'reset',
        effect: 'domain.created',
        domain_name: 'committed.com',
      })
    })

    it('cuts the JSON body in half (malformed) and sends a proxy page (html)', async () => {
      const sb = await startTestSandbox({ domains: 3 })
      await sb.control('POST', '/faults', {
        queue: [{ kind: 'malformed' }, { kind: 'html' }, { kind: '5xx' }],
      })
      const cut = await sb.api('GET', '/domains/101/')
      expect(cut.status).toBe(200)
      expect(cut.json).toBeUndefined()
      expect(cut.text.startsWith('{"id":101')).toBe(true)
      const html = await sb.api('GET', '/domains/101/')
      expect(html.status).toBe(502)
      expect(html.headers.get('content-type')).toBe('text/html')
      expect(html.text).toContain('<h1>502 Bad Gateway</h1>')
      expect([500, 503]).toContain((await sb.api('GET', '/domains/101/')).status)
    })

    it('delays a slow answer by slow_ms', async () => {
      const sb = await startTestSandbox({ domains: 3, faults: 'slow=1,slow_ms=300' })
      const started = performance.now()
      expect((await sb.api('GET', '/domains/')).status).toBe(200)
      expect(performance.now() - started).toBeGreaterThanOrEqual(290)
    })

    it('never touches the /__sandbox/ controls', async () => {
      const sb = await startTestSandbox({ domains: 3, faults: 'drop=1' })
      expect((await sb.control('GET', '/')).status).toBe(200)
    })
  })

  describe('controls', () => {
    it('advance the clock, which activates pending registrations', async () => {
      const sb = await startTestSandbox({ domains: 3 })
      const created = await sb.api('POST', '/domains/', { domain_name: 'soon-active.dev' })
      expect(created.json.status).toBe('pending')
      expect((await sb.control('POST', '/clock', { advance_seconds: 600 })).json.now).toBe(
        '2026-11-29T12:10:00Z',
      )
      expect((await sb.api('GET', `/domains/${created.json.id}/`)).json.status).toBe('active')
      expect((await sb.control('POST', '/clock', { advance_seconds: -5 })).status).toBe(400)
    })

    it('set the balance, hand out EPP codes and unlock a domain at its current registrar', async () => {
      const sb = await startTestSandbox({ domains: 8 })
      expect((await sb.control('POST', '/account', { balance: 12.5 })).json).toMatchObject({
        balance: 12.5,
      })
      expect((await sb.control('GET', '/domains/102/auth-code')).json).toEqual({
        auth_code: 'Xy9Kl2Mn#4pQ',
      })
      const lockedThere = sb.registrar.list().find((d) => d.registrar !== 'VPS.org' && d.locked)!
      const unlock = await sb.control('POST', `/domains/${lockedThere.id}/registrar-lock`, {
        locked: false,
      })
      expect(unlock.json).toMatchObject({ id: lockedThere.id, locked: false })
      expect(
        (await sb.control('POST', '/domains/101/registrar-lock', { locked: false })).status,
      ).toBe(400)
    })

    it('keep a request log that can be read from a sequence number and cleared', async () => {
      const sb = await startTestSandbox({ domains: 3 })
      await sb.api('GET', '/domains/')
      await sb.api('DELETE', '/domains/101/')
      const log = (await sb.control('GET', '/requests')).json.requests
      expect(log.map((e: { method: string; status: number }) => [e.method, e.status])).toEqual([
        ['GET', 200],
        ['DELETE', 204],
      ])
      expect(log[1]).toMatchObject({
        effect: 'domain.removed',
        domain_id: 101,
        domain_name: 'example.com',
      })
      expect((await sb.control('GET', `/requests?since=${log[0].seq}`)).json.requests).toHaveLength(
        1,
      )
      expect((await sb.control('DELETE', '/requests')).status).toBe(204)
      expect((await sb.control('GET', '/requests')).json.requests).toEqual([])
    })

    it('refuse cross-origin requests from web pages', async () => {
      const sb = await startTestSandbox({ domains: 3 })
      const res = await fetch(`${sb.origin}/__sandbox/account`, {
        method: 'POST',
        headers: { Origin: 'https://evil.example' },
        body: '{"balance":1e9}',
      })
      expect(res.status).toBe(403)
      expect(sb.registrar.balanceCents).toBe(100_000)
    })

    it('validate their input', async () => {
      const sb = await startTestSandbox({ domains: 3 })
      expect(
        (await sb.control('POST', '/faults', { rates: { reset: 0.8, drop: 0.8 } })).status,
      ).toBe(400)
      expect((await sb.control('POST', '/faults', { queue: [{ kind: 'meteor' }] })).status).toBe(
        400,
      )
      expect((await sb.control('POST', '/rate-limit', { per_second: 0 })).status).toBe(400)
      expect((await sb.control('POST', '/account', { balance: 'lots' })).status).toBe(400)
    })
  })
})

describe('sandbox HTTP server: handled()', () => {
  it('resolves only after a slow request whose client gave up has been processed', async () => {
    const sb = await startTestSandbox({ domains: 1 })
    sb.faults.config = { rates: {}, slowMs: 300 }
    sb.faults.enqueue([{ kind: 'slow', method: 'POST', path: '/api/v1/domains/' }])
    const given = await fetch(`${sb.baseUrl}/domains/`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${sb.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ domain_name: 'given-up.com', years: 1 }),
      signal: AbortSignal.timeout(50),
    }).catch((error: Error) => error.name)
    expect(given).toBe('TimeoutError')
    expect(sb.registrar.charges).toHaveLength(0)
    await sb.handled()
    expect(sb.registrar.charges.map((c) => c.domain)).toEqual(['given-up.com'])
    // Nothing open: resolves at once.
    await sb.handled()
  })
})
