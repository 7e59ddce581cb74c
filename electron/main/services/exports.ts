/**
 * Files the user can take away: the renewal calendar as iCalendar (RFC 5545, via ical-generator:
 * one all-day event per expiry, optionally only the domains that will lapse or a window ahead,
 * with or without alarms 30 and 7 days before), the portfolio and the forecast
 * as CSV (papaparse; with a byte-order mark and formulae defused). The import of tags and notes is
 * in imports.ts.
 */
import ical, { ICalAlarmType, ICalCalendarMethod, type ICalCalendar } from 'ical-generator'
import Papa from 'papaparse'
import { localDay } from '../../shared/calendar/dates'
import type { ExportFile } from '../../shared/ipc/models'
import { pricingTld, renewalEstimateCents } from '../../shared/pricing/estimate'
import { formatUsd } from '../../shared/pricing/price-table'
import { daysLeft } from '../core/calendar-days'
import type { Clock } from '../core/clock'
import type { Cache } from '../core/db/cache'
import { fromRecord } from '../core/db/domains-repo'
import { riskOf, type PlanningService } from './planning-service'
import { ICS_TEXT, type ExportLanguage } from './export-text'

const DAY_SECONDS = 86_400

/**
 * Cells a spreadsheet would run as a formula (OWASP "CSV injection": a leading = + - @ tab or CR);
 * papaparse prefixes them with ' and quotes them. A plain number such as -12 or -0.50 is data,
 * not a formula, so it stays a number the spreadsheet can sum.
 */
const FORMULA = /^(?!-?\d+(?:\.\d+)?$)[=+\-@\t\r]/

/** UTF-8 byte-order mark, so that Excel reads IDN names and Armenian text as UTF-8. */
const BOM = '\uFEFF'

/** CSV text as every export writes it: BOM, CRLF, formulae defused. */
function csv(data: Array<Record<string, unknown>>, columns?: string[]): string {
  return BOM + Papa.unparse(data, { columns, newline: '\r\n', escapeFormulae: FORMULA })
}

/**
 * RFC 5545 §3.1 line folding, as ical-generator does it (a line breaks before the octet that
 * would make it longer than 74, and goes on after CRLF and a space), in time linear in the text.
 */
export function foldIcsLines(text: string): string {
  return text
    .split('\r\n')
    .map((line) => {
      // Most lines are short and ASCII: nothing to fold.
      if (line.length <= 74 && !/[^\x00-\x7f]/.test(line)) return line
      const parts: string[] = []
      let octets = 0
      let start = 0
      for (let i = 0; i < line.length; i++) {
        const code = line.charCodeAt(i)
        const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < line.length
        const size = code < 0x80 ? 1 : code < 0x800 ? 2 : pair ? 4 : 3
        octets += size
        if (octets > 74) {
          parts.push(line.slice(start, i))
          start = i
          octets = size
        }
        if (pair) i++
      }
      parts.push(line.slice(start))
      return parts.join('\r\n ')
    })
    .join('\r\n')
}

/**
 * The calendar as text. ical-generator 10 folds the whole file at the end with a TextEncoder per
 * character: 31 s for 20,000 domains, growing faster than the file (its version 11 folds in
 * linear time, but needs Node 22). So the events are folded one by one here, and the calendar's
 * own lines by ical-generator, from the same calendar without its events.
 */
function icsText(calendar: ICalCalendar): string {
  const events = calendar.events()
  if (calendar.x().length > 0) return calendar.toString()
  const shell = calendar.clear().toString()
  const end = shell.lastIndexOf('END:VCALENDAR')
  return (
    shell.slice(0, end) + events.map((e) => foldIcsLines(e.toString())).join('') + shell.slice(end)
  )
}

/** What the user chose to put in the .ics file (see the contract's `exports.calendar`). */
export interface CalendarExportOptions {
  language: ExportLanguage
  timeZone: string
  /** Every domain, or only those that will lapse (auto-renew off, or already expired). */
  include?: 'all' | 'lapsing'
  /** Only expiries from now to this many days ahead; null or absent: every date. */
  windowDays?: number | null
  /** Display alarms 30 and 7 days before each coming expiry. */
  reminders?: boolean
}

/** Which expiries an export includes: the user's choice of domains and window. */
function wanted(
  risk: ReturnType<typeof riskOf>,
  expiresAt: number,
  now: number,
  o: CalendarExportOptions,
): boolean {
  if (o.include === 'lapsing' && risk !== 'lapse' && risk !== 'expired') return false
  if (o.windowDays == null) return true
  return expiresAt >= now && expiresAt < now + o.windowDays * DAY_SECONDS * 1000
}

