/** The sentence that says where the update check is, as an i18n key and its parameters. */
import type { UpdateState } from '@shared/ipc/desktop-models'

/** The key under `desktop.updates` and its parameters, or null before any check. */
export function updateStatus(
  state: UpdateState,
): { key: string; params: Record<string, unknown> } | null {
  const params = { version: state.version ?? '', percent: Math.round(state.percent ?? 0) }
  switch (state.phase) {
    case 'idle':
      return null
    case 'failed':
      return { key: `desktop.updates.problem.${state.problem ?? 'failed'}`, params }
    case 'downloaded':
      return {
        key: state.installOnQuit
          ? 'desktop.updates.status.installOnQuit'
          : 'desktop.updates.status.downloaded',
        params,
      }
    default:
      return { key: `desktop.updates.status.${state.phase}`, params }
  }
}
