/** One domain over the bridge: details, refresh, settings, tags, note, removal. */
import type { BulkPreview, Selection } from '@shared/ipc/bulk-models'
import type { DomainView, SettingsChange } from '@shared/ipc/models'
import { bridge, unwrap } from './bridge'

export const fetchDomain = (accountId: string, id: number): Promise<DomainView> =>
  unwrap(bridge().domain.get(accountId, id))
export const refreshDomain = (accountId: string, id: number): Promise<DomainView> =>
  unwrap(bridge().domain.refresh(accountId, id))
export const updateDomain = (
  accountId: string,
  id: number,
  change: SettingsChange,
): Promise<{ domain: DomainView; message: string }> =>
  unwrap(bridge().domain.update(accountId, id, change))
export const removeDomain = async (accountId: string, id: number): Promise<void> => {
  await unwrap(bridge().domain.remove(accountId, id))
}
export const setDomainTags = (accountId: string, id: number, tags: string[]): Promise<DomainView> =>
  unwrap(bridge().domain.setTags(accountId, id, tags))
export const setDomainNote = (accountId: string, id: number, note: string): Promise<DomainView> =>
  unwrap(bridge().domain.setNote(accountId, id, note))
/** What a bulk change would do to a selection (main resolves it against the cache). */
export const previewBulk = (
  accountId: string,
  selection: Selection,
  change: SettingsChange,
): Promise<BulkPreview> => unwrap(bridge().bulk.preview(accountId, selection, change))
