/**
 * Migration 7: search and sort by index at 100,000 domains (see search-index.ts).
 * - `search_rows` and `domain_search` (FTS5, trigram tokenizer), filled here in bulk for the
 *   domains already cached; later domains are indexed in bulk by `SearchIndex.flush`, never by
 *   a trigger per inserted domain (that made a 100,000-domain first sync several times slower).
 * - Triggers only where writes are rare: a renamed domain, added or removed tags, a registrar
 *   fetched with the details. Each rewrites one domain's search text.
 * - `first_tag`, a domain's alphabetically first tag, so the tag sort reads a column instead of
 *   running a subquery per row; kept by the tag triggers.
 * - `registrar`, a copy of the registrar the domain's last fetched details name, kept by the
 *   details triggers, so the registrar column sorts like any other (sort-index.ts).
 * - An index of registrars, for the registrar filter, and a narrow one of (account, removed), so
 *   that counting a portfolio's domains (every page tells the total) reads no table rows.
 * The trigram tokenizer ships with SQLite 3.34+ (libsql has 3.45).
 */
import { SEARCH_TEXT } from './search-index'
import type { Db } from './sqlite'

/** Rewrites the search text of the domains `which` (SQL over `domains d`) selects. */
const reindex = (which: string) => `
  UPDATE domain_search SET key = (SELECT ${SEARCH_TEXT} FROM domains d
      JOIN search_rows s ON d.account_id = s.account_id AND d.id = s.domain_id
      WHERE s.rowid = domain_search.rowid)
    WHERE rowid IN (SELECT s.rowid FROM domains d
      JOIN search_rows s ON d.account_id = s.account_id AND d.id = s.domain_id WHERE ${which});`

const firstTag = (account: string, name: string) => `
  UPDATE domains SET first_tag = (SELECT min(tag) FROM tags
      WHERE account_id = ${account} AND domain_name = ${name})
    WHERE account_id = ${account} AND name = ${name};`

const copyRegistrar = (row: string) => `
  UPDATE domains SET registrar = (SELECT registrar FROM domain_details
      WHERE account_id = ${row}.account_id AND domain_id = ${row}.domain_id)
    WHERE account_id = ${row}.account_id AND id = ${row}.domain_id;`

/** The schema change of version 7. */
export function upToV7(db: Db): void {
  db.exec(`
    CREATE TABLE search_rows (
      rowid INTEGER PRIMARY KEY,
      account_id TEXT NOT NULL,
      domain_id INTEGER NOT NULL,
      UNIQUE (account_id, domain_id)
    );
    CREATE VIRTUAL TABLE domain_search USING fts5(key, tokenize = 'trigram');
    CREATE INDEX details_by_registrar ON domain_details (account_id, registrar);
    CREATE INDEX domains_by_presence ON domains (account_id, removed_at);
    ALTER TABLE domains ADD COLUMN first_tag TEXT;
    ALTER TABLE domains ADD COLUMN registrar TEXT;
    UPDATE domains SET registrar = (SELECT dd.registrar FROM domain_details dd
      WHERE dd.account_id = domains.account_id AND dd.domain_id = domains.id);
    UPDATE domains SET first_tag = (SELECT min(t.tag) FROM tags t
      WHERE t.account_id = domains.account_id AND t.domain_name = domains.name)
      WHERE EXISTS (SELECT 1 FROM tags t
        WHERE t.account_id = domains.account_id AND t.domain_name = domains.name);
    INSERT INTO search_rows (account_id, domain_id) SELECT account_id, id FROM domains;
    INSERT INTO domain_search (rowid, key) SELECT s.rowid, ${SEARCH_TEXT}
      FROM search_rows s JOIN domains d ON d.account_id = s.account_id AND d.id = s.domain_id;

    CREATE TRIGGER domains_search_rename AFTER UPDATE OF name, unicode_name ON domains
    WHEN OLD.name IS NOT NEW.name OR OLD.unicode_name IS NOT NEW.unicode_name BEGIN
      ${reindex('d.account_id = NEW.account_id AND d.id = NEW.id')}
      ${firstTag('NEW.account_id', 'NEW.name')}
    END;
    CREATE TRIGGER tags_search_insert AFTER INSERT ON tags BEGIN
      ${reindex('d.account_id = NEW.account_id AND d.name = NEW.domain_name')}
      ${firstTag('NEW.account_id', 'NEW.domain_name')}
    END;
    CREATE TRIGGER tags_search_delete AFTER DELETE ON tags BEGIN
      ${reindex('d.account_id = OLD.account_id AND d.name = OLD.domain_name')}
      ${firstTag('OLD.account_id', 'OLD.domain_name')}
    END;
    CREATE TRIGGER details_search_insert AFTER INSERT ON domain_details BEGIN
      ${reindex('d.account_id = NEW.account_id AND d.id = NEW.domain_id')}
      ${copyRegistrar('NEW')}
    END;
    CREATE TRIGGER details_search_update AFTER UPDATE OF registrar ON domain_details BEGIN
      ${reindex('d.account_id = NEW.account_id AND d.id = NEW.domain_id')}
      ${copyRegistrar('NEW')}
    END;
    CREATE TRIGGER details_search_delete AFTER DELETE ON domain_details BEGIN
      ${reindex('d.account_id = OLD.account_id AND d.id = OLD.domain_id')}
      ${copyRegistrar('OLD')}
    END;
  `)
}
