/** Test helper with no test-runner hooks, so plain scripts (the chaos run) can use it too. */
import type { createDispatcher } from '../../electron/main/ipc/dispatcher'

/**
 * Calls a channel as the app's own window would (trusted sender, app origin); throws the
 * channel's error, with its code and fields, when the answer is not ok.
 */
export function trustedCall(dispatch: ReturnType<typeof createDispatcher>) {
  return async (channel: string, ...args: unknown[]) => {
    const result = await dispatch(channel, args, {
      trusted: true,
      url: 'app://domain-desk/index.html',
    })
    if (!result.ok) throw Object.assign(new Error(result.error.message), result.error)
    return result.data as any
  }
}
