import { describe, expect, it } from 'vitest'
import { ChargesRepo } from '../../../../../electron/main/core/db/charges-repo'
import { migrate, schemaVersion } from '../../../../../electron/main/core/db/migrations'
import { openDatabase } from '../../../../../electron/main/core/db/sqlite'

describe('cache migration v8: charges', () => {
  it('carries over what earlier registrations and transfers were charged', () => {
    const db = openDatabase(':memory:')
    migrate(db, 6)
    const intent = db.prepare(
      `INSERT INTO registration_intents (id, account_id, domain_name, unicode_name, years, auto_renew,
         privacy, estimate_cents, state, created_at, settled_at, total_cost_cents)
       VALUES (?, 'a', ?, ?, ?, 1, 1, 2598, ?, '2026-11-01T10:00:00Z', ?, ?)`,
    )
    intent.run('i1', 'old.com', 'old.com', 2, 'succeeded', '2026-11-02T10:00:00Z', 2498)
    intent.run('i2', 'failed.com', 'failed.com', 2, 'failed', null, null)
    db.prepare(
      `INSERT INTO transfers (account_id, domain_id, domain_name, state, created_at, initiated_at,
         charged_cents)
       VALUES ('a', 5, 'moved.net', 'pending', '2026-11-03T10:00:00Z', '2026-11-03T10:00:05Z', 1499)`,
    ).run()
    migrate(db, 8)
    expect(schemaVersion(db)).toBe(8)
    const charges = new ChargesRepo(db)
    expect(charges.latest('registration', 'com', 2)).toEqual({
      cents: 2498,
      at: '2026-11-02T10:00:00Z',
      domainName: 'old.com',
    })
    expect(charges.latest('registration', 'com', 1)).toBeNull()
    expect(charges.latest('transfer', 'net', 1)).toMatchObject({ cents: 1499 })
  })

  it('answers the newest charge for a TLD and period', () => {
    const db = openDatabase(':memory:')
    migrate(db)
    const charges = new ChargesRepo(db)
    const base = { accountId: 'a', kind: 'registration' as const, tld: 'com', years: 2 }
    charges.record({ ...base, cents: 2598, domainName: 'a.com', at: '2026-10-01T00:00:00Z' })
    charges.record({ ...base, cents: 2498, domainName: 'b.com', at: '2026-11-01T00:00:00Z' })
    expect(charges.latest('registration', 'com', 2)?.cents).toBe(2498)
  })
})
