import { describe, expect, it } from 'vitest'
import { EventQueue } from '../../../electron/sandbox/event-queue'

describe('EventQueue', () => {
  it('releases only due events, earliest first', () => {
    const q = new EventQueue()
    for (const at of [50, 10, 40, 30, 20]) q.push({ at, kind: 'k', domainId: at })
    const due: number[] = []
    for (let e = q.popDue(35); e; e = q.popDue(35)) due.push(e.at)
    expect(due).toEqual([10, 20, 30])
    expect(q.size).toBe(2)
    expect(q.popDue(39)).toBeUndefined()
  })

  it('keeps insertion order for events at the same time', () => {
    const q = new EventQueue()
    for (let id = 1; id <= 20; id++) q.push({ at: 7, kind: 'k', domainId: id })
    const ids: number[] = []
    for (let e = q.popDue(7); e; e = q.popDue(7)) ids.push(e.domainId)
    expect(ids).toEqual(Array.from({ length: 20 }, (_, i) => i + 1))
  })

  it('stays ordered under many random pushes', () => {
    const q = new EventQueue()
    const times = Array.from({ length: 2_000 }, (_, i) => (i * 7919) % 1009)
    times.forEach((at, i) => q.push({ at, kind: 'k', domainId: i }))
    const out: number[] = []
    for (let e = q.popDue(Infinity); e; e = q.popDue(Infinity)) out.push(e.at)
    expect(out).toEqual([...times].sort((a, b) => a - b))
  })
})
