import { describe, expect, it } from 'vitest'
import { calendarLocale, firstDayOfWeek, firstDayOfWeekFromTable } from '@/lib/calendar/week-start'

describe('the first day of the week', () => {
  it('is Sunday in the United States and Monday in Britain and Armenia', () => {
    expect(firstDayOfWeek('en-US')).toBe(7)
    expect(firstDayOfWeek('en-GB')).toBe(1)
    expect(firstDayOfWeek('hy-AM')).toBe(1)
  })

  it("takes a language's most likely region when none is given", () => {
    expect(firstDayOfWeek('en')).toBe(7)
    expect(firstDayOfWeek('hy')).toBe(1)
  })

  it('falls back to a table where the runtime has no week information', () => {
    expect(firstDayOfWeekFromTable('en-US')).toBe(7)
    expect(firstDayOfWeekFromTable('en-CA')).toBe(7)
    expect(firstDayOfWeekFromTable('en-GB')).toBe(1)
    expect(firstDayOfWeekFromTable('hy-AM')).toBe(1)
    expect(firstDayOfWeekFromTable('ar-EG')).toBe(6)
    expect(firstDayOfWeekFromTable('hy')).toBe(1)
    expect(firstDayOfWeekFromTable('en')).toBe(7)
    expect(firstDayOfWeekFromTable('not a locale')).toBe(1)
  })

  it('agrees with the table on the regions the app is used in', () => {
    for (const tag of ['en-US', 'en-GB', 'hy-AM', 'en-AM', 'hy-US', 'en-CA', 'de-DE', 'ru-RU']) {
      expect(firstDayOfWeekFromTable(tag), tag).toBe(firstDayOfWeek(tag))
    }
  })
})

describe('the calendar locale', () => {
  it("is the app's language in the OS's region", () => {
    expect(calendarLocale('en', 'en-US')).toBe('en-US')
    expect(calendarLocale('en', 'en-GB')).toBe('en-GB')
    expect(calendarLocale('hy', 'hy-AM')).toBe('hy-AM')
    expect(calendarLocale('en', 'hy-AM')).toBe('en-AM')
    expect(calendarLocale('hy', 'en-US')).toBe('hy-US')
  })

  it("uses the OS language's likely region, or the app language's alone", () => {
    expect(calendarLocale('en', 'de')).toBe('en-DE')
    expect(calendarLocale('hy', undefined)).toBe('hy')
    expect(calendarLocale('en', 'not a locale')).toBe('en')
  })
})
