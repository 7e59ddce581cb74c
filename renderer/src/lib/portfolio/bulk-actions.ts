/** The bulk changes offered for selected domains, and the settings change each one makes. */
import type { SettingsChange } from '@shared/ipc/models'

export const BULK_ACTIONS = [
  'autoRenewOn',
  'autoRenewOff',
  'lock',
  'unlock',
  'privacyOn',
  'privacyOff',
  'nameservers',
] as const
export type BulkAction = (typeof BULK_ACTIONS)[number]

/** The settings change of an action (nameservers come from the dialog's form). */
export function changeFor(action: BulkAction, nameservers: string[] = []): SettingsChange {
  switch (action) {
    case 'autoRenewOn':
      return { autoRenew: true }
    case 'autoRenewOff':
      return { autoRenew: false }
    case 'lock':
      return { locked: true }
    case 'unlock':
      return { locked: false }
    case 'privacyOn':
      return { privacy: true }
    case 'privacyOff':
      return { privacy: false }
    case 'nameservers':
      return { nameservers }
  }
}

/** The toolbar's groups: a setting and its two directions, then nameservers on their own. */
export const BULK_GROUPS: Array<{ key: string; actions: BulkAction[] }> = [
  { key: 'autoRenew', actions: ['autoRenewOn', 'autoRenewOff'] },
  { key: 'lock', actions: ['lock', 'unlock'] },
  { key: 'privacy', actions: ['privacyOn', 'privacyOff'] },
  { key: 'nameservers', actions: ['nameservers'] },
]
