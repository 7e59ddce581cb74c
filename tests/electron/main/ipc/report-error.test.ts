import { describe, expect, it } from 'vitest'
import { startTestApp } from '../../../support/app'

describe('app.reportError', () => {
  it('logs an error from the page, scrubbed of the token', async () => {
    const app = await startTestApp({ sandbox: { domains: 1 } })
    const token = app.sandbox.token
    expect(
      await app.call('app.reportError', {
        kind: 'unhandledrejection',
        message: `TypeError: x is undefined (${token})`,
        stack: `at f (app://domain-desk/assets/index.js:1:2) ${token}`,
      }),
    ).toBeNull()
    const line = app.logLines.find((l) => l.includes('Error in the window'))
    expect(line).toMatch(/TypeError: x is undefined/)
    expect(line).not.toContain(token)
  })

  it('refuses an oversized report instead of writing it', async () => {
    const app = await startTestApp({ connect: false })
    await expect(
      app.call('app.reportError', { kind: 'error', message: 'x'.repeat(5_000) }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' })
  })
})
