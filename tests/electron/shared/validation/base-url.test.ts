import { describe, expect, it } from 'vitest'
import {
  DEFAULT_BASE_URL,
  isLoopbackHost,
  parseBaseUrl,
} from '../../../../electron/shared/validation/base-url'

describe('the base URL rule', () => {
  it('accepts its own default as it is', () => {
    expect(parseBaseUrl(DEFAULT_BASE_URL)).toEqual({ ok: true, baseUrl: DEFAULT_BASE_URL })
  })

  it.each(['localhost', 'LOCALHOST', '127.0.0.1', '127.255.0.9', '[::1]'])(
    'counts %s as this computer',
    (host) => expect(isLoopbackHost(host)).toBe(true),
  )

  it.each(['192.168.1.10', 'localhost.example.com', '128.0.0.1', '[::2]', '127.0.0'])(
    'does not count %s as this computer',
    (host) => expect(isLoopbackHost(host)).toBe(false),
  )

  it('allows plain http only to this computer, where the token crosses no network', () => {
    expect(parseBaseUrl('http://127.0.0.1:8787/api/v1/')).toEqual({
      ok: true,
      baseUrl: 'http://127.0.0.1:8787/api/v1',
    })
    expect(parseBaseUrl('http://admin.vps.org/api/v1')).toMatchObject({
      ok: false,
      problem: 'insecure-http',
    })
  })
})
