/**
 * A bulk change's preview from what is known about each selected domain: which will change (each
 * setting before → after), which already have the wanted settings, and which VPS.org is known to
 * refuse and why (a transfer lock can only be changed at the registrar that holds the domain; a
 * domain that left the account cannot be changed). Pure: main runs it on the cache.
 */
import type { BulkBlocked, BulkChangeItem, BulkPreview } from '../ipc/bulk-models'
import type { SettingsChange } from '../ipc/models'

/** One selected domain as the preview reads it. */
export interface SelectedDomain {
  id: number
  name: string
  unicodeName: string
  autoRenew: boolean
  locked: boolean
  privacy: boolean
  nameservers: string[]
  removed: boolean
  /** Null until the domain's details have been fetched once. */
  registrar: string | null
}

/** The registrar name VPS.org's details give its own domains. */
export const VPS_ORG_REGISTRAR = 'VPS.org'

const describe = (value: unknown) => (Array.isArray(value) ? value.join(', ') : String(value))

/** The settings `change` would alter on `domain`, before → after. */
export function changesFor(
  domain: SelectedDomain,
  change: SettingsChange,
): BulkChangeItem['changes'] {
  const current: Record<keyof SettingsChange, unknown> = {
    autoRenew: domain.autoRenew,
    privacy: domain.privacy,
    locked: domain.locked,
    nameservers: domain.nameservers,
  }
  return (Object.keys(change) as Array<keyof SettingsChange>)
    .filter((f) => change[f] !== undefined && describe(change[f]) !== describe(current[f]))
    .map((field) => ({ field, from: describe(current[field]), to: describe(change[field]) }))
}

/** Why VPS.org would refuse these changes to `domain`, if the cache already knows. */
function refusal(
  domain: SelectedDomain,
  changes: BulkChangeItem['changes'],
): Omit<BulkBlocked, 'id' | 'name'> | null {
  if (domain.removed) return { reason: 'removed' }
  const elsewhere =
    domain.registrar !== null && domain.registrar.toLowerCase() !== VPS_ORG_REGISTRAR.toLowerCase()
  if (elsewhere && changes.some((c) => c.field === 'locked'))
    return { reason: 'otherRegistrar', registrar: domain.registrar! }
  return null
}

/** Splits the selected domains into will change / no change needed / cannot change. */
export function planBulk(domains: SelectedDomain[], change: SettingsChange): BulkPreview {
  const willChange: BulkChangeItem[] = []
  const blocked: BulkBlocked[] = []
  let unchanged = 0
  let unchecked = 0
  for (const domain of domains) {
    const changes = changesFor(domain, change)
    if (changes.length === 0) {
      unchanged++
      continue
    }
    const refused = refusal(domain, changes)
    if (refused) blocked.push({ id: domain.id, name: domain.unicodeName, ...refused })
    else {
      willChange.push({ id: domain.id, name: domain.unicodeName, changes })
      if (domain.registrar === null && changes.some((c) => c.field === 'locked')) unchecked++
    }
  }
  return { total: domains.length, willChange, unchanged, blocked, unchecked }
}
