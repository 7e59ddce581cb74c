/**
 * Transfers the app started: the API has no progress endpoint, so this record (initiated,
 * estimated completion, next steps, steps the user ticked) is what tracking works from.
 */
import type { StoredNote } from '../../../shared/ipc/errors'
import type { TransferView } from '../../../shared/ipc/models'
import { isUniqueViolation, row, rows, type Db } from './sqlite'
import { noteColumns, noteFrom } from './stored-note'

export type TransferState = TransferView['state']

/** A stored transfer. */
export interface StoredTransfer extends Omit<TransferView, 'overdue'> {
  accountId: string
  previousExpiration: string | null
}

interface TransferRecord {
  id: number
  account_id: string
  domain_id: number
  domain_name: string
  state: TransferState
  initiated_at: string | null
  estimated_completion: string | null
  next_steps: string
  steps_done: string
  previous_registrar: string | null
  previous_expiration: string | null
  fee_estimate_cents: number | null
  completed_at: string | null
  message: string | null
  message_code: string | null
  message_params: string | null
  charged_cents: number | null
}

function fromRecord(r: TransferRecord): StoredTransfer {
  return {
    id: r.id,
    accountId: r.account_id,
    domainId: r.domain_id,
    domainName: r.domain_name,
    state: r.state,
    initiatedAt: r.initiated_at,
    estimatedCompletion: r.estimated_completion,
    nextSteps: JSON.parse(r.next_steps) as string[],
    stepsDone: JSON.parse(r.steps_done) as number[],
    previousRegistrar: r.previous_registrar,
    previousExpiration: r.previous_expiration,
    feeEstimateCents: r.fee_estimate_cents,
    completedAt: r.completed_at,
    note: noteFrom(r.message_code, r.message_params),
    message: r.message,
    chargedCents: r.charged_cents,
  }
}

/** Reads and writes transfers. */
export class TransfersRepo {
  constructor(private readonly db: Db) {}

  /**
   * Claims the domain for a new transfer: writes its `sending` row before anything is checked or
   * sent. The unique rule on open transfers makes this atomic, so of two concurrent starts only
   * one gets an id; the other gets null. The row is not yet marked sent (see `markSent`).
   */
  claim(t: {
    accountId: string
    domainId: number
    domainName: string
    feeEstimateCents: number | null
    at: string
  }): number | null {
    try {
      return Number(
        this.db
          .prepare(
            `INSERT INTO transfers (account_id, domain_id, domain_name, state, fee_estimate_cents, created_at)
             VALUES (?, ?, ?, 'sending', ?, ?)`,
          )
          .run(t.accountId, t.domainId, t.domainName, t.feeEstimateCents, t.at).lastInsertRowid,
      )
    } catch (error) {
      if (isUniqueViolation(error)) return null
      throw error
    }
  }

  /** What the checks found, stored on the claim before it is sent. */
  checked(
    id: number,
    c: {
      previousRegistrar: string | null
      previousExpiration: string | null
      feeEstimateCents: number | null
    },
  ): void {
    this.db
      .prepare(
        'UPDATE transfers SET previous_registrar = ?, previous_expiration = ?, fee_estimate_cents = ? WHERE id = ?',
      )
      .run(c.previousRegistrar, c.previousExpiration, c.feeEstimateCents, id)
  }

  /** Committed just before the POST leaves: from here on the request may have charged. */
  markSent(id: number, at: string): void {
    this.db
      .prepare("UPDATE transfers SET sent_at = ? WHERE id = ? AND state = 'sending'")
      .run(at, id)
  }

  /** Drops a claim that was never sent (a check refused it); a sent row is never dropped. */
  release(id: number): void {
    this.db
      .prepare("DELETE FROM transfers WHERE id = ? AND state = 'sending' AND sent_at IS NULL")
      .run(id)
  }

  /**
   * At start-up, before anything may send: rows an earlier process left in `sending`. Those never
   * sent are marked failed (nothing left the app); those sent become `unknown`, to be settled by
   * looking at VPS.org or on the user's word. Returns how many of each.
   */
  recoverInterrupted(): { unsent: number; unknown: number } {
    const unsent = this.db
      .prepare(
        `UPDATE transfers SET state = 'failed', message_code = 'transferClosedBeforeSending', message_params = NULL
         WHERE state = 'sending' AND sent_at IS NULL`,
      )
      .run().changes
    const unknown = this.db
      .prepare(
        `UPDATE transfers SET state = 'unknown', message_code = 'transferClosedWhileSending', message_params = NULL
         WHERE state = 'sending'`,
      )
      .run().changes
    return { unsent, unknown }
  }

