/**
 * Versioned schema migrations of the offline cache, tracked in `PRAGMA user_version`. Each step
 * runs in its own transaction; a database written by a newer app version is refused (the caller
 * moves it aside) rather than guessed at.
 */
import { REFERENCE_PRICES, toCents } from '../../../shared/pricing/price-table'
import { upToV10 } from './migration-v10'
import { upToV11 } from './migration-v11'
import { upToV12 } from './migration-v12'
import { upToV13 } from './migration-v13'
import { upToV14 } from './migration-v14'
import { upToV15 } from './migration-v15'
import { upToV7 } from './migration-v7'
import { scalar, transaction, type Db } from './sqlite'
import { v8 } from './migration-v8'
import { systemClock } from '../clock'

export interface Migration {
  version: number
  describe: string
  up(db: Db, now: string): void
}

/** Version 1: the portfolio, sync runs, change history and the price table. */
const v1: Migration = {
  version: 1,
  describe: 'domains, sync runs, history, prices',
  up(db, now) {
    db.exec(`
      CREATE TABLE domains (
        account_id TEXT NOT NULL,
        id INTEGER NOT NULL,
        name TEXT NOT NULL,
        unicode_name TEXT NOT NULL,
        status TEXT NOT NULL,
        registration_date TEXT NOT NULL,
        expiration_date TEXT NOT NULL,
        expires_at INTEGER NOT NULL,
        auto_renew INTEGER NOT NULL,
        locked INTEGER NOT NULL,
        privacy INTEGER NOT NULL,
        dns_managed_by TEXT NOT NULL,
        nameservers TEXT NOT NULL,
        first_seen_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        removed_at TEXT,
        PRIMARY KEY (account_id, id)
      ) WITHOUT ROWID;
      CREATE INDEX domains_by_name ON domains (account_id, name);
      CREATE INDEX domains_by_status ON domains (account_id, status, name);
      CREATE INDEX domains_by_expiry ON domains (account_id, expires_at);
      CREATE TABLE sync_runs (
        id INTEGER PRIMARY KEY,
        account_id TEXT NOT NULL,
        started_at TEXT NOT NULL,
        finished_at TEXT,
        status TEXT NOT NULL,
        pages INTEGER NOT NULL DEFAULT 0,
        seen INTEGER NOT NULL DEFAULT 0,
        added INTEGER NOT NULL DEFAULT 0,
        changed INTEGER NOT NULL DEFAULT 0,
        removed INTEGER NOT NULL DEFAULT 0,
        error_code TEXT,
        error_message TEXT
      );
      CREATE INDEX sync_runs_by_account ON sync_runs (account_id, id);
      CREATE TABLE history (
        id INTEGER PRIMARY KEY,
        account_id TEXT NOT NULL,
        domain_id INTEGER NOT NULL,
        domain_name TEXT NOT NULL,
        field TEXT NOT NULL,
        old_value TEXT,
        new_value TEXT,
        at TEXT NOT NULL,
        source TEXT NOT NULL,
        sync_run_id INTEGER
      );
      CREATE INDEX history_by_domain ON history (account_id, domain_id, id);
      CREATE TABLE prices (
        tld TEXT PRIMARY KEY,
        register_cents INTEGER NOT NULL,
        renew_cents INTEGER NOT NULL,
        transfer_cents INTEGER NOT NULL,
        updated_at TEXT NOT NULL
      );
    `)
    const insert = db.prepare('INSERT INTO prices VALUES (?, ?, ?, ?, ?)')
    for (const [tld, p] of Object.entries(REFERENCE_PRICES)) {
      insert.run(tld, toCents(p.register), toCents(p.renew), toCents(p.transfer), now)
    }
  },
}

