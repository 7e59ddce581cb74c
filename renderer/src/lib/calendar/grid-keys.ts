/**
 * Where a key moves the month grid's focus (the ARIA grid pattern for a calendar): arrows by a day
 * or a week, Home and End to the week's first and last day (`weekStart`, ISO, Monday = 1 by default), Page Up and Page Down to the same day of
 * the previous or next month (the 31st becomes the month's last day).
 */
import { addDays, daysInMonth, monthOf, shiftMonth, weekdayIndex } from './calendar-dates'

function sameDayInMonth(day: string, delta: number): string {
  const month = shiftMonth(monthOf(day), delta)
  const date = Math.min(Number(day.slice(8)), daysInMonth(month))
  return `${month}-${String(date).padStart(2, '0')}`
}

/** The day a key moves to from `day`, or null for a key the grid does not handle. */
export function dayForKey(key: string, day: string, weekStart = 1): string | null {
  switch (key) {
    case 'ArrowLeft':
      return addDays(day, -1)
    case 'ArrowRight':
      return addDays(day, 1)
    case 'ArrowUp':
      return addDays(day, -7)
    case 'ArrowDown':
      return addDays(day, 7)
    case 'Home':
      return addDays(day, -weekdayIndex(day, weekStart))
    case 'End':
      return addDays(day, 6 - weekdayIndex(day, weekStart))
    case 'PageUp':
      return sameDayInMonth(day, -1)
    case 'PageDown':
      return sameDayInMonth(day, 1)
    default:
      return null
  }
}