  /**
   * The server accepted it: store what it said for tracking (its own words, and its charge, if it
   * said), or the app's note when the user said it started. Only a transfer still sending or
   * unknown moves; returns whether it did.
   */
  accepted(
    id: number,
    a: {
      initiatedAt: string
      estimatedCompletion: string
      nextSteps: string[]
      message: string | null
      note?: StoredNote
      chargedCents?: number | null
    },
  ): boolean {
    return (
      this.db
        .prepare(
          `UPDATE transfers SET state = 'pending', initiated_at = ?, estimated_completion = ?, next_steps = ?,
            message = ?, message_code = ?, message_params = ?, charged_cents = coalesce(?, charged_cents)
           WHERE id = ? AND state IN ('sending', 'unknown')`,
        )
        .run(
          a.initiatedAt,
          a.estimatedCompletion,
          JSON.stringify(a.nextSteps),
          a.message,
          ...noteColumns(a.note),
          a.chargedCents ?? null,
          id,
        ).changes === 1
    )
  }

  /** Ticks (or unticks) one of the next steps the user works through. */
  setStep(id: number, index: number, done: boolean): void {
    const t = this.get(id)
    if (!t) return
    const steps = new Set(t.stepsDone)
    if (done) steps.add(index)
    else steps.delete(index)
    const sorted = [...steps].sort((a, b) => a - b)
    this.db
      .prepare('UPDATE transfers SET steps_done = ? WHERE id = ?')
      .run(JSON.stringify(sorted), id)
  }

  /**
   * Moves a transfer to `state`. A note given replaces the one before (with its params); VPS.org's
   * words and the completion time are kept unless new ones are given.
   */
  setState(
    id: number,
    state: TransferState,
    fields: { note?: StoredNote; message?: string | null; completedAt?: string } = {},
  ): void {
    const [code, params] = noteColumns(fields.note)
    this.db
      .prepare(
        `UPDATE transfers SET state = ?, message = coalesce(?, message),
          message_code = coalesce(?, message_code),
          message_params = CASE WHEN ? IS NULL THEN message_params ELSE ? END,
          completed_at = coalesce(?, completed_at) WHERE id = ?`,
      )
      .run(state, fields.message ?? null, code, code, params, fields.completedAt ?? null, id)
  }

  get(id: number): StoredTransfer | undefined {
    const r = row<TransferRecord>(this.db, 'SELECT * FROM transfers WHERE id = ?', id)
    return r && fromRecord(r)
  }

  /** When its request was sent; null while it is only claimed, undefined for no such row. */
  sentAt(id: number): string | null | undefined {
    return row<{ sent_at: string | null }>(
      this.db,
      'SELECT sent_at FROM transfers WHERE id = ?',
      id,
    )?.sent_at
  }

  /** The newest transfer of a domain. */
  latestFor(accountId: string, domainId: number): StoredTransfer | undefined {
    const r = row<TransferRecord>(
      this.db,
      'SELECT * FROM transfers WHERE account_id = ? AND domain_id = ? ORDER BY id DESC LIMIT 1',
      accountId,
      domainId,
    )
    return r && fromRecord(r)
  }

  forAccount(accountId: string): StoredTransfer[] {
    return rows<TransferRecord>(
      this.db,
      'SELECT * FROM transfers WHERE account_id = ? ORDER BY id DESC',
      accountId,
    ).map(fromRecord)
  }

  /** Transfers of an account in these states. */
  inStates(accountId: string, states: readonly TransferState[]): StoredTransfer[] {
    const marks = states.map(() => '?').join(',')
    return rows<TransferRecord>(
      this.db,
      `SELECT * FROM transfers WHERE account_id = ? AND state IN (${marks})`,
      accountId,
      ...states,
    ).map(fromRecord)
  }

  /** Transfers still waiting (pending). */
  open(accountId: string): StoredTransfer[] {
    return this.inStates(accountId, ['pending'])
  }
}
