/** The portfolio CSV counts days left as the window does: calendar days, not 24-hour periods. */
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { daysLeft } from '../../../../electron/main/core/calendar-days'
import { Cache } from '../../../../electron/main/core/db/cache'
import { migrate } from '../../../../electron/main/core/db/migrations'
import { openDatabase } from '../../../../electron/main/core/db/sqlite'
import { portfolioCsv } from '../../../../electron/main/services/exports'
import { cachedDomainsAt } from '../../../support/cached-domain'
import { inTimeZone, TEST_ZONES } from '../../../support/time-zone'

const HOUR = 3_600_000

describe('portfolio CSV: days_left', () => {
  for (const zone of TEST_ZONES) {
    it(`says what the window says beside each expiry, in ${zone}`, () => {
      inTimeZone(zone, () => {
        // 23:00 local; expiries from 40 days back to 40 days ahead, at every hour of the day.
        const now = new Date(2026, 11, 7, 23).getTime()
        const db = openDatabase(':memory:')
        migrate(db)
        const cache = new Cache(db)
        const make = cachedDomainsAt(now)
        const expiries = Array.from(
          { length: 160 },
          (_, i) => now + (i - 80) * 13 * HOUR + 1.5 * HOUR,
        )
        expiries.forEach((expiresAt, i) =>
          cache.domains.upsert('a', make(i + 1, `d${i + 1}.com`, { expiresAt })),
        )
        const { content } = portfolioCsv(cache, 'a', now)
        const rows = Papa.parse<Record<string, string>>(content.replace(/^\uFEFF/, ''), {
          header: true,
          skipEmptyLines: true,
        }).data
        expect(rows).toHaveLength(160)
        for (const r of rows) {
          const i = Number(r.domain!.slice(1, -4)) - 1
          expect(Number(r.days_left), r.domain).toBe(daysLeft(expiries[i]!, now))
        }
        // An expiry at 00:30 tomorrow is "in 1 day", not 0, an hour and a half before.
        const tomorrow = new Date(2026, 11, 8, 0, 30).getTime()
        cache.domains.upsert('a', make(999, 'tomorrow.com', { expiresAt: tomorrow }))
        const again = Papa.parse<Record<string, string>>(portfolioCsv(cache, 'a', now).content, {
          header: true,
        }).data
        expect(again.find((r) => r.domain === 'tomorrow.com')?.days_left).toBe('1')
      })
    })
  }
})
