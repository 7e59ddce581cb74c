/**
 * Which history entries belong to which transfer card. A domain's transfer history mixes every
 * attempt; a card shows only its own attempt's entries (from its start until the next attempt's
 * start), in time order. An attempt VPS.org never accepted has no entries of its own.
 */
import type { HistoryEntry, TransferView } from '@shared/ipc/models'

const time = (iso: string) => Date.parse(iso)

/** The entries of `transfer`, oldest first. */
export function entriesOf(
  transfer: TransferView,
  transfers: readonly TransferView[],
  history: readonly HistoryEntry[],
): HistoryEntry[] {
  if (!transfer.initiatedAt) return []
  const start = time(transfer.initiatedAt)
  const nextStart = transfers
    .filter((t) => t.domainId === transfer.domainId && t.id !== transfer.id && t.initiatedAt)
    .map((t) => time(t.initiatedAt!))
    .filter((at) => at > start)
    .sort((a, b) => a - b)[0]
  return history
    .filter((h) => time(h.at) >= start && (nextStart === undefined || time(h.at) < nextStart))
    .sort((a, b) => time(a.at) - time(b.at) || a.id - b.id)
}
