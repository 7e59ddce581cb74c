/**
 * The indexes of the `domains` table, for the tests of a first fill that drops them and builds
 * them back (electron/main/core/db/deferred-indexes.ts).
 */
import { Cache } from '../../electron/main/core/db/cache'
import { rows, type Db } from '../../electron/main/core/db/sqlite'

/** The indexes of `domains` as SQLite keeps them: name and CREATE text, by name. */
export function domainIndexes(db: Db): Array<{ name: string; sql: string }> {
  return rows<{ name: string; sql: string }>(
    db,
    `SELECT name, sql FROM sqlite_master
      WHERE type = 'index' AND tbl_name = 'domains' AND sql IS NOT NULL ORDER BY name`,
  )
}

/** The names of the indexes of `domains`. */
export function domainIndexNames(db: Db): string[] {
  return domainIndexes(db).map((index) => index.name)
}

/** A new cache's index names of `domains`: what every sync and every open must leave behind. */
export function freshDomainIndexNames(): string[] {
  return domainIndexNames(Cache.open(':memory:').db)
}
