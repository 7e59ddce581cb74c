/**
 * Stand-ins for keytar: a working in-memory keychain whose calls can be made to fail or hang,
 * and a logger that records every line.
 */
import type { KeytarLike, VaultLogger } from '../../../../../../electron/main/core/vault'

/** A distinctive token: any appearance of it in output is a leak. */
export const TOKEN = 'vpsTok_Q4mW-SECRET-8d2b6e0f1a'

type Method = keyof KeytarLike

/** A keychain in a Map, counting calls; `failWith`/`hang` make chosen methods misbehave. */
export interface FakeKeytar extends KeytarLike {
  entries: Map<string, string>
  calls: Record<Method, number>
  /** Makes `method` reject with `error` (until set back to undefined). */
  failWith(method: Method, error: Error | undefined): void
  /** Makes `method` never settle (until set back to false). */
  hang(method: Method, hanging: boolean): void
}

/** A fresh, working `FakeKeytar`. */
export function fakeKeytar(): FakeKeytar {
  const entries = new Map<string, string>()
  const calls: Record<Method, number> = { getPassword: 0, setPassword: 0, deletePassword: 0 }
  const failures = new Map<Method, Error>()
  const hanging = new Set<Method>()
  const key = (service: string, account: string) => `${service}\n${account}`

  async function misbehave(method: Method): Promise<void> {
    calls[method]++
    if (hanging.has(method)) await new Promise(() => {})
    const failure = failures.get(method)
    if (failure) throw failure
  }

  return {
    entries,
    calls,
    failWith: (method, error) => (error ? failures.set(method, error) : failures.delete(method)),
    hang: (method, on) => (on ? hanging.add(method) : hanging.delete(method)),
    async getPassword(service, account) {
      await misbehave('getPassword')
      return entries.get(key(service, account)) ?? null
    },
    async setPassword(service, account, password) {
      await misbehave('setPassword')
      entries.set(key(service, account), password)
    },
    async deletePassword(service, account) {
      await misbehave('deletePassword')
      return entries.delete(key(service, account))
    },
  }
}

/** A logger that keeps each line (message and fields) as one JSON string. */
export function captureLogger(): VaultLogger & { lines: string[] } {
  const lines: string[] = []
  return {
    lines,
    warn: (msg, fields) => lines.push(JSON.stringify({ msg, fields })),
  }
}
