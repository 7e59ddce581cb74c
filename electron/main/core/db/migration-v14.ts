/**
 * Version 14: what the app notes on a transfer or registration is kept as a code and params
 * (`message_code`, `message_params`), said in the language read now, instead of an English
 * sentence. Texts earlier versions wrote are turned into their codes, with the name and time they
 * named; any other text is VPS.org's own words and stays in `message` / `error_message`.
 */
import { IPC_ERROR_CODES } from '../../../shared/ipc/errors'
import type { Db } from './sqlite'

/** Transfer texts earlier versions wrote, word for word, and their reasons. */
const TRANSFER_TEXTS: ReadonlyArray<readonly [string, string]> = [
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

/**
 * Registration texts, by the marker code stored beside them and the shape of the sentence; the
 * name is the row's own `unicode_name`, and the time of the "processing" text is cut out of it
 * (it sits between "possible after " and " if it still is not there.").
 */
const INTENT_TEXTS = `
  UPDATE registration_intents SET message_code = 'registrationInterrupted', error_message = NULL
    WHERE error_code = 'Interrupted'
      AND error_message = 'Domain Desk closed while this registration was being sent; it is looked up at VPS.org.';
  UPDATE registration_intents SET message_code = 'registrationNotRecorded',
      message_params = json_object('name', unicode_name), error_message = NULL
    WHERE error_code = 'NotRecorded'
      AND error_message LIKE 'VPS.org accepted this registration, but Domain Desk could not record it; it looks % up.';
  UPDATE registration_intents SET message_code = 'registrationProcessing',
      message_params = json_object('name', unicode_name, 'after',
        substr(error_message, instr(error_message, 'possible after ') + 15,
          length(error_message) - 26 - (instr(error_message, 'possible after ') + 15) + 1)),
      error_message = NULL
    WHERE error_code = 'Pending'
      AND error_message LIKE 'VPS.org does not show % yet, but it may still be processing the request.%possible after % if it still is not there.';
  UPDATE registration_intents SET message_code = 'registrationNotFound', error_message = NULL
    WHERE error_message = 'VPS.org has no record of this registration; nothing was registered, so it can be tried again.';
  UPDATE registration_intents SET message_code = 'registrationLateSuccess',
      message_params = json_object('name', unicode_name), error_message = NULL
    WHERE error_code = 'LateSuccess'
      AND error_message LIKE 'VPS.org registered % after all, after Domain Desk had found no record of it;%';
`

/** Adds the code and params columns and turns the texts the app wrote into codes. */
export function upToV14(db: Db): void {
  db.exec(`
    ALTER TABLE transfers ADD COLUMN message_code TEXT;
    ALTER TABLE transfers ADD COLUMN message_params TEXT;
    ALTER TABLE registration_intents ADD COLUMN message_code TEXT;
    ALTER TABLE registration_intents ADD COLUMN message_params TEXT;
  `)
  const transfer = db.prepare(
    'UPDATE transfers SET message_code = ?, message = NULL WHERE message = ?',
  )
  for (const [text, reason] of TRANSFER_TEXTS) transfer.run(reason, text)
  db.exec(INTENT_TEXTS)
  // A VPS.org call that failed kept its code beside its text: the code is said, the text stays.
  const marks = IPC_ERROR_CODES.map(() => '?').join(',')
  db.prepare(
    `UPDATE registration_intents SET message_code = error_code
      WHERE message_code IS NULL AND error_code IN (${marks})`,
  ).run(...IPC_ERROR_CODES)
}
