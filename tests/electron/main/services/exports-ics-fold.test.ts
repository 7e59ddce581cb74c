/**
 * The calendar export folds its lines itself (in linear time); the result is byte for byte what
 * ical-generator's own folding makes of the same text.
 */
import ical from 'ical-generator'
import { describe, expect, it } from 'vitest'
import { foldIcsLines } from '../../../../electron/main/services/exports'

/** A deterministic pseudo-random generator (mulberry32). */
function random(seed: number) {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

// One, two, three and four octets in UTF-8: ASCII, Armenian, CJK, an emoji (a surrogate pair).
const PIECES = ['a', 'Z', '7', ' ', ';', 'ա', 'Ձ', 'ü', '中', '字', '😀', '🇦🇲', '.', '-']

describe('foldIcsLines', () => {
  it('folds as ical-generator does, for any mix of one- to four-octet characters', () => {
    const next = random(7)
    for (let round = 0; round < 200; round++) {
      const text = (length: number) =>
        Array.from({ length }, () => PIECES[Math.floor(next() * PIECES.length)]).join('')
      const calendar = ical({ name: text(5 + Math.floor(next() * 120)) })
      for (let e = 0; e < 3; e++)
        calendar.createEvent({
          start: new Date(Date.UTC(2027, 0, 1 + e)),
          allDay: true,
          summary: text(Math.floor(next() * 200)),
          description: `${text(Math.floor(next() * 300))}\n${text(Math.floor(next() * 80))}`,
          id: `e${round}-${e}@test`,
        })
      const folded = calendar.toString()
      expect(foldIcsLines(folded.replace(/\r\n /g, ''))).toBe(folded)
    }
  })

  it('leaves lines of 74 octets alone and breaks the 75th onto a continuation line', () => {
    expect(foldIcsLines('x'.repeat(74))).toBe('x'.repeat(74))
    expect(foldIcsLines('x'.repeat(75))).toBe(`${'x'.repeat(74)}\r\n x`)
    // A two-octet character that would end past octet 74 moves to the next line whole.
    expect(foldIcsLines(`${'x'.repeat(73)}ա`)).toBe(`${'x'.repeat(73)}\r\n ա`)
  })
})
