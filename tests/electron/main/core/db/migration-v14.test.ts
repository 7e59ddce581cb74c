import { describe, expect, it } from 'vitest'
import { IntentsRepo } from '../../../../../electron/main/core/db/intents-repo'
import { migrate, schemaVersion } from '../../../../../electron/main/core/db/migrations'
import { openDatabase, type Db } from '../../../../../electron/main/core/db/sqlite'
import { TransfersRepo } from '../../../../../electron/main/core/db/transfers-repo'

/**
 * Texts earlier versions stored, word for word. Kept here on their own rather than imported from
 * the migration, so that a text changed there by mistake fails here instead of passing unseen.
 */
const OLD_TRANSFER_TEXTS: Array<[string, string]> = [
  [
    'The answer was lost, so the transfer may or may not have started. Check your e-mail or the VPS.org panel before trying again.',
    'transferAnswerLost',
  ],
  [
    'VPS.org accepted this transfer, but Domain Desk could not record its answer. Confirm it as started.',
    'transferNotRecorded',
  ],
  ['Marked as not started after checking with VPS.org.', 'transferMarkedNotStarted'],
  ['Confirmed as started after checking with VPS.org.', 'transferConfirmedStarted'],
  ['Found at VPS.org: the transfer went through.', 'transferFoundCompleted'],
  [
    'Domain Desk closed before sending this transfer; nothing was sent.',
    'transferClosedBeforeSending',
  ],
  [
    'Domain Desk closed while this transfer was being sent, so it may or may not have started. Check your e-mail or the VPS.org panel, then say which.',
    'transferClosedWhileSending',
  ],
  [
    'Another transfer request for this domain was sent as well. This one may also have reached VPS.org and been charged: check the VPS.org panel and your e-mail.',
    'transferDuplicate',
  ],
]

function addTransfer(db: Db, id: number, message: string | null): void {
  db.prepare(
    `INSERT INTO transfers (id, account_id, domain_id, domain_name, state, created_at, message)
     VALUES (?, 'a', ?, ?, 'failed', '2026-11-03T10:00:00Z', ?)`,
  ).run(id, id, `d${id}.com`, message)
}

function addIntent(
  db: Db,
  id: string,
  state: string,
  code: string | null,
  message: string | null,
): void {
  db.prepare(
    `INSERT INTO registration_intents (id, account_id, domain_name, unicode_name, years, auto_renew,
       privacy, state, created_at, error_code, error_message)
     VALUES (?, 'a', ?, ?, 1, 1, 1, ?, '2026-11-01T10:00:00Z', ?, ?)`,
  ).run(id, `${id}.xn--y9a3aq`, `${id}.հայ`, state, code, message)
}

describe('cache migration v14: stored texts become notes', () => {
  it("turns every transfer text the app wrote into its reason, and keeps VPS.org's own words", () => {
    const db = openDatabase(':memory:')
    migrate(db, 13)
    OLD_TRANSFER_TEXTS.forEach(([text], i) => addTransfer(db, i + 1, text))
    addTransfer(db, 50, 'Transfer initiated. Approve the e-mail from the current registrar.')
    addTransfer(db, 51, null)
    migrate(db, 14)
    expect(schemaVersion(db)).toBe(14)
    const transfers = new TransfersRepo(db)
    OLD_TRANSFER_TEXTS.forEach(([, reason], i) =>
      expect(transfers.get(i + 1), reason).toMatchObject({ note: { reason }, message: null }),
    )
    expect(transfers.get(50)).toMatchObject({
      note: null,
      message: 'Transfer initiated. Approve the e-mail from the current registrar.',
    })
    expect(transfers.get(51)).toMatchObject({ note: null, message: null })
  })

  it("turns registration texts into reasons with the name and time they named, and keeps VPS.org's words", () => {
    const db = openDatabase(':memory:')
    migrate(db, 13)
    addIntent(
      db,
      'closed',
      'unknown',
      'Interrupted',
      'Domain Desk closed while this registration was being sent; it is looked up at VPS.org.',
    )
    addIntent(
      db,
      'unrecorded',
      'unknown',
      'NotRecorded',
      'VPS.org accepted this registration, but Domain Desk could not record it; it looks unrecorded.հայ up.',
    )
    addIntent(
      db,
      'processing',
      'unknown',
      'Pending',
      'VPS.org does not show processing.հայ yet, but it may still be processing the request. Domain Desk checks again; a new attempt is possible after 2026-11-01T10:02:00.000Z if it still is not there.',
    )
    addIntent(
      db,
      'absent',
      'not-found',
      null,
      'VPS.org has no record of this registration; nothing was registered, so it can be tried again.',
    )
    addIntent(
      db,
      'late',
      'succeeded',
      'LateSuccess',
      "VPS.org registered late.հայ after all, after Domain Desk had found no record of it; its cost is in VPS.org's billing.",
    )
    addIntent(db, 'refused', 'failed', 'Validation', 'domain_name: This name is reserved.')
    addIntent(db, 'fine', 'succeeded', null, null)
    migrate(db)
    const intents = new IntentsRepo(db)
    expect(intents.get('closed')).toMatchObject({
      errorCode: 'Interrupted',
      note: { reason: 'registrationInterrupted' },
      errorMessage: null,
    })
    expect(intents.get('unrecorded')).toMatchObject({
      note: { reason: 'registrationNotRecorded', params: { name: 'unrecorded.հայ' } },
      errorMessage: null,
    })
    expect(intents.get('processing')).toMatchObject({
      errorCode: 'Pending',
      note: {
        reason: 'registrationProcessing',
        params: { name: 'processing.հայ', after: '2026-11-01T10:02:00.000Z' },
      },
      errorMessage: null,
    })
    expect(intents.get('absent')).toMatchObject({
      note: { reason: 'registrationNotFound' },
      errorMessage: null,
    })
    expect(intents.get('late')).toMatchObject({
      errorCode: 'LateSuccess',
      note: { reason: 'registrationLateSuccess', params: { name: 'late.հայ' } },
      errorMessage: null,
    })
    expect(intents.get('refused')).toMatchObject({
      note: { code: 'Validation' },
      errorMessage: 'domain_name: This name is reserved.',
    })
    expect(intents.get('fine')).toMatchObject({ note: null, errorMessage: null })
  })
})
