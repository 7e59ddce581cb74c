import { describe, expect, it } from 'vitest'
import { isTrustedSenderUrl } from '../../../../electron/main/shell/trusted-sender'

const packaged = { devServerUrl: undefined }
const dev = { devServerUrl: 'http://localhost:5173/' }

describe('isTrustedSenderUrl', () => {
  it('trusts pages of the app origin app://domain-desk', () => {
    expect(isTrustedSenderUrl('app://domain-desk/index.html', packaged)).toBe(true)
    expect(isTrustedSenderUrl('app://domain-desk/index.html#/domains', packaged)).toBe(true)
    expect(isTrustedSenderUrl('app://domain-desk/', packaged)).toBe(true)
  })

  it('trusts the dev server origin only when a dev server is given', () => {
    expect(isTrustedSenderUrl('http://localhost:5173/#/renewals', dev)).toBe(true)
    expect(isTrustedSenderUrl('http://localhost:5173/#/renewals', packaged)).toBe(false)
  })

  it('still trusts the app origin in dev', () => {
    expect(isTrustedSenderUrl('app://domain-desk/index.html', dev)).toBe(true)
  })

  it('refuses other hosts, ports and schemes that only look like the app', () => {
    for (const url of [
      'app://evil/index.html',
      'app://domain-desk.evil.com/index.html',
      'app://domain-desk:8080/index.html',
      'app://user:pass@domain-desk/index.html',
      'apps://domain-desk/index.html',
      'https://domain-desk/index.html',
      'file:///opt/domain-desk/out/renderer/index.html',
    ]) {
      expect(isTrustedSenderUrl(url, dev), url).toBe(false)
    }
  })

  it('refuses the dev server host on another port or scheme', () => {
    expect(isTrustedSenderUrl('http://localhost:5174/', dev)).toBe(false)
    expect(isTrustedSenderUrl('https://localhost:5173/', dev)).toBe(false)
    expect(isTrustedSenderUrl('http://127.0.0.1:5173/', dev)).toBe(false)
  })

  it('refuses a sender whose frame is gone (no URL)', () => {
    expect(isTrustedSenderUrl(undefined, dev)).toBe(false)
  })

  it('refuses blank, malformed and opaque URLs', () => {
    for (const url of ['', 'about:blank', 'not a url', 'data:text/html,hi', 'null']) {
      expect(isTrustedSenderUrl(url, dev), url).toBe(false)
    }
  })

  it('ignores a dev server URL that is not http(s)', () => {
    expect(isTrustedSenderUrl('file:///tmp/x.html', { devServerUrl: 'file:///tmp/' })).toBe(false)
  })
})
