import { describe, expect, it } from 'vitest'
import {
  ApiError,
  isApiError,
  redactSecrets,
} from '../../../../../electron/main/core/vps-api/errors'
import { TOKEN } from './support/fixtures'

function everything(error: ApiError): string {
  return [String(error), error.message, error.stack, JSON.stringify(error)].join('\n')
}

describe('ApiError', () => {
  it('is an Error named ApiError, with the name in the stack header', () => {
    const error = new ApiError({
      code: 'NotFound',
      message: 'gone',
      method: 'GET',
      path: '/domains/1/',
    })
    expect(error).toBeInstanceOf(Error)
    expect(isApiError(error)).toBe(true)
    expect(isApiError(new Error('x'))).toBe(false)
    expect(error.name).toBe('ApiError')
    expect(error.stack?.startsWith('ApiError: gone')).toBe(true)
  })

  it('marks the outcome unknown only for a POST that may have arrived', () => {
    const make = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', arrived: boolean) =>
      new ApiError({
        code: 'Server',
        message: 'x',
        method,
        path: '/',
        requestMayHaveArrived: arrived,
      })
    expect(make('POST', true).outcomeUnknown).toBe(true)
    expect(make('POST', false).outcomeUnknown).toBe(false)
    expect(make('PUT', true).outcomeUnknown).toBe(false)
    expect(make('DELETE', true).outcomeUnknown).toBe(false)
    expect(make('GET', true).requestMayHaveArrived).toBe(true)
  })

  it('tells the user to check before repeating when the outcome is unknown', () => {
    const error = new ApiError({
      code: 'Timeout',
      message: 'No answer.',
      method: 'POST',
      path: '/domains/',
      requestMayHaveArrived: true,
    })
    expect(error.message).toMatch(
      /^No answer\. The request may have been carried out anyway: check/,
    )
  })

  it('scrubs secrets from message, stack, fields, path and JSON', () => {
    const error = new ApiError({
      code: 'Validation',
      message: `Server echoed Bearer ${TOKEN} twice: ${TOKEN}`,
      method: 'POST',
      path: `/domains/${TOKEN}/`,
      fields: { auth_code: [`"${TOKEN}" is wrong`], [TOKEN]: ['key'] },
      causeCode: TOKEN,
      secrets: [TOKEN],
    })
    expect(everything(error)).not.toContain(TOKEN)
    expect(error.message).toBe('Server echoed Bearer [redacted] twice: [redacted]')
    expect(error.fields).toEqual({ auth_code: ['"[redacted]" is wrong'], '[redacted]': ['key'] })
  })

  it('serializes only the safe fields', () => {
    const error = new ApiError({
      code: 'RateLimited',
      message: 'Slow down.',
      method: 'GET',
      path: '/domains/',
      status: 429,
      retryAfterMs: 1000,
      secrets: [TOKEN],
    })
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      name: 'ApiError',
      code: 'RateLimited',
      message: 'Slow down.',
      method: 'GET',
      path: '/domains/',
      status: 429,
      retryAfterMs: 1000,
      outcomeUnknown: false,
    })
    expect(error.cause).toBeUndefined()
  })
})

describe('redactSecrets', () => {
  it('replaces every occurrence of every secret', () => {
    expect(redactSecrets('a SECRET b SECRET c CODE1', ['SECRET', 'CODE1'])).toBe(
      'a [redacted] b [redacted] c [redacted]',
    )
  })

  it('leaves very short strings alone, so messages stay readable', () => {
    expect(redactSecrets('a b c', ['a'])).toBe('a b c')
  })
})
