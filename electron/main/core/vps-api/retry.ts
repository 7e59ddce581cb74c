/**
 * When to try a request again, and how long to wait first.
 *
 * - GET, PUT and DELETE are idempotent: repeating them cannot do anything twice, so they are
 *   retried on Network, Timeout, Server (5xx), RateLimited and BadResponse — the last only for a
 *   2xx whose body was damaged (empty, HTML, cut-off JSON). A well-formed body of the wrong
 *   shape, a body over the size limit, or a 3xx/405/415 will not get better by asking again.
 * - POST (register, transfer) spends money and is NEVER retried, whatever the error.
 * - The wait is exponential backoff with full jitter; a `Retry-After` (429, 503) sets a minimum.
 *   A `Retry-After` longer than `maxRetryAfterMs` ends the attempts at once: the RateLimited
 *   error carries `retryAfterMs` so that the UI can say when to come back.
 * - A DELETE that gets 404 after an earlier attempt might have reached VPS.org counts as done:
 *   that earlier attempt most likely removed it.
 *
 * The loop is our own: its wait must be abortable, honour Retry-After and use the injectable
 * `random`, which left a backoff library nothing to do but count attempts.
 */
import { ApiError, isApiError, type HttpMethod } from './errors'
import type { ApiLogger } from './logger'

/** Retry tuning; all injectable so tests run in milliseconds. */
export interface RetryPolicy {
  /** Retries after the first attempt (default 4, so up to 5 attempts). */
  retries: number
  /** Backoff cap for the first retry (default 250 ms); doubles each time. */
  minDelayMs: number
  /** Largest backoff cap (default 8 s). */
  maxDelayMs: number
  /** A longer Retry-After ends the attempts instead of waiting (default 60 s). */
  maxRetryAfterMs: number
  /** Source of randomness for the jitter, in [0, 1). */
  random: () => number
}

/** The defaults described above. */
export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  retries: 4,
  minDelayMs: 250,
  maxDelayMs: 8_000,
  maxRetryAfterMs: 60_000,
  random: Math.random,
}

/** The request being retried, for the decision and the log. */
export interface RetryContext {
  method: HttpMethod
  path: string
  signal?: AbortSignal
  logger: ApiLogger
  /**
   * Sees each failed attempt that would be retried; 'stop' ends the attempts with that error
   * instead (a concurrent listing handles 429 for all its requests at once, and backs off on 5xx).
   */
  beforeRetry?: (error: ApiError) => 'retry' | 'stop'
}

/** Bad 2xx answers that would come back the same on every attempt. */
const DETERMINISTIC_BAD_RESPONSES = new Set(['SCHEMA_MISMATCH', 'BODY_TOO_LARGE'])

/** Whether a method may be sent again without risk of doing something twice. */
export function isRetryableMethod(method: HttpMethod): boolean {
  return method === 'GET' || method === 'PUT' || method === 'DELETE'
}

/** Whether an error is worth another attempt (for a retryable method). */
export function isRetryableError(error: unknown): error is ApiError {
  if (!isApiError(error)) return false
  switch (error.code) {
    case 'Network':
    case 'Timeout':
    case 'Server':
    case 'RateLimited':
      return true
    case 'BadResponse':
      return (
        error.status !== undefined &&
        error.status >= 200 &&
        error.status < 300 &&
        !DETERMINISTIC_BAD_RESPONSES.has(error.causeCode ?? '')
      )
    default:
      return false
  }
}

/** The wait before retry number `retry` (1-based): full jitter, at least the Retry-After. */
export function retryDelayMs(retry: number, policy: RetryPolicy, retryAfterMs?: number): number {
  const cap = Math.min(policy.maxDelayMs, policy.minDelayMs * 2 ** (retry - 1))
  const jittered = Math.round(policy.random() * cap)
  return Math.max(jittered, retryAfterMs ?? 0)
}

function sleep(ms: number, context: RetryContext): Promise<void> {
  return new Promise((resolve, reject) => {
    const cancelled = () =>
      new ApiError({
        code: 'Cancelled',
        message: 'The request to VPS.org was cancelled.',
        method: context.method,
        path: context.path,
      })
    if (context.signal?.aborted) return reject(cancelled())
    const onAbort = () => {
      clearTimeout(timer)
      reject(cancelled())
    }
    const timer = setTimeout(() => {
      context.signal?.removeEventListener('abort', onAbort)
      resolve()
    }, ms)
    context.signal?.addEventListener('abort', onAbort, { once: true })
  })
}

/**
 * Runs `attempt` (given the 1-based attempt number) under the policy above. Resolves with the
 * first success; rejects with the last error.
 */
export async function withRetries<T>(
  attempt: (attemptNumber: number) => Promise<T>,
  context: RetryContext,
  policy: RetryPolicy = DEFAULT_RETRY_POLICY,
): Promise<T> {
  // One attempt, then the error: never resend a request that may spend money.
  if (!isRetryableMethod(context.method)) return attempt(1)

  const numOfAttempts = Math.max(1, policy.retries + 1)
  let earlierAttemptMayHaveArrived = false
  for (let attemptNumber = 1; ; attemptNumber++) {
    try {
      return await attempt(attemptNumber)
    } catch (error) {
      if (
        context.method === 'DELETE' &&
        earlierAttemptMayHaveArrived &&
        isApiError(error) &&
        error.code === 'NotFound'
      ) {
        context.logger.debug(
          'VPS.org DELETE answered 404 after an unclear attempt; already removed',
          {
            method: context.method,
            path: context.path,
            attempt: attemptNumber,
          },
        )
        return undefined as T
      }
      if (isApiError(error) && error.requestMayHaveArrived) earlierAttemptMayHaveArrived = true
      if (attemptNumber >= numOfAttempts || !isRetryableError(error)) throw error
      if (error.retryAfterMs !== undefined && error.retryAfterMs > policy.maxRetryAfterMs)
        throw error
      if (context.beforeRetry?.(error) === 'stop') throw error
      const delayMs = retryDelayMs(attemptNumber, policy, error.retryAfterMs)
      context.logger.warn('VPS.org API attempt failed; retrying', {
        method: context.method,
        path: context.path,
        attempt: attemptNumber,
        code: error.code,
        status: error.status,
        delayMs,
      })
      await sleep(delayMs, context)
    }
  }
}
