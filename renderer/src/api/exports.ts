/**
 * Exports over the bridge: files built by the main process (iCal, CSV), saved through the page's
 * own download (Electron shows its save dialog; a browser saves to Downloads).
 */
import type { ExportFile } from '@shared/ipc/models'
import { bridge, unwrap } from './bridge'

/** What the user chose to put in an .ics export. */
export interface CalendarExportChoice {
  /** Every domain, or only those that will lapse (auto-renew off, or already expired). */
  include: 'all' | 'lapsing'
  /** Only expiries from now to this many days ahead; null: every date. */
  windowDays: number | null
  /** Alarms 30 and 7 days before each coming expiry. */
  reminders: boolean
}

export const exportCalendar = (
  accountId: string,
  language: 'en' | 'hy',
  timeZone: string,
  choice: CalendarExportChoice,
): Promise<ExportFile> =>
  unwrap(bridge().exports.calendar(accountId, { language, timeZone, ...choice }))
export const exportPortfolio = (accountId: string): Promise<ExportFile> =>
  unwrap(bridge().exports.portfolio(accountId))
export const exportForecast = (
  accountId: string,
  months: number,
  timeZone: string,
): Promise<ExportFile> => unwrap(bridge().exports.forecast(accountId, { months, timeZone }))
/** Hands a file to the user as a download. */
export function saveFile(file: ExportFile): void {
  const url = URL.createObjectURL(
    new Blob([file.content], { type: `${file.mimeType};charset=utf-8` }),
  )
  const link = document.createElement('a')
  link.href = url
  link.download = file.filename
  link.rel = 'noopener'
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
