/**
 * The first day of the week for the calendar: the app's language (English or Armenian) in the
 * OS's region, so en-US weeks start on Sunday and en-GB and hy-AM weeks on Monday. Days are
 * ISO-numbered, Monday = 1 … Sunday = 7, like `Intl.Locale`'s week information.
 */

/** An ISO weekday: Monday = 1 … Sunday = 7. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7

/** Regions whose weeks start on Sunday or Saturday (CLDR); every other region starts on Monday. */
const SUNDAY_REGIONS = new Set(
  (
    'AG AS BD BR BS BT BW BZ CA CN CO DM DO ET GT GU HK HN ID IL IN JM JP KE KH KR LA MH MM MO ' +
    'MT MX MZ NI NP PA PE PH PK PR PT PY SA SG SV TH TT TW UM US VE VI WS YE ZA ZW'
  ).split(' '),
)
const SATURDAY_REGIONS = new Set('AE AF BH DJ DZ EG IQ IR JO KW LY OM QA SD SY'.split(' '))

/** The locale with its region, the language's most likely one when none is given. */
function maximized(tag: string): Intl.Locale | undefined {
  try {
    return new Intl.Locale(tag).maximize()
  } catch {
    return undefined
  }
}

/** The first weekday from the table above, for runtimes without `Intl.Locale` week info. */
export function firstDayOfWeekFromTable(tag: string): IsoWeekday {
  const region = maximized(tag)?.region ?? ''
  if (SUNDAY_REGIONS.has(region)) return 7
  if (SATURDAY_REGIONS.has(region)) return 6
  return 1
}

interface WeekInfo {
  firstDay: number
}
type LocaleWithWeekInfo = Intl.Locale & { getWeekInfo?: () => WeekInfo; weekInfo?: WeekInfo }

/**
 * The first weekday of a locale: from `Intl.Locale.prototype.getWeekInfo()` (or the older
 * `weekInfo` getter) where the runtime has it, else from the table.
 */
export function firstDayOfWeek(tag: string): IsoWeekday {
  const locale = maximized(tag) as LocaleWithWeekInfo | undefined
  let firstDay: number | undefined
  try {
    firstDay = (locale?.getWeekInfo?.() ?? locale?.weekInfo)?.firstDay
  } catch {
    firstDay = undefined
  }
  return Number.isInteger(firstDay) && firstDay! >= 1 && firstDay! <= 7
    ? (firstDay as IsoWeekday)
    : firstDayOfWeekFromTable(tag)
}

/**
 * The locale the calendar's weeks follow: the app's language with the OS locale's region (its
 * language's likely region when it names none); the app's language alone without a usable one.
 */
export function calendarLocale(language: string, osLocale: string | undefined): string {
  const region = osLocale ? maximized(osLocale)?.region : undefined
  return region ? `${language}-${region}` : language
}

/** The first weekday for the app's language on this machine. */
export function weekStartFor(language: string): IsoWeekday {
  return firstDayOfWeek(calendarLocale(language, globalThis.navigator?.language))
}
