/**
 * Client options for the app's services whose fetch runs `after(n)` once the n-th answer of the
 * current phase is in (reset `answered` to start a phase): lets a test change the sandbox, or
 * close it, between two pages of a listing.
 */
export function hookedFetch() {
  const hook: { after?: (n: number) => Promise<void> | void; answered: number } = { answered: 0 }
  const fetch: typeof globalThis.fetch = async (input, init) => {
    try {
      return await globalThis.fetch(input, init)
    } finally {
      await hook.after?.(++hook.answered)
    }
  }
  return { hook, client: { fetch, minRetryDelayMs: 1, maxRetryDelayMs: 5, timeoutMs: 3_000 } }
}
