/**
 * How the transfers page words and colours things: each state's tag severity, each checklist
 * item's state (met, not met, not checked, you confirm), and the history entries main writes
 * ("initiated", "step done: …") in the user's language.
 */
import type { HistoryEntry, TransferCheck, TransferView } from '@shared/ipc/models'

type Translate = (key: string, values?: Record<string, unknown>) => string

/** Tag severity per transfer state (the state is always written out as well). */
export const STATE_SEVERITY: Record<
  TransferView['state'],
  'info' | 'warn' | 'success' | 'danger' | 'secondary'
> = {
  sending: 'info',
  unknown: 'warn',
  pending: 'info',
  completed: 'success',
  failed: 'danger',
}

export type CheckItem = TransferCheck['checks'][number]

/** Requirements only the user can vouch for (main cannot see the registrar's side). */
export const USER_CONFIRMS: readonly CheckItem['key'][] = ['authCode', 'whoisEmail']
export type CheckState = 'met' | 'notMet' | 'unknown' | 'confirm'

/** What a checklist item shows: the app's verdict, or the user's to give. */
export function checkState(item: CheckItem): CheckState {
  if (item.passed === true) return 'met'
  if (item.passed === false) return 'notMet'
  return USER_CONFIRMS.includes(item.key) ? 'confirm' : 'unknown'
}

/** One history entry in words ("Transfer started", "Step done: …"); unknown ones verbatim. */
export function eventText(entry: HistoryEntry, t: Translate): string {
  const value = entry.newValue ?? ''
  if (value === 'initiated') return t('transfers.events.initiated')
  if (value === 'completed') return t('transfers.events.completed')
  const step = /^step (done|undone): (.*)$/s.exec(value)
  if (step)
    return t(step[1] === 'done' ? 'transfers.events.stepDone' : 'transfers.events.stepUndone', {
      step: step[2],
    })
  return value
}

/** The TLD of an ASCII domain name, for "no price for .xyz". */
export function tldOf(name: string): string {
  return name.split('.').pop() ?? name
}
