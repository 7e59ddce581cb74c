import { afterEach, describe, expect, it } from 'vitest'
import { startSandbox, type RunningSandbox } from '../../../../electron/sandbox/index'
import { isLoopbackHost } from '../../../../electron/sandbox/http/loopback-host'
import { rawRequest } from '../../../support/raw-http'

let sandbox: RunningSandbox | undefined
afterEach(async () => {
  await sandbox?.close()
  sandbox = undefined
})

describe('isLoopbackHost', () => {
  it('accepts only the loopback address and port the server binds', () => {
    expect(isLoopbackHost('127.0.0.1:8787', 8787)).toBe(true)
    expect(isLoopbackHost('localhost:8787', 8787)).toBe(true)
    expect(isLoopbackHost('LOCALHOST:8787', 8787)).toBe(true)
    for (const host of [
      undefined,
      '',
      '127.0.0.1',
      '127.0.0.1:8788',
      'evil.example:8787',
      'evil.example',
      '127.0.0.1.evil.example:8787',
      'localhost.evil.example:8787',
      '127.0.0.2:8787',
      '[::1]:8787',
      '127.0.0.1:8787@evil.example',
    ]) {
      expect(isLoopbackHost(host, 8787), String(host)).toBe(false)
    }
  })
})

describe('the sandbox over HTTP', () => {
  it('refuses API and control requests whose Host is not its loopback address (DNS rebinding)', async () => {
    sandbox = await startSandbox({ domains: 3, token: 'tok-host-check' })
    const { port } = sandbox
    const auth = { authorization: 'Bearer tok-host-check' }
    for (const host of [`evil.example:${port}`, 'evil.example', `127.0.0.1:${port + 1}`]) {
      const control = await rawRequest(port, 'GET', '/__sandbox/', { host })
      expect(control.status, host).toBe(403)
      const api = await rawRequest(port, 'GET', '/api/v1/domains/', { host, ...auth })
      expect(api.status, host).toBe(403)
    }
    expect(
      (await rawRequest(port, 'GET', '/api/v1/domains/', { host: `127.0.0.1:${port}`, ...auth }))
        .status,
    ).toBe(200)
    expect(
      (await rawRequest(port, 'GET', '/api/v1/domains/', { host: `localhost:${port}`, ...auth }))
        .status,
    ).toBe(200)
    expect(
      (await rawRequest(port, 'GET', '/__sandbox/', { host: `127.0.0.1:${port}` })).status,
    ).toBe(200)
  })

  it('serves no /__sandbox/ controls when they are turned off (the packaged app’s demo)', async () => {
    sandbox = await startSandbox({ domains: 3, token: 'tok-host-check', controls: false })
    const host = `127.0.0.1:${sandbox.port}`
    for (const path of [
      '/__sandbox/',
      '/__sandbox/clock',
      '/__sandbox/faults',
      '/__sandbox/domains/101/auth-code',
    ]) {
      expect((await rawRequest(sandbox.port, 'GET', path, { host })).status, path).toBe(404)
    }
    const api = await rawRequest(sandbox.port, 'GET', '/api/v1/domains/', {
      host,
      authorization: 'Bearer tok-host-check',
    })
    expect(api.status).toBe(200)
  })
})