/** Version 2: domain details, registration intents, transfers, local tags and notes. */
const v2: Migration = {
  version: 2,
  describe: 'details, registration intents, transfers, tags, notes',
  up(db) {
    db.exec(`
      CREATE TABLE domain_details (
        account_id TEXT NOT NULL,
        domain_id INTEGER NOT NULL,
        registrar TEXT NOT NULL,
        registrant TEXT NOT NULL,
        admin_contact TEXT NOT NULL,
        tech_contact TEXT NOT NULL,
        created_date TEXT NOT NULL,
        updated_date TEXT NOT NULL,
        dns_records_count INTEGER NOT NULL,
        fetched_at TEXT NOT NULL,
        PRIMARY KEY (account_id, domain_id)
      ) WITHOUT ROWID;
      CREATE TABLE registration_intents (
        id TEXT PRIMARY KEY,
        account_id TEXT NOT NULL,
        domain_name TEXT NOT NULL,
        unicode_name TEXT NOT NULL,
        years INTEGER NOT NULL,
        auto_renew INTEGER NOT NULL,
        privacy INTEGER NOT NULL,
        nameservers TEXT,
        estimate_cents INTEGER,
        state TEXT NOT NULL,
        created_at TEXT NOT NULL,
        sent_at TEXT,
        settled_at TEXT,
        domain_id INTEGER,
        total_cost_cents INTEGER,
        error_code TEXT,
        error_message TEXT
      );
      CREATE INDEX intents_by_account ON registration_intents (account_id, created_at);
      CREATE INDEX intents_by_name ON registration_intents (account_id, domain_name, state);
      CREATE TABLE transfers (
        id INTEGER PRIMARY KEY,
        account_id TEXT NOT NULL,
        domain_id INTEGER NOT NULL,
        domain_name TEXT NOT NULL,
        state TEXT NOT NULL,
        initiated_at TEXT,
        estimated_completion TEXT,
        next_steps TEXT NOT NULL DEFAULT '[]',
        steps_done TEXT NOT NULL DEFAULT '[]',
        previous_registrar TEXT,
        previous_expiration TEXT,
        fee_estimate_cents INTEGER,
        completed_at TEXT,
        message TEXT,
        created_at TEXT NOT NULL
      );
      CREATE INDEX transfers_by_domain ON transfers (account_id, domain_id, id);
      CREATE TABLE tags (
        account_id TEXT NOT NULL,
        domain_name TEXT NOT NULL,
        tag TEXT NOT NULL,
        PRIMARY KEY (account_id, domain_name, tag)
      ) WITHOUT ROWID;
      CREATE INDEX tags_by_tag ON tags (account_id, tag);
      CREATE TABLE notes (
        account_id TEXT NOT NULL,
        domain_name TEXT NOT NULL,
        note TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (account_id, domain_name)
      ) WITHOUT ROWID;
    `)
  },
}

/** Version 3: what transfers charged, app settings, and which notifications were already sent. */
const v3: Migration = {
  version: 3,
  describe: 'transfer charges, settings, sent notifications',
  up(db) {
    db.exec(`
      ALTER TABLE transfers ADD COLUMN charged_cents INTEGER;
      CREATE TABLE app_settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
      CREATE TABLE notifications_sent (
        kind TEXT NOT NULL,
        key TEXT NOT NULL,
        at TEXT NOT NULL,
        PRIMARY KEY (kind, key)
      ) WITHOUT ROWID;
    `)
  },
}

/**
 * Version 4: at most one open transfer per (account, domain) and one registration in flight per
 * (account, name), enforced by partial unique indexes so that two concurrent starts cannot both
 * send a paid request. Transfers also record when their request actually left (`sent_at`), so a
 * row claimed but never sent is told apart from one that may have charged.
 *
 * Older caches may already hold duplicates (the race this closes). Each may have charged, so none
 * is dropped or marked failed: the newest stays the open one, the others are flagged with
 * `duplicate_of` (outside the unique rule), and any still `sending` becomes `unknown`, because
 * no process is sending while the cache migrates.
 */
const v4: Migration = {
  version: 4,
  describe: 'one open transfer per domain, one registration in flight per name',
  up(db) {
    db.exec(`
      ALTER TABLE transfers ADD COLUMN sent_at TEXT;
      ALTER TABLE transfers ADD COLUMN duplicate_of INTEGER;
      ALTER TABLE registration_intents ADD COLUMN duplicate_of TEXT;
      UPDATE transfers SET sent_at = created_at;
      UPDATE transfers SET duplicate_of = (
          SELECT max(n.id) FROM transfers n
          WHERE n.account_id = transfers.account_id AND n.domain_id = transfers.domain_id
            AND n.state IN ('sending', 'unknown', 'pending'))
        WHERE state IN ('sending', 'unknown', 'pending')
          AND id < (SELECT max(n.id) FROM transfers n
            WHERE n.account_id = transfers.account_id AND n.domain_id = transfers.domain_id
              AND n.state IN ('sending', 'unknown', 'pending'));
      UPDATE transfers SET state = 'unknown',
          message = 'Another transfer request for this domain was sent as well. This one may also have reached VPS.org and been charged: check the VPS.org panel and your e-mail.'
        WHERE duplicate_of IS NOT NULL AND state = 'sending';
      UPDATE registration_intents SET duplicate_of = (
          SELECT n.id FROM registration_intents n
          WHERE n.account_id = registration_intents.account_id
            AND n.domain_name = registration_intents.domain_name
            AND n.state IN ('sending', 'unknown')
          ORDER BY n.created_at DESC, n.rowid DESC LIMIT 1)
        WHERE state IN ('sending', 'unknown');
      UPDATE registration_intents SET duplicate_of = NULL WHERE duplicate_of = id;
      UPDATE registration_intents SET state = 'unknown'
        WHERE duplicate_of IS NOT NULL AND state = 'sending';
      CREATE UNIQUE INDEX transfers_one_open ON transfers (account_id, domain_id)
        WHERE state IN ('sending', 'unknown', 'pending') AND duplicate_of IS NULL;
      CREATE UNIQUE INDEX intents_one_in_flight ON registration_intents (account_id, domain_name)
        WHERE state IN ('sending', 'unknown') AND duplicate_of IS NULL;
    `)
  },
}

