/**
 * A search term typed or pasted in decomposed form (macOS pastes "ü" as "u" + a combining mark)
 * finds what the composed form finds, by SQL and from the in-memory index alike.
 */
import { describe, expect, it } from 'vitest'
import { Cache } from '../../../../../electron/main/core/db/cache'
import { migrate } from '../../../../../electron/main/core/db/migrations'
import {
  queryPortfolio,
  queryPortfolioSql,
} from '../../../../../electron/main/core/db/portfolio-query'
import { openDatabase } from '../../../../../electron/main/core/db/sqlite'
import { cachedDomainsAt } from '../../../../support/cached-domain'

const NOW = Date.UTC(2026, 10, 29, 12)

function cache(): Cache {
  const db = openDatabase(':memory:')
  migrate(db)
  const c = new Cache(db)
  const make = cachedDomainsAt(NOW)
  c.domains.upsert('a', make(1, 'xn--mnchen-3ya.de', { unicodeName: 'münchen.de' }))
  c.domains.upsert('a', make(2, 'munchen.de'))
  c.annotations.setTags('a', 'munchen.de', ['Café'])
  return c
}

const found = (c: Cache, search: string, sql: boolean) =>
  (sql ? queryPortfolioSql : queryPortfolio)(c.db, 'a', { search, limit: 50, offset: 0 }, NOW)
    .rows.map((r) => r.name)
    .sort()

describe('portfolio search: composed and decomposed forms', () => {
  for (const sql of [true, false]) {
    it(`finds a name or tag with accents typed decomposed (${sql ? 'SQL' : 'index'})`, () => {
      const c = cache()
      expect(found(c, 'mu\u0308nchen', sql)).toEqual(['xn--mnchen-3ya.de'])
      expect(found(c, 'münchen', sql)).toEqual(['xn--mnchen-3ya.de'])
      expect(found(c, 'cafe\u0301', sql)).toEqual(['munchen.de'])
    })
  }
})
