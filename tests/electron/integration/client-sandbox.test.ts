/**
 * The API client against the sandbox registrar over real HTTP on loopback: every endpoint, the
 * documented status codes as the error taxonomy, pagination, filters, the simulated clock, and
 * the money rule under dropped connections and injected faults.
 */
import { describe, expect, it } from 'vitest'
import { ApiError, VpsApiClient } from '../../../electron/main/core/vps-api/index'
import { startTestSandbox, type TestSandbox } from '../../support/sandbox'

const fastClient = (options: ConstructorParameters<typeof VpsApiClient>[0] = {}) =>
  new VpsApiClient({ minRetryDelayMs: 1, maxRetryDelayMs: 5, timeoutMs: 5_000, ...options })

const accountOf = (sb: TestSandbox) => ({ baseUrl: sb.baseUrl, token: sb.token })

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise
  } catch (e) {
    expect(e).toBeInstanceOf(ApiError)
    return e as ApiError
  }
  throw new Error('expected the call to fail')
}

describe('VpsApiClient against the sandbox', () => {
  it('lists every domain across pages, following next, with progress', async () => {
    const sb = await startTestSandbox({ domains: 45 })
    const pages: number[] = []
    const all = await fastClient({ pageSize: 10 }).listAllDomains(
      accountOf(sb),
      {},
      { onPage: (p) => pages.push(p.pagesDone) },
    )
    expect(all.domains.map((d) => d.id)).toEqual(Array.from({ length: 45 }, (_, i) => 101 + i))
    expect(all).toMatchObject({ count: 45, pages: 5 })
    expect(pages).toEqual([1, 2, 3, 4, 5])
  })

  it('filters by status and search on the server', async () => {
    const sb = await startTestSandbox({ domains: 60 })
    const client = fastClient()
    const expired = await client.listAllDomains(accountOf(sb), { status: 'expired' })
    expect(expired.domains.length).toBeGreaterThan(0)
    expect(expired.domains.every((d) => d.status === 'expired')).toBe(true)
    const search = await client.listAllDomains(accountOf(sb), { search: 'myapp' })
    expect(search.domains.map((d) => d.domain_name)).toEqual(['myapp.io'])
  })

  it('reads details, updates settings and removes a domain', async () => {
    const sb = await startTestSandbox({ domains: 5 })
    const client = fastClient()
    const account = accountOf(sb)
    const detail = await client.getDomain(account, 101)
    expect(detail).toMatchObject({
      domain_name: 'example.com',
      registrar: 'VPS.org',
      whois_info: { registrant: 'Privacy Protected' },
    })
    const updated = await client.updateDomain(account, 101, {
      auto_renew: false,
      nameservers: ['NS1.Cloudflare.com', 'ns2.cloudflare.com'],
    })
    expect(updated).toMatchObject({
      auto_renew: false,
      nameservers: ['ns1.cloudflare.com', 'ns2.cloudflare.com'],
    })
    expect((await client.getDomain(account, 101)).dns_managed_by).toBe('external')
    await client.removeDomain(account, 101)
    expect((await failure(client.getDomain(account, 101))).code).toBe('NotFound')
  })

  it('registers a name that turns active when the simulated clock passes 10 minutes', async () => {
    const sb = await startTestSandbox({ domains: 5 })
    const client = fastClient()
    const created = await client.registerDomain(accountOf(sb), {
      domain_name: 'Bücher.dev',
      years: 2,
    })
    expect(created).toMatchObject({
      domain_name: 'xn--bcher-kva.dev',
      status: 'pending',
      total_cost: 28.98,
    })
    await sb.control('POST', '/clock', { advance_seconds: 600 })
    expect((await client.getDomain(accountOf(sb), created.id)).status).toBe('active')
  })

  it('transfers a domain in with its EPP code; it completes days later on the simulated clock', async () => {
    const sb = await startTestSandbox({ domains: 5 })
    const client = fastClient()
    const { json } = await sb.control('GET', '/domains/102/auth-code')
    const started = await client.transferDomain(accountOf(sb), 102, {
      auth_code: json.auth_code,
      auto_renew: true,
    })
    expect(started).toMatchObject({
      transfer_status: 'pending',
      next_steps: expect.arrayContaining([expect.stringMatching(/renewed for 1 year/)]),
    })
    await sb.control('POST', '/clock', { advance_seconds: 7 * 86_400 })
    expect((await client.getDomain(accountOf(sb), 102)).registrar).toBe('VPS.org')
  })

  describe('maps every documented status to the error taxonomy', () => {
    it('401 → Unauthorized', async () => {
      const sb = await startTestSandbox({ domains: 2 })
      const error = await failure(
        fastClient().listAllDomains({ baseUrl: sb.baseUrl, token: 'wrong' }),
      )
      expect(error).toMatchObject({ code: 'Unauthorized', status: 401 })
    })

    it('400 → Validation with the field messages', async () => {
      const sb = await startTestSandbox({ domains: 2 })
      const error = await failure(
        fastClient().registerDomain(accountOf(sb), { domain_name: 'example.com' }),
      )
      expect(error).toMatchObject({
        code: 'Validation',
        status: 400,
        fields: { domain_name: ['This domain is already registered.'] },
        outcomeUnknown: false,
      })
      const transfer = await failure(
        fastClient().transferDomain(accountOf(sb), 102, { auth_code: 'not-the-code' }),
      )
      expect(transfer.fields?.auth_code?.[0]).toMatch(/Invalid authorization code/)
    })

    it('402 → PaymentRequired, and nothing was bought', async () => {
      const sb = await startTestSandbox({ domains: 2, balance: 1 })
      const error = await failure(
        fastClient().registerDomain(accountOf(sb), { domain_name: 'too-dear.io' }),
      )
      expect(error).toMatchObject({ code: 'PaymentRequired', status: 402, outcomeUnknown: false })
      expect(error.message).toMatch(/\$39\.99/)
      expect(sb.registrar.isTaken('too-dear.io')).toBe(false)
    })

    it('404 → NotFound', async () => {
      const sb = await startTestSandbox({ domains: 2 })
      expect(await failure(fastClient().getDomain(accountOf(sb), 9999))).toMatchObject({
        code: 'NotFound',
        status: 404,
      })
    })

    it('429 → a GET waits for Retry-After and succeeds; a POST is not retried', async () => {
      const sb = await startTestSandbox({ domains: 2, rateLimit: 1 })
      const client = fastClient()
      await client.getDomain(accountOf(sb), 101)
      const started = performance.now()
      await client.getDomain(accountOf(sb), 101)
      expect(performance.now() - started).toBeGreaterThanOrEqual(900)
      await sb.api('GET', '/domains/')
      const error = await failure(
        client.registerDomain(accountOf(sb), { domain_name: 'throttled.com' }),
      )
      expect(error).toMatchObject({ code: 'RateLimited', status: 429, retryAfterMs: 1000 })
      expect(sb.log.since().filter((e) => e.method === 'POST')).toHaveLength(1)
    })

    it('5xx and a proxy page → Server, retried for reads', async () => {
      const sb = await startTestSandbox({ domains: 2 })
      await sb.control('POST', '/faults', { queue: [{ kind: '5xx' }, { kind: 'html' }] })
      await expect(fastClient().getDomain(accountOf(sb), 101)).resolves.toMatchObject({ id: 101 })
      await sb.control('POST', '/faults', { queue: [{ kind: 'html' }] })
      const error = await failure(fastClient({ retries: 0 }).getDomain(accountOf(sb), 101))
      expect(error).toMatchObject({ code: 'Server', status: 502 })
      expect(error.message).toMatch(/HTML/)
    })
  })

  it('never resends a registration whose connection dropped after the server committed it', async () => {
    const sb = await startTestSandbox({ domains: 5 })
    await sb.control('POST', '/faults', {
      queue: [{ kind: 'reset', method: 'POST', path: '/api/v1/domains/' }],
    })
    const error = await failure(
      fastClient().registerDomain(accountOf(sb), { domain_name: 'exactly-once.com' }),
    )
    expect(error).toMatchObject({ code: 'Network', outcomeUnknown: true })
    const creations = sb.log.since().filter((e) => e.effect === 'domain.created')
    expect(creations).toEqual([
      expect.objectContaining({ domain_name: 'exactly-once.com', status: null, fault: 'reset' }),
    ])
    expect(sb.log.since().filter((e) => e.method === 'POST')).toHaveLength(1)
    const listed = await fastClient().listAllDomains(accountOf(sb), { search: 'exactly-once' })
    expect(listed.domains).toHaveLength(1)
  })

  it('reports a registration whose answer was cut off as possibly done, without resending', async () => {
    const sb = await startTestSandbox({ domains: 5 })
    await sb.control('POST', '/faults', { queue: [{ kind: 'malformed', method: 'POST' }] })
    const error = await failure(
      fastClient().registerDomain(accountOf(sb), { domain_name: 'cut-off.com' }),
    )
    expect(error).toMatchObject({ code: 'BadResponse', outcomeUnknown: true })
    expect(sb.log.since().filter((e) => e.effect === 'domain.created')).toHaveLength(1)
  })

  it('lists the same domains under 20% injected faults as without faults', async () => {
    const clean = await startTestSandbox({ domains: 500, seed: 11 })
    const expected = await fastClient({ pageSize: 20 }).listAllDomains(accountOf(clean))
    const faulty = await startTestSandbox({
      domains: 500,
      seed: 11,
      faults: '5xx=0.04,html=0.03,drop=0.03,reset=0.04,malformed=0.04,slow=0.02,slow_ms=30',
    })
    const got = await fastClient({ pageSize: 20, retries: 10 }).listAllDomains(accountOf(faulty))
    expect(got.domains).toEqual(expected.domains)
    const faults = faulty.log.since().filter((e) => e.fault)
    expect(faults.length).toBeGreaterThan(3)
  })
})
