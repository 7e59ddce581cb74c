/** Planning over the bridge: the renewal calendar, the forecast and recorded charges. */
import type { CalendarEntry, ChargeRecord } from '@shared/ipc/models'
import type { Forecast } from '@shared/pricing/forecast'
import { bridge, unwrap } from './bridge'

export const fetchCalendar = (
  accountId: string,
  range: { from: string; to: string },
): Promise<CalendarEntry[]> => unwrap(bridge().planning.calendar(accountId, range))
export const fetchForecast = (
  accountId: string,
  months: number,
  timeZone: string,
): Promise<Forecast> => unwrap(bridge().planning.forecast(accountId, { months, timeZone }))
export const fetchCharges = (accountId: string): Promise<ChargeRecord[]> =>
  unwrap(bridge().planning.charges(accountId))
