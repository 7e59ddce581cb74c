import ICAL from 'ical.js'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { startTestApp } from '../../../support/app'

describe('exports', () => {
  it('writes an iCalendar file a real parser reads back: one all-day event per expiry, alarms 30 and 7 days before', async () => {
    const app = await startTestApp({ sandbox: { domains: 20 } })
    const file = await app.call('exports.calendar', app.accountId, {
      language: 'en',
      timeZone: 'Asia/Yerevan',
    })
    expect(file).toMatchObject({ filename: 'domain-desk-renewals.ics', mimeType: 'text/calendar' })
    expect(file.content).toMatch(/\r\n/)
    const calendar = new ICAL.Component(ICAL.parse(file.content))
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v))
    expect(events).toHaveLength(20)
    const example = events.find((e) => e.summary === 'example.com expires')!
    expect(example.startDate.isDate).toBe(true)
    expect(example.startDate.toString()).toBe('2027-01-15')
    expect(example.description).toMatch(
      /Auto-renew: on\nVPS\.org will renew it automatically \(about \$12\.99 a year\)\./,
    )
    const triggers = example.component
      .getAllSubcomponents('valarm')
      .map((a) => a.getFirstPropertyValue('trigger')!.toString())
    expect(triggers.sort()).toEqual(['-P30D', '-P7D'])
    expect(new Set(events.map((e) => e.uid)).size).toBe(20)
    const lapsing = events.find((e) => e.description.includes('Auto-renew: off'))
    expect(lapsing?.description).toMatch(/will lapse/)
  })

  it('exports what was asked: only domains that will lapse, within a window, reminders off', async () => {
    const app = await startTestApp({ sandbox: { domains: 200 } })
    const now = Date.now()
    const all = await app.call('portfolio.list', app.accountId, { limit: 1000 })
    const parse = (content: string) =>
      new ICAL.Component(ICAL.parse(content))
        .getAllSubcomponents('vevent')
        .map((v) => new ICAL.Event(v))
    const file = await app.call('exports.calendar', app.accountId, {
      language: 'en',
      timeZone: 'UTC',
      include: 'lapsing',
      windowDays: 365,
      reminders: false,
    })
    const events = parse(file.content)
    expect(events.length).toBeGreaterThan(0)
    for (const e of events) {
      const start = e.startDate.toJSDate().getTime()
      expect(start).toBeLessThan(now + 366 * 86_400_000)
      expect(start).toBeGreaterThan(now - 86_400_000)
      expect(e.description).not.toMatch(/renew it automatically/)
      expect(e.component.getAllSubcomponents('valarm')).toHaveLength(0)
    }
    const lapsing = all.rows.filter(
      (d: { autoRenew: boolean; status: string; expirationDate: string }) =>
        d.status !== 'pending' &&
        (!d.autoRenew || d.status === 'expired') &&
        Date.parse(d.expirationDate) >= now &&
        Date.parse(d.expirationDate) < now + 365 * 86_400_000,
    )
    expect(events).toHaveLength(lapsing.length)
  })

  it('never says "will renew automatically" for a domain that has already expired', async () => {
    const app = await startTestApp({ sandbox: { domains: 200 } })
    const file = await app.call('exports.calendar', app.accountId, {
      language: 'en',
      timeZone: 'UTC',
    })
    const events = new ICAL.Component(ICAL.parse(file.content))
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v))
    const now = Date.now()
    const expired = events.filter((e) => e.startDate.toJSDate().getTime() < now - 86_400_000)
    expect(expired.length).toBeGreaterThan(0)
    for (const e of expired) {
      expect(e.description).not.toMatch(/renew it automatically/)
      expect(e.description).toMatch(/has already expired/)
      // A reminder before a day that has passed would never ring.
      expect(e.component.getAllSubcomponents('valarm')).toHaveLength(0)
    }
  })

  it('writes the iCalendar texts in Armenian when asked', async () => {
    const app = await startTestApp({ sandbox: { domains: 3 } })
    const file = await app.call('exports.calendar', app.accountId, {
      language: 'hy',
      timeZone: 'UTC',
    })
    const events = new ICAL.Component(ICAL.parse(file.content))
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v))
    expect(events[0]!.summary).toMatch(/ժամկետը լրանում է$/)
  })

  it('exports the whole portfolio as CSV, tags and notes included', async () => {
    const app = await startTestApp({ sandbox: { domains: 25 } })
    await app.call('domain.setTags', app.accountId, 101, ['client "quoted"', 'prod'])
    await app.call('domain.setNote', app.accountId, 101, 'line one\nline two')
    const file = await app.call('exports.portfolio', app.accountId)
    const parsed = Papa.parse<Record<string, string>>(file.content, {
      header: true,
      skipEmptyLines: true,
    })
    expect(parsed.errors).toEqual([])
    expect(parsed.data).toHaveLength(25)
    expect(parsed.meta.fields).toEqual([
      'domain',
      'unicode_name',
      'status',
      'registration_date',
      'expiration_date',
      'days_left',
      'auto_renew',
      'locked',
      'privacy_protection',
      'dns_managed_by',
      'nameservers',
      'tags',
      'note',
    ])
    expect(parsed.data.find((r) => r.domain === 'example.com')).toMatchObject({
      tags: 'client "quoted"; prod',
      note: 'line one\nline two',
      auto_renew: 'true',
    })
  })

  it('starts every CSV export with a UTF-8 byte-order mark and defuses formulae, numbers left as numbers', async () => {
    const app = await startTestApp({ sandbox: { domains: 25 } })
    await app.call('domain.setTags', app.accountId, 101, ["+cmd|' /C calc'!A0", 'safe'])
    await app.call('domain.setNote', app.accountId, 101, '=HYPERLINK("http://evil.example","x")')
    await app.call('domain.setNote', app.accountId, 102, '@SUM(1+1)')
    await app.call('domain.setNote', app.accountId, 103, '-2+3')
    await app.call('domain.setNote', app.accountId, 104, '\t=1')
    const files = [
      await app.call('exports.portfolio', app.accountId),
      await app.call('exports.forecast', app.accountId, { months: 12, timeZone: 'UTC' }),
    ]
    for (const file of files) {
      const bytes = Buffer.from(file.content, 'utf8')
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
      const parsed = Papa.parse<Record<string, string>>(file.content.slice(1), {
        header: true,
        skipEmptyLines: true,
      })
      expect(parsed.errors).toEqual([])
      for (const row of parsed.data) {
        for (const cell of Object.values(row)) {
          // A cell a spreadsheet would evaluate starts with one of these; a negative number is data.
          if (/^-\d+(\.\d+)?$/.test(cell)) continue
          expect(cell).not.toMatch(/^[=+\-@\t\r]/)
        }
      }
    }
    const portfolio = Papa.parse<Record<string, string>>(files[0]!.content.slice(1), {
      header: true,
      skipEmptyLines: true,
    }).data
    const byName = (n: string) => portfolio.find((r) => r.domain === n)!
    expect(byName('example.com')).toMatchObject({
      tags: "'+cmd|' /C calc'!A0; safe",
      note: '\'=HYPERLINK("http://evil.example","x")',
    })
    const notes = portfolio.map((r) => r.note)
    expect(notes).toEqual(expect.arrayContaining(["'@SUM(1+1)", "'-2+3", "'\t=1"]))
    // An expired domain's days_left stays a plain negative number a spreadsheet can sum.
    expect(portfolio.some((r) => /^-\d+$/.test(r.days_left!))).toBe(true)
  })

  it('exports the forecast as CSV by month, by TLD and in total', async () => {
    const app = await startTestApp({ sandbox: { domains: 25 } })
    const file = await app.call('exports.forecast', app.accountId, { months: 12, timeZone: 'UTC' })
    const rows = Papa.parse<Record<string, string>>(file.content, {
      header: true,
      skipEmptyLines: true,
    }).data
    expect(rows.filter((r) => r.group === 'month')).toHaveLength(12)
    const total = rows.find((r) => r.group === 'total')!
    const sum = rows
      .filter((r) => r.group === 'month')
      .reduce((s, r) => s + Number(r.keep_all_usd), 0)
    expect(Number(total.keep_all_usd)).toBeCloseTo(sum, 2)
  })
})
