/**
 * A time limit for keychain calls. A keychain can hang instead of failing: a Secret Service
 * waiting on an unlock prompt nobody sees, a wedged D-Bus. The vault must not hang with it.
 */

/** A keychain call that did not settle within its time limit. */
export class KeychainTimeoutError extends Error {
  readonly timeoutMs: number

  constructor(timeoutMs: number) {
    super(`The keychain did not answer within ${timeoutMs} ms`)
    this.name = 'KeychainTimeoutError'
    this.timeoutMs = timeoutMs
  }
}

/**
 * Runs `call`, rejecting with `KeychainTimeoutError` if it has not settled after `timeoutMs`.
 * A synchronous throw from `call` becomes a rejection. The call itself cannot be cancelled; a
 * late result is ignored.
 */
export function withTimeout<T>(call: () => Promise<T>, timeoutMs: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new KeychainTimeoutError(timeoutMs)), timeoutMs)
    const settle = () => clearTimeout(timer)
    new Promise<T>((run) => run(call())).then(
      (value) => {
        settle()
        resolve(value)
      },
      (error: unknown) => {
        settle()
        reject(error)
      },
    )
  })
}
