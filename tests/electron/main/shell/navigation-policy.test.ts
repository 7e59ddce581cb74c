import { describe, expect, it } from 'vitest'
import {
  externalLinkToOpen,
  isAllowedNavigation,
} from '../../../../electron/main/shell/navigation-policy'

describe('isAllowedNavigation', () => {
  const packaged = { devServerUrl: undefined }
  const dev = { devServerUrl: 'http://localhost:5173' }

  it('allows navigating within the app origin', () => {
    expect(isAllowedNavigation('app://domain-desk/index.html', packaged)).toBe(true)
  })

  it('allows the dev server origin only in dev', () => {
    expect(isAllowedNavigation('http://localhost:5173/index.html', dev)).toBe(true)
    expect(isAllowedNavigation('http://localhost:5173/index.html', packaged)).toBe(false)
  })

  it('refuses every other site, even over https', () => {
    for (const url of [
      'https://vps.org/',
      'https://admin.vps.org/api/v1',
      'http://localhost:8787/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'app://other/index.html',
    ]) {
      expect(isAllowedNavigation(url, dev), url).toBe(false)
    }
  })
})

describe('externalLinkToOpen', () => {
  it('passes https links on, normalised', () => {
    expect(externalLinkToOpen('https://vps.org/docs')).toBe('https://vps.org/docs')
    expect(externalLinkToOpen('HTTPS://VPS.org')).toBe('https://vps.org/')
  })

  it('drops plain http, mailto, file, javascript and custom schemes', () => {
    for (const url of [
      'http://vps.org/',
      'mailto:support@vps.org',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'smb://host/share',
      'app://domain-desk/index.html',
      'ms-settings:',
    ]) {
      expect(externalLinkToOpen(url), url).toBeUndefined()
    }
  })

  it('drops https links carrying credentials', () => {
    expect(externalLinkToOpen('https://user:secret@vps.org/')).toBeUndefined()
    expect(externalLinkToOpen('https://user@vps.org/')).toBeUndefined()
  })

  it('opens only the hosts the app links to (VPS.org and its docs)', () => {
    for (const url of [
      'https://vps.org/',
      'https://www.vps.org/pricing',
      'https://docs.vps.org/api/domains',
      'https://admin.vps.org/domains',
    ]) {
      expect(externalLinkToOpen(url), url).toBe(url)
    }
    for (const url of [
      'https://evil.example/',
      'https://vps.org.evil.example/',
      'https://evilvps.org/',
      'https://xn--vps-org.example/',
      'https://vps.org:8443/',
      'https://127.0.0.1/',
      'https://anything.vps.org/',
    ]) {
      expect(externalLinkToOpen(url), url).toBeUndefined()
    }
  })

  it('drops malformed links', () => {
    expect(externalLinkToOpen('https://')).toBeUndefined()
    expect(externalLinkToOpen('not a url')).toBeUndefined()
    expect(externalLinkToOpen('')).toBeUndefined()
  })
})
