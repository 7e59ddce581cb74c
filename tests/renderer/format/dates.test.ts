import { describe, expect, it } from 'vitest'
import { armenianDate } from '@/format/dates'
import { withoutArmenianIntl } from '../support/no-armenian-intl'

const AT = new Date(Date.UTC(2026, 10, 29, 15, 7))

describe('Armenian dates', () => {
  it('reads day.month.year and a 24-hour clock', () => {
    expect(armenianDate(AT, 'date', 'UTC')).toBe('29.11.2026')
    expect(armenianDate(AT, 'dateTime', 'UTC')).toBe('29.11.2026, 15:07')
    expect(armenianDate(AT, 'time', 'UTC')).toBe('15:07')
    expect(armenianDate(AT, 'month', 'UTC')).toBe('11.2026')
    expect(armenianDate(new Date(Date.UTC(2026, 0, 5, 0, 3)), 'dateTime', 'UTC')).toBe(
      '05.01.2026, 00:03',
    )
  })

  it('keeps that order where the Intl data for Armenian is missing (as in some Chromium builds)', async () => {
    await withoutArmenianIntl(() => {
      expect(armenianDate(AT, 'dateTime', 'Asia/Yerevan')).toBe('29.11.2026, 19:07')
    })
  })
})
