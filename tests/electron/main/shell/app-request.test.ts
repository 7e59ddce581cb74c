import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { resolveAppRequest } from '../../../../electron/main/shell/app-request'

const root = '/opt/domain-desk/resources/app.asar/out/renderer'

describe('resolveAppRequest', () => {
  it('serves index.html for the bare origin and for /', () => {
    for (const url of ['app://domain-desk', 'app://domain-desk/']) {
      expect(resolveAppRequest(url, root), url).toEqual({
        kind: 'file',
        filePath: join(root, 'index.html'),
        mimeType: 'text/html; charset=utf-8',
      })
    }
  })

  it('maps asset paths into the renderer directory with their MIME type', () => {
    expect(resolveAppRequest('app://domain-desk/assets/index-Cx1.js', root)).toEqual({
      kind: 'file',
      filePath: join(root, 'assets', 'index-Cx1.js'),
      mimeType: 'text/javascript; charset=utf-8',
    })
  })

  it('ignores the query string and the hash', () => {
    const target = resolveAppRequest('app://domain-desk/index.html?v=2#/domains', root)
    expect(target).toMatchObject({ kind: 'file', filePath: join(root, 'index.html') })
  })

  it('decodes percent-encoded names', () => {
    const target = resolveAppRequest('app://domain-desk/assets/my%20font.woff2', root)
    expect(target).toMatchObject({ kind: 'file', filePath: join(root, 'assets', 'my font.woff2') })
  })

  it('refuses to leave the renderer directory, however the path is spelled', () => {
    for (const url of [
      'app://domain-desk/..%2f..%2fmain%2findex.js',
      'app://domain-desk/assets/..%2F..%2F..%2Fpackage.json',
      'app://domain-desk/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd',
      'app://domain-desk/..%5c..%5cpackage.json',
      'app://domain-desk/C:%5CWindows%5Cwin.ini',
      'app://domain-desk/index.html%00.png',
    ]) {
      expect(resolveAppRequest(url, root), url).toEqual({ kind: 'not-found' })
    }
  })

  it('keeps dot segments the URL parser collapses inside the root', () => {
    for (const url of [
      'app://domain-desk/../../../index.html',
      'app://domain-desk/%2e%2e/%2e%2e/index.html',
    ]) {
      const target = resolveAppRequest(url, root)
      expect(target, url).toMatchObject({ kind: 'file', filePath: join(root, 'index.html') })
    }
  })

  it('treats an encoded leading slash as a path inside the root, not an absolute one', () => {
    const target = resolveAppRequest('app://domain-desk/%2Fetc%2Fpasswd', root)
    expect(target).toMatchObject({ kind: 'file', filePath: join(root, 'etc', 'passwd') })
  })

  it('refuses paths that cannot be decoded', () => {
    expect(resolveAppRequest('app://domain-desk/%E0%A4%A', root)).toEqual({ kind: 'not-found' })
  })

  it('does not fall back to index.html for unknown routes or list directories', () => {
    expect(resolveAppRequest('app://domain-desk/assets/', root)).toEqual({ kind: 'not-found' })
    expect(resolveAppRequest('app://domain-desk/domains/example.com', root)).toMatchObject({
      kind: 'file',
      filePath: join(root, 'domains', 'example.com'),
    })
  })

  it('refuses other hosts and schemes', () => {
    for (const url of [
      'app://other/index.html',
      'app://domain-desk:1/index.html',
      'https://domain-desk/index.html',
      'file:///opt/domain-desk/resources/app.asar/out/renderer/index.html',
      'not a url',
    ]) {
      expect(resolveAppRequest(url, root), url).toEqual({ kind: 'not-found' })
    }
  })
})
