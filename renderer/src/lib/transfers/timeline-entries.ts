/**
 * Which history entries belong to which transfer card. A domain's transfer history mixes every
 * attempt; a card shows only its own attempt's entries (from its "initiated" entry until the next
 * attempt's), in time order. An attempt VPS.org never accepted has no entries of its own.
 *
 * The boundaries are the history's own "initiated" entries, written on this computer's clock like
 * every other entry. VPS.org's `initiatedAt` is on VPS.org's clock, so it only orders the
 * attempts; compared with the entries' times, any skew between the clocks would drop entries.
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
  const accepted = transfers
    .filter((t) => t.domainId === transfer.domainId && t.initiatedAt)
    .sort((a, b) => time(a.initiatedAt!) - time(b.initiatedAt!) || a.id - b.id)
  const sorted = [...history].sort((a, b) => time(a.at) - time(b.at) || a.id - b.id)
  const starts = sorted.flatMap((h, i) =>
    h.field === 'transfer' && h.newValue === 'initiated' ? [i] : [],
  )
  // With fewer starts than attempts (an older history trimmed), the newest attempts keep theirs.
  const slot = accepted.findIndex((t) => t.id === transfer.id) - (accepted.length - starts.length)
  if (slot < 0 || slot >= starts.length) return []
  return sorted.slice(starts[slot], starts[slot + 1] ?? sorted.length)
}
