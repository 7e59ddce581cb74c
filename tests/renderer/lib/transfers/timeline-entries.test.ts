import { describe, expect, it } from 'vitest'
import type { HistoryEntry } from '@shared/ipc/models'
import { entriesOf } from '@/lib/transfers/timeline-entries'
import { transferView } from '../../components/transfers/fixtures'

const entry = (id: number, at: string, newValue: string): HistoryEntry => ({
  id,
  at,
  domainName: 'myapp.io',
  field: 'transfer',
  oldValue: null,
  newValue,
  source: 'transfer',
})

describe('entriesOf', () => {
  const failed = transferView({ id: 1, state: 'failed', initiatedAt: null })
  const first = transferView({ id: 2, state: 'failed', initiatedAt: '2026-11-01T10:00:00Z' })
  const second = transferView({ id: 3, state: 'pending', initiatedAt: '2026-11-20T10:00:00Z' })
  const all = [failed, first, second]
  // Ids out of time order, as entries written by a restored or merged cache can be.
  const history = [
    entry(9, '2026-11-20T10:00:00Z', 'initiated'),
    entry(4, '2026-11-01T10:00:00Z', 'initiated'),
    entry(12, '2026-11-21T09:00:00Z', 'step done: Approve the e-mail'),
    entry(5, '2026-11-02T09:00:00Z', 'step done: Unlock'),
    entry(11, '2026-11-20T12:00:00Z', 'step done: Unlock'),
  ]

  it('gives an attempt VPS.org never accepted no entries of a later attempt', () => {
    expect(entriesOf(failed, all, history)).toEqual([])
  })

  it('keeps each attempt to its own entries, in time order', () => {
    expect(entriesOf(first, all, history).map((h) => h.id)).toEqual([4, 5])
    expect(entriesOf(second, all, history).map((h) => h.id)).toEqual([9, 11, 12])
  })

  it("takes the attempts' bounds from the history, whatever VPS.org's clock says", () => {
    // VPS.org's clock is a week behind this computer's: its initiatedAt precedes every entry.
    const skewed = transferView({ id: 7, state: 'pending', initiatedAt: '2026-11-13T10:00:00Z' })
    const entries = [
      entry(20, '2026-11-20T10:00:05Z', 'initiated'),
      entry(21, '2026-11-20T10:05:00Z', 'step done: Unlock'),
    ]
    expect(entriesOf(skewed, [skewed], entries).map((h) => h.id)).toEqual([20, 21])
    // And ahead of it: the same.
    const ahead = transferView({ id: 8, state: 'pending', initiatedAt: '2026-11-27T10:00:00Z' })
    expect(entriesOf(ahead, [ahead], entries).map((h) => h.id)).toEqual([20, 21])
  })
})
