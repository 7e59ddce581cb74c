import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  ApiError,
  type ApiErrorCode,
  type HttpMethod,
} from '../../../../../electron/main/core/vps-api/errors'
import { silentLogger } from '../../../../../electron/main/core/vps-api/logger'
import {
  isRetryableError,
  retryDelayMs,
  withRetries,
  type RetryPolicy,
} from '../../../../../electron/main/core/vps-api/retry'
import { captureLogger, rejectionOf } from './support/fixtures'

const FAST: RetryPolicy = {
  retries: 4,
  minDelayMs: 1,
  maxDelayMs: 4,
  maxRetryAfterMs: 60_000,
  random: () => 0.5,
}

function apiError(
  code: ApiErrorCode,
  extra: Partial<ConstructorParameters<typeof ApiError>[0]> = {},
) {
  return new ApiError({ code, message: code, method: 'GET', path: '/domains/', ...extra })
}

/** An attempt function that fails with the given errors in turn, then succeeds with 'ok'. */
function script(...errors: ApiError[]) {
  const calls: number[] = []
  const attempt = async (n: number) => {
    calls.push(n)
    const error = errors[n - 1]
    if (error) throw error
    return 'ok'
  }
  return { attempt, calls }
}

function run(
  method: HttpMethod,
  attempt: (n: number) => Promise<unknown>,
  policy = FAST,
  signal?: AbortSignal,
) {
  return withRetries(attempt, { method, path: '/domains/', logger: silentLogger, signal }, policy)
}

describe('withRetries', () => {
  it.each(['GET', 'PUT', 'DELETE'] as const)(
    'retries a %s through every transient kind of failure',
    async (method) => {
      const { attempt, calls } = script(
        apiError('Network', { requestMayHaveArrived: false }),
        apiError('Timeout'),
        apiError('Server', { status: 503 }),
        apiError('BadResponse', { status: 200 }),
      )
      await expect(run(method, attempt)).resolves.toBe('ok')
      expect(calls).toEqual([1, 2, 3, 4, 5])
    },
  )

  it('retries a 429 and succeeds afterwards', async () => {
    const { attempt, calls } = script(apiError('RateLimited', { status: 429 }))
    await expect(run('GET', attempt)).resolves.toBe('ok')
    expect(calls).toEqual([1, 2])
  })

  it('stops after the configured number of retries with the last error', async () => {
    const errors = Array.from({ length: 10 }, (_, i) => apiError('Server', { status: 500 + i }))
    const { attempt, calls } = script(...errors)
    const error = await rejectionOf(() => run('GET', attempt, { ...FAST, retries: 2 }))
    expect(calls).toEqual([1, 2, 3])
    expect(error).toBe(errors[2])
  })

  it.each([
    ['Validation', { status: 400 }],
    ['Unauthorized', { status: 401 }],
    ['PaymentRequired', { status: 402 }],
    ['NotFound', { status: 404 }],
    ['InvalidInput', {}],
    ['Cancelled', {}],
    ['BadResponse', { status: 405 }],
    ['BadResponse', { status: 302 }],
  ] as const)('does not retry %s %j', async (code, extra) => {
    const failure = apiError(code, extra)
    const { attempt, calls } = script(failure)
    expect(await rejectionOf(() => run('GET', attempt))).toBe(failure)
    expect(calls).toEqual([1])
  })

  it.each([
    apiError('RateLimited', { status: 429, retryAfterMs: 0 }),
    apiError('Network', { causeCode: 'ECONNREFUSED', requestMayHaveArrived: false }),
    apiError('Server', { status: 502, requestMayHaveArrived: true }),
    apiError('Timeout', { requestMayHaveArrived: true }),
  ])('never retries a POST (%s)', async (failure) => {
    const { attempt, calls } = script(failure)
    expect(await rejectionOf(() => run('POST', attempt))).toBe(failure)
    expect(calls).toEqual([1])
  })

  it('waits at least Retry-After before the next attempt', async () => {
    const times: number[] = []
    const attempt = async (n: number) => {
      times.push(performance.now())
      if (n === 1) throw apiError('RateLimited', { status: 429, retryAfterMs: 200 })
      return 'ok'
    }
    await run('GET', attempt, { ...FAST, random: () => 0 })
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(195)
  })

  it('gives up at once when Retry-After is longer than allowed, keeping retryAfterMs', async () => {
    const failure = apiError('RateLimited', { status: 429, retryAfterMs: 120_000 })
    const { attempt, calls } = script(failure)
    const started = performance.now()
    const error = await rejectionOf(() => run('GET', attempt))
    expect(error).toMatchObject({ code: 'RateLimited', retryAfterMs: 120_000 })
    expect(calls).toEqual([1])
    expect(performance.now() - started).toBeLessThan(100)
  })

  it('counts a DELETE 404 after an attempt that may have arrived as success', async () => {
    const { attempt, calls } = script(
      apiError('Timeout', { method: 'DELETE', requestMayHaveArrived: true }),
      apiError('NotFound', { method: 'DELETE', status: 404 }),
    )
    await expect(run('DELETE', attempt)).resolves.toBeUndefined()
    expect(calls).toEqual([1, 2])
  })

  it('keeps a DELETE 404 an error when no earlier attempt can have arrived', async () => {
    const notFound = apiError('NotFound', { method: 'DELETE', status: 404 })
    expect(await rejectionOf(() => run('DELETE', script(notFound).attempt))).toBe(notFound)

    const afterKnownRefusal = script(
      apiError('RateLimited', { method: 'DELETE', status: 429 }),
      notFound,
    )
    expect(await rejectionOf(() => run('DELETE', afterKnownRefusal.attempt))).toBe(notFound)
  })

  it('stops waiting and reports Cancelled when the caller aborts during the backoff', async () => {
    const controller = new AbortController()
    const { attempt, calls } = script(apiError('Server', { status: 503, retryAfterMs: 5_000 }))
    setTimeout(() => controller.abort(), 30)
    const started = performance.now()
    const error = await rejectionOf(() => run('GET', attempt, FAST, controller.signal))
    expect(error).toMatchObject({ code: 'Cancelled' })
    expect(calls).toEqual([1])
    expect(performance.now() - started).toBeLessThan(1_000)
  })

  it('logs a warning per retry with the code and the delay', async () => {
    const logger = captureLogger()
    const { attempt } = script(apiError('Server', { status: 500 }), apiError('Timeout'))
    await withRetries(attempt, { method: 'GET', path: '/domains/', logger }, FAST)
    expect(logger.lines).toHaveLength(2)
    expect(logger.lines[0]).toMatch(
      /^warn .*"attempt":1,"code":"Server","status":500,"delayMs":\d+/,
    )
  })
})