/**
 * Version 6: the notification centre's history. Every notification is kept, and the events a
 * grouped notification stands for are kept under it (`parent_id`) with their domain, so that
 * the group can open exactly their list.
 */
const v6: Migration = {
  version: 6,
  describe: 'notification history',
  up(db) {
    db.exec(`
      CREATE TABLE notification_log (
        id INTEGER PRIMARY KEY,
        parent_id INTEGER,
        account_id TEXT,
        domain_id INTEGER,
        kind TEXT NOT NULL,
        title TEXT NOT NULL,
        body TEXT NOT NULL,
        route TEXT NOT NULL,
        count INTEGER NOT NULL DEFAULT 1,
        at TEXT NOT NULL,
        read INTEGER NOT NULL DEFAULT 0
      );
      CREATE INDEX notification_log_by_parent ON notification_log (parent_id, id);
    `)
  },
}

/**
 * Version 7: a trigram search index over names, tags and registrars, and a first-tag sort key
 * (migration-v7.ts). Version 5 was never released.
 */
const v7: Migration = {
  version: 7,
  describe: 'trigram search index, first tag key',
  up: (db) => upToV7(db),
}

/**
 * Version 9: each notification's words as message key and arguments, so that the centre shows
 * notifications sent earlier in the language read now (rows from before keep their words).
 */
const v9: Migration = {
  version: 9,
  describe: 'notification messages',
  up(db) {
    db.exec('ALTER TABLE notification_log ADD COLUMN message TEXT')
  },
}

/** Version 10: the last DNS check per domain (migration-v10.ts). */
const v10: Migration = { version: 10, describe: 'DNS checks', up: (db) => upToV10(db) }
/** Version 11: portfolio policies (migration-v11.ts). */
const v11: Migration = { version: 11, describe: 'policies', up: (db) => upToV11(db) }
/** Version 12: saved views of the portfolio (migration-v12.ts). */
const v12: Migration = { version: 12, describe: 'saved views', up: (db) => upToV12(db) }

/** Version 13: a covering index for the Overview page (migration-v13.ts). */
const v13: Migration = { version: 13, describe: 'overview index', up: (db) => upToV13(db) }

/** Version 14: transfer and registration notes as codes and params (migration-v14.ts). */
const v14: Migration = { version: 14, describe: 'stored notes as codes', up: (db) => upToV14(db) }

/** Version 15: indexes a first fill builds at its end (migration-v15.ts). */
const v15: Migration = { version: 15, describe: 'deferred indexes', up: (db) => upToV15(db) }

/** Every migration, oldest first. */
export const MIGRATIONS: readonly Migration[] = [
  v1,
  v2,
  v3,
  v4,
  v6,
  v7,
  v8,
  v9,
  v10,
  v11,
  v12,
  v13,
  v14,
  v15,
]
export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version

/** Thrown when the file was written by a newer version of the app. */
export class NewerSchemaError extends Error {
  constructor(readonly found: number) {
    super(
      `The cache was written by a newer Domain Desk (schema ${found}, this one knows ${LATEST_VERSION}).`,
    )
  }
}

/** The schema version of a database (0 for a new one). */
export function schemaVersion(db: Db): number {
  return scalar<number>(db, 'PRAGMA user_version') ?? 0
}

/** Brings the database up to `target` (default: the latest), one transaction per step. */
export function migrate(
  db: Db,
  target = LATEST_VERSION,
  now = systemClock.now().toISOString(),
): number {
  const current = schemaVersion(db)
  if (current > LATEST_VERSION) throw new NewerSchemaError(current)
  for (const step of MIGRATIONS) {
    if (step.version <= current || step.version > target) continue
    transaction(db, () => {
      step.up(db, now)
      db.exec(`PRAGMA user_version = ${step.version}`)
    })
  }
  return schemaVersion(db)
}
