/**
 * The preview of a bulk change from what the cache knows (the rules are in shared/bulk/plan.ts):
 * will change, no change needed, cannot change and why. Only the first group is sent.
 */
import { planBulk } from '../../shared/bulk/plan'
import type { BulkPreview, Selection } from '../../shared/ipc/bulk-models'
import type { SettingsChange } from '../../shared/ipc/models'
import { selectedDomains } from '../core/db/selection-query'
import type { Cache } from '../core/db/cache'

/** Resolves the selection against the cache and previews the change. */
export function previewBulk(
  cache: Cache,
  accountId: string,
  selection: Selection,
  change: SettingsChange,
  now: number,
): BulkPreview {
  return planBulk(selectedDomains(cache.db, accountId, selection, now), change)
}