/** The calendar of expiries as an .ics file, with what the user chose to include. */
export function calendarIcs(
  cache: Cache,
  accountId: string,
  options: CalendarExportOptions,
  at: Date,
): ExportFile {
  const text = ICS_TEXT[options.language]
  const prices = cache.prices.all()
  const now = at.getTime()
  const calendar = ical({
    name: text.calendarName,
    prodId: {
      company: 'Domain Desk',
      product: 'Renewal calendar',
      language: options.language.toUpperCase(),
    },
    method: ICalCalendarMethod.PUBLISH,
  })
  for (const r of cache.domains.activeRecords(accountId)) {
    const d = fromRecord(r)
    const risk = riskOf(d, now)
    if (!wanted(risk, d.expiresAt, now, options)) continue
    const [y, m, day] = localDay(d.expiresAt, options.timeZone).split('-').map(Number) as [
      number,
      number,
      number,
    ]
    const cents = renewalEstimateCents(prices, pricingTld(prices, d.name))
    const price = cents === null ? text.noPrice : formatUsd(cents)
    const description = [
      `${text.domain}: ${d.unicodeName}${d.unicodeName !== d.name ? ` (${d.name})` : ''}`,
      `${text.autoRenew}: ${d.autoRenew ? text.on : text.off}`,
      // An expired domain is not renewed by auto-renew any more: never promise that it will be.
      text.outcome[risk](price),
      `${text.estimate}: ${price}`,
    ].join('\n')
    // A reminder before a day that has already passed would never ring.
    const alarms =
      options.reminders === false || risk === 'expired'
        ? []
        : [30, 7].map((days) => ({
            type: ICalAlarmType.display,
            trigger: days * DAY_SECONDS,
            description: text.summary(d.unicodeName),
          }))
    calendar.createEvent({
      id: `${accountId}-${d.id}-${d.expiresAt}@domain-desk`,
      start: new Date(Date.UTC(y, m - 1, day)),
      allDay: true,
      summary:
        risk === 'expired' ? text.expiredSummary(d.unicodeName) : text.summary(d.unicodeName),
      description,
      alarms,
    })
  }
  return {
    filename: 'domain-desk-renewals.ics',
    mimeType: 'text/calendar',
    content: icsText(calendar),
  }
}

/** Every column of the portfolio, tags and notes included. */
export function portfolioCsv(cache: Cache, accountId: string, now: number): ExportFile {
  const tags = new Map<string, string[]>()
  for (const t of cache.annotations.allTags(accountId)) {
    tags.set(t.domainName, [...(tags.get(t.domainName) ?? []), t.tag])
  }
  const notes = cache.annotations.allNotes(accountId)
  const data = cache.domains.activeRecords(accountId).map((r) => {
    const d = fromRecord(r)
    return {
      domain: d.name,
      unicode_name: d.unicodeName,
      status: d.status,
      registration_date: d.registrationDate,
      expiration_date: d.expirationDate,
      // Calendar days in the computer's zone, as the window says beside each expiry.
      days_left: daysLeft(d.expiresAt, now),
      auto_renew: d.autoRenew,
      locked: d.locked,
      privacy_protection: d.privacy,
      dns_managed_by: d.dnsManagedBy,
      nameservers: d.nameservers.join(' '),
      tags: (tags.get(d.name) ?? []).join('; '),
      note: notes.get(d.name) ?? '',
    }
  })
  const content = csv(data, Object.keys(data[0] ?? { domain: '' }))
  return { filename: 'domain-desk-portfolio.csv', mimeType: 'text/csv', content }
}

/** The forecast by month and by TLD as CSV (amounts in USD; unpriced renewals counted apart). */
export function forecastCsv(
  planning: PlanningService,
  accountId: string,
  months: number,
  timeZone: string,
): ExportFile {
  const f = planning.forecast(accountId, months, timeZone)
  const usd = (cents: number) => (cents / 100).toFixed(2)
  const lines = [
    ...f.byMonth.map((m) => ({
      group: 'month',
      key: m.month,
      auto_renew_usd: usd(m.autoRenew.cents),
      keep_all_usd: usd(m.keepAll.cents),
      renewals: m.keepAll.renewals,
      unpriced: m.keepAll.unpriced,
    })),
    ...f.byTld.map((t) => ({
      group: 'tld',
      key: t.tld,
      auto_renew_usd: usd(t.autoRenew.cents),
      keep_all_usd: usd(t.keepAll.cents),
      renewals: t.keepAll.renewals,
      unpriced: t.keepAll.unpriced,
    })),
    {
      group: 'total',
      key: `${months} months`,
      auto_renew_usd: usd(f.autoRenew.cents),
      keep_all_usd: usd(f.keepAll.cents),
      renewals: f.keepAll.renewals,
      unpriced: f.keepAll.unpriced,
    },
  ]
  return {
    filename: `domain-desk-forecast-${months}m.csv`,
    mimeType: 'text/csv',
    content: csv(lines),
  }
}

/** The export channels' service: each file is built from the cache at the time of asking. */
export class ExportService {
  constructor(private readonly deps: { cache: Cache; planning: PlanningService; clock: Clock }) {}

  /** The renewal calendar as an .ics file. */
  calendar(accountId: string, options: CalendarExportOptions): ExportFile {
    return calendarIcs(this.deps.cache, accountId, options, this.deps.clock.now())
  }

  /** The whole portfolio, tags and notes included, as CSV. */
  portfolio(accountId: string): ExportFile {
    return portfolioCsv(this.deps.cache, accountId, this.deps.clock.now().getTime())
  }

  /** The renewal forecast as CSV. */
  forecast(accountId: string, months: number, timeZone: string): ExportFile {
    return forecastCsv(this.deps.planning, accountId, months, timeZone)
  }
}