describe('retryDelayMs', () => {
  const policy: RetryPolicy = { ...FAST, minDelayMs: 250, maxDelayMs: 8_000 }

  it('doubles the cap per retry up to the maximum (full jitter at random → 1)', () => {
    const top = { ...policy, random: () => 0.999999 }
    expect([1, 2, 3, 4, 5, 6, 7].map((n) => retryDelayMs(n, top))).toEqual([
      250, 500, 1000, 2000, 4000, 8000, 8000,
    ])
    expect(retryDelayMs(3, { ...policy, random: () => 0 })).toBe(0)
  })

  it('stays within [Retry-After, max(cap, Retry-After)] for any randomness', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.double({ min: 0, max: 0.9999999, noNaN: true }),
        fc.option(fc.integer({ min: 0, max: 60_000 }), { nil: undefined }),
        (retry, r, retryAfter) => {
          const delay = retryDelayMs(retry, { ...policy, random: () => r }, retryAfter)
          const cap = Math.min(8_000, 250 * 2 ** (retry - 1))
          expect(delay).toBeGreaterThanOrEqual(retryAfter ?? 0)
          expect(delay).toBeLessThanOrEqual(Math.max(cap, retryAfter ?? 0))
        },
      ),
    )
  })
})

describe('isRetryableError', () => {
  it('only retries BadResponse for damaged 2xx bodies, not for a deterministic mismatch', () => {
    expect(
      isRetryableError(apiError('BadResponse', { status: 200, causeCode: 'INVALID_JSON' })),
    ).toBe(true)
    expect(isRetryableError(apiError('BadResponse', { status: 200, causeCode: 'HTML_BODY' }))).toBe(
      true,
    )
    expect(
      isRetryableError(apiError('BadResponse', { status: 200, causeCode: 'SCHEMA_MISMATCH' })),
    ).toBe(false)
    expect(isRetryableError(apiError('BadResponse', { status: 404 }))).toBe(false)
    expect(isRetryableError(apiError('BadResponse', {}))).toBe(false)
    expect(isRetryableError(new Error('not an ApiError'))).toBe(false)
  })
})
