import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import {
  CONTENT_SECURITY_POLICY,
  CONTENT_SECURITY_POLICY_META,
  META_IGNORED_DIRECTIVES,
  SECURITY_HEADERS,
} from '../../../../electron/main/shell/content-security-policy'

/** The policy as a map of directive name to its source list. */
function directives(policy: string): Map<string, string> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/)
      return [name, sources.join(' ')] as const
    }),
  )
}

describe('CONTENT_SECURITY_POLICY', () => {
  const policy = directives(CONTENT_SECURITY_POLICY)

  it('is exactly the strict policy the app is meant to ship', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; " +
        "base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    )
  })

  it('lets only the app’s own scripts run, never inline or eval’d code', () => {
    expect(policy.get('script-src')).toBe("'self'")
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval')
    expect(policy.get('script-src')).not.toContain('unsafe-inline')
  })

  it('allows no plugins, base URL changes, form posts or framing', () => {
    expect(policy.get('object-src')).toBe("'none'")
    expect(policy.get('base-uri')).toBe("'none'")
    expect(policy.get('form-action')).toBe("'none'")
    expect(policy.get('frame-ancestors')).toBe("'none'")
  })

  it('lets the page connect only to its own origin', () => {
    expect(policy.get('connect-src')).toBe("'self'")
    expect(policy.get('default-src')).toBe("'self'")
  })
})

describe('SECURITY_HEADERS', () => {
  it('carries the policy and nosniff', () => {
    expect(SECURITY_HEADERS['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY)
    expect(SECURITY_HEADERS['X-Content-Type-Options']).toBe('nosniff')
  })

  it('cannot be changed at run time', () => {
    expect(Object.isFrozen(SECURITY_HEADERS)).toBe(true)
  })
})

describe('the policy in renderer/index.html', () => {
  const html = readFileSync(
    fileURLToPath(new URL('../../../../renderer/index.html', import.meta.url)),
    'utf8',
  )
  const metas = [...html.matchAll(/<meta\s[^>]*http-equiv="Content-Security-Policy"[^>]*>/gi)]
  const content = /content="([^"]*)"/i.exec(metas[0]?.[0] ?? '')?.[1] ?? ''

  it('is the app:// header policy, less what a <meta> policy cannot carry', () => {
    expect(metas).toHaveLength(1)
    const header = directives(CONTENT_SECURITY_POLICY)
    for (const name of META_IGNORED_DIRECTIVES) header.delete(name)
    expect(header.size).toBeGreaterThan(5)
    expect(directives(content)).toEqual(header)
    expect(content).toBe(CONTENT_SECURITY_POLICY_META)
  })
})
