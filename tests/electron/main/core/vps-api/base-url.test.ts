import { describe, expect, it } from 'vitest'
import {
  assertSameOrigin,
  normalizeBaseUrl,
  parseBaseUrl,
} from '../../../../../electron/main/core/vps-api/base-url'
import { ApiError } from '../../../../../electron/main/core/vps-api/errors'
import { rejectionOf } from './support/fixtures'

const BASE = 'https://admin.vps.org/api/v1'

function problemOf(input: unknown) {
  const result = parseBaseUrl(input)
  return result.ok ? 'ok' : result.problem
}

describe('normalizeBaseUrl', () => {
  it.each([
    ['https://admin.vps.org/api/v1', BASE],
    ['https://admin.vps.org/api/v1/', BASE],
    ['https://admin.vps.org/api/v1//', BASE],
    ['  https://ADMIN.vps.org:443/api/v1/  ', BASE],
    ['https://admin.vps.org', 'https://admin.vps.org'],
    ['https://admin.vps.org:8443/api/', 'https://admin.vps.org:8443/api'],
  ])('turns %j into %j', (input, expected) => {
    expect(normalizeBaseUrl(input)).toBe(expected)
  })

  it.each([
    'http://localhost:8080/api/v1',
    'http://127.0.0.1:3000/api/v1',
    'http://127.45.6.7/api/v1',
    'http://[::1]:3000/api/v1',
  ])('allows plain http on loopback: %s', (input) => {
    expect(problemOf(input)).toBe('ok')
  })

  it.each([
    'http://admin.vps.org/api/v1',
    'http://10.0.0.5/api/v1',
    'http://localhost.evil.example/api/v1',
    'http://128.0.0.1/api/v1',
  ])('refuses plain http elsewhere: %s', (input) => {
    expect(problemOf(input)).toBe('insecure-http')
  })

  it.each([
    [42, 'not-a-string'],
    ['   ', 'empty'],
    ['admin.vps.org/api/v1', 'not-a-url'],
    ['ftp://admin.vps.org/api/v1', 'unsupported-scheme'],
    ['https://user:pw@admin.vps.org/api/v1', 'credentials'],
    ['https://admin.vps.org/api/v1?x=1', 'query-or-fragment'],
    ['https://admin.vps.org/api/v1?', 'query-or-fragment'],
    ['https://admin.vps.org/api/v1#top', 'query-or-fragment'],
  ])('refuses %j (%s)', (input, problem) => {
    expect(problemOf(input)).toBe(problem)
  })

  it('throws an InvalidInput ApiError naming the field, without quoting the input', async () => {
    const error = await rejectionOf(async () =>
      normalizeBaseUrl('https://me:hunter2-password@admin.vps.org/api/v1'),
    )
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ code: 'InvalidInput', status: undefined, outcomeUnknown: false })
    expect((error as ApiError).fields?.baseUrl?.[0]).toMatch(/user name or password/)
    expect(JSON.stringify(error) + String(error) + (error as Error).stack).not.toContain('hunter2')
  })
})

describe('assertSameOrigin', () => {
  it('accepts an absolute link on the same origin and drops its fragment', () => {
    const next = assertSameOrigin(BASE, 'https://admin.vps.org/api/v1/domains/?page=2#x')
    expect(next.href).toBe('https://admin.vps.org/api/v1/domains/?page=2')
  })

  it('resolves a relative link against the page that carried it', () => {
    const next = assertSameOrigin(BASE, '?page=3', {
      relativeTo: 'https://admin.vps.org/api/v1/domains/?page=2',
    })
    expect(next.href).toBe('https://admin.vps.org/api/v1/domains/?page=3')
  })

  it.each([
    ['another host', 'https://evil.example/api/v1/domains/?page=2'],
    ['a lookalike host', 'https://admin.vps.org.evil.example/api/v1/domains/'],
    ['another port', 'https://admin.vps.org:8443/api/v1/domains/?page=2'],
    ['a downgrade to http', 'http://admin.vps.org/api/v1/domains/?page=2'],
  ])('refuses a link to %s with BadResponse', async (_what, link) => {
    const error = await rejectionOf(async () => assertSameOrigin(BASE, link))
    expect(error).toMatchObject({ code: 'BadResponse' })
    expect((error as Error).message).toMatch(/not sent there/)
  })

  it('refuses a link with credentials and a link that is not a URL', async () => {
    const creds = await rejectionOf(async () =>
      assertSameOrigin(BASE, 'https://a:b@admin.vps.org/api/v1/domains/'),
    )
    expect(creds).toMatchObject({ code: 'BadResponse' })
    const garbage = await rejectionOf(async () => assertSameOrigin(BASE, 'http://[oops'))
    expect(garbage).toMatchObject({ code: 'BadResponse' })
  })
})
