import { inspect } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ApiError, VpsApiClient, type ApiAccount } from '../../../../../electron/main/core/vps-api'
import { captureLogger, rejectionOf, TOKEN } from './support/fixtures'
import {
  closedPort,
  hang,
  html,
  json,
  raw,
  resetBeforeAnswer,
  resetMidBody,
  startScriptedServer,
  type Handler,
  type ScriptedServer,
} from './support/scripted-server'

/** A distinctive auth code: also a secret. */
const AUTH_CODE = 'EPP-Qw7#Zr4!Lm9'

let server: ScriptedServer
beforeAll(async () => {
  server = await startScriptedServer()
})
afterAll(async () => {
  await server.close()
})

/** Every way an error could be shown, logged or sent over IPC. */
function renderings(error: unknown): string[] {
  const e = error as Error
  return [String(e), e.message, e.stack ?? '', JSON.stringify(e), inspect(e, { depth: 10 })]
}

type Call = (client: VpsApiClient, account: ApiAccount) => Promise<unknown>
const get: Call = (c, a) => c.getDomain(a, 101)
const transfer: Call = (c, a) => c.transferDomain(a, 101, { auth_code: AUTH_CODE })
const register: Call = (c, a) => c.registerDomain(a, { domain_name: 'example.com' })

/**
 * Server answers that echo the secrets back, as a careless server or proxy might. (The auth code
 * can only be scrubbed from a transfer's errors — the other calls never knew it.)
 */
const echo = `Bearer ${TOKEN} / ${AUTH_CODE}`
const scenarios: [string, Handler[], Call][] = [
  [
    '400 echoing secrets in fields',
    [json(400, { auth_code: [`"${AUTH_CODE}" is invalid`], token: [echo] })],
    transfer,
  ],
  ['400 echoing secrets as a nested list', [json(400, { nameservers: { '0': [echo] } })], register],
  ['401 echoing the header', [json(401, { detail: `Invalid token: ${echo}` })], get],
  ['402 echoing', [json(402, { detail: echo })], transfer],
  ['404 echoing', [json(404, { detail: echo })], get],
  ['429 echoing', [json(429, { detail: echo }, { 'Retry-After': '9999' })], get],
  ['HTML 502 with secrets in the title', [html(502, echo), html(502, echo), html(502, echo)], get],
  ['5xx plain text', [raw(500, echo), raw(500, echo), raw(500, echo)], get],
  [
    '200 invalid JSON quoting secrets',
    Array(3).fill(raw(200, `{"oops": "${echo}`, 'application/json')),
    get,
  ],
  ['200 wrong shape', [json(200, { id: echo })], get],
  [
    'redirect to a URL with the token',
    [raw(301, '', 'text/plain', { Location: `https://x.example/${TOKEN}?t=${TOKEN}` })],
    get,
  ],
  ['reset before the answer', [resetBeforeAnswer()], transfer],
  ['reset mid-body', [resetMidBody(200, `{"echo": "${echo}`)], transfer],
  ['timeout', [hang()], transfer],
]

describe('VpsApiClient secrets', () => {
  it.each(scenarios)(
    'keeps the token and auth code out of errors and logs: %s',
    async (_name, handlers, call) => {
      const logger = captureLogger()
      const client = new VpsApiClient({
        logger,
        retries: 2,
        minRetryDelayMs: 1,
        maxRetryDelayMs: 2,
        timeoutMs: 200,
      })
      server.script(...handlers)
      const error = await rejectionOf(() => call(client, { baseUrl: server.baseUrl, token: TOKEN }))
      expect(error).toBeInstanceOf(ApiError)
      for (const text of [...renderings(error), ...logger.lines]) {
        expect(text).not.toContain(TOKEN)
        if (call === transfer) expect(text).not.toContain(AUTH_CODE)
      }
      expect(logger.lines.length).toBeGreaterThan(0)
      expect((error as Error).cause).toBeUndefined()
    },
  )

  it('keeps secrets out of local rejections (bad token format, bad base URL, refused, cancelled)', async () => {
    const logger = captureLogger()
    const client = new VpsApiClient({ logger, retries: 0 })
    const port = await closedPort()
    const errors = [
      await rejectionOf(() => client.getDomain({ baseUrl: server.baseUrl, token: `${TOKEN} ` }, 1)),
      await rejectionOf(() =>
        client.getDomain({ baseUrl: server.baseUrl, token: `${TOKEN}\r\nX: y` }, 1),
      ),
      await rejectionOf(() =>
        client.getDomain({ baseUrl: `https://u:${TOKEN}@h.example/api`, token: TOKEN }, 1),
      ),
      await rejectionOf(() =>
        client.getDomain({ baseUrl: `http://127.0.0.1:${port}/api/v1`, token: TOKEN }, 1),
      ),
      await rejectionOf(() =>
        client.transferDomain({ baseUrl: server.baseUrl, token: TOKEN }, 1, {
          auth_code: `${AUTH_CODE}\u0000`,
        }),
      ),
      await rejectionOf(() =>
        client.getDomain({ baseUrl: server.baseUrl, token: TOKEN }, 1, {
          signal: AbortSignal.abort(),
        }),
      ),
    ]
    for (const error of errors) {
      expect(error).toBeInstanceOf(ApiError)
      for (const text of [...renderings(error), ...logger.lines]) {
        expect(text).not.toContain(TOKEN)
        expect(text).not.toContain(AUTH_CODE)
      }
    }
  })

  it('never attaches fetch errors, which can quote the Authorization header', async () => {
    const client = new VpsApiClient({
      retries: 0,
      fetch: async (_url, init) => {
        const auth = (init?.headers as Record<string, string>).Authorization
        throw new TypeError('fetch failed', {
          cause: new Error(`Headers.append: "${auth}" is invalid`),
        })
      },
    })
    const error = await rejectionOf(() =>
      client.getDomain({ baseUrl: server.baseUrl, token: TOKEN }, 1),
    )
    expect(error).toMatchObject({ code: 'Network' })
    for (const text of renderings(error)) expect(text).not.toContain(TOKEN)
  })
})
