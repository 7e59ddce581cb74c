/**
 * Test helper: a sandbox on a free loopback port with a frozen clock at a fixed date, plus raw
 * HTTP helpers (plain fetch, no client) for the API and the /__sandbox/ controls.
 */
import { afterEach } from 'vitest'
import {
  startSandbox,
  type RunningSandbox,
  type SandboxOptions,
} from '../../electron/sandbox/index'

/** 2026-11-29T12:00:00Z: the fixed simulated start of test sandboxes. */
export const TEST_START = Date.UTC(2026, 10, 29, 12, 0, 0)
export const TEST_TOKEN = 'test-token-4f1c2a'

export interface RawResponse {
  status: number
  headers: Headers
  text: string
  /** Parsed JSON, or undefined when the body is empty or not JSON. */
  json: any
}

export interface TestSandbox extends RunningSandbox {
  /** A raw API call: path relative to /api/v1, Bearer token added unless `auth` is false. */
  api(
    method: string,
    path: string,
    body?: unknown,
    init?: { auth?: string | false; headers?: Record<string, string> },
  ): Promise<RawResponse>
  /** A /__sandbox/ control call. */
  control(method: string, path: string, body?: unknown): Promise<RawResponse>
}

async function raw(
  url: string,
  method: string,
  body: unknown,
  headers: Record<string, string>,
): Promise<RawResponse> {
  const res = await fetch(url, {
    method,
    headers: body === undefined ? headers : { 'Content-Type': 'application/json', ...headers },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    redirect: 'manual',
  })
  const text = await res.text()
  let json: unknown
  try {
    json = text ? JSON.parse(text) : undefined
  } catch {
    json = undefined
  }
  return { status: res.status, headers: res.headers, text, json }
}

const running: RunningSandbox[] = []
afterEach(async () => {
  await Promise.all(running.splice(0).map((s) => s.close()))
})

/** Starts a sandbox closed automatically after the test. */
export async function startTestSandbox(options: SandboxOptions = {}): Promise<TestSandbox> {
  const sandbox = await startSandbox({
    token: TEST_TOKEN,
    clockSpeed: 0,
    startAt: TEST_START,
    ...options,
  })
  running.push(sandbox)
  return Object.assign(sandbox, {
    api(
      method: string,
      path: string,
      body?: unknown,
      init: { auth?: string | false; headers?: Record<string, string> } = {},
    ) {
      const auth = init.auth === undefined ? `Bearer ${sandbox.token}` : init.auth
      const headers = { ...(auth === false ? {} : { Authorization: auth }), ...init.headers }
      return raw(`${sandbox.baseUrl}${path}`, method, body, headers)
    },
    control(method: string, path: string, body?: unknown) {
      return raw(`${sandbox.origin}/__sandbox${path}`, method, body, {})
    },
  })
}
