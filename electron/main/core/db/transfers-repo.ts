/**
 * Transfers the app started: the API has no progress endpoint, so this record (initiated,
 * estimated completion, next steps, steps the user ticked) is what tracking works from.
 */
import type { TransferView } from '../../../shared/ipc/models'
import { row, rows, type Db } from './sqlite'

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
    message: r.message,
    chargedCents: r.charged_cents,
  }
}

/** Reads and writes transfers. */
export class TransfersRepo {
  constructor(private readonly db: Db) {}

  /** Records a transfer about to be sent (state 'sending'); returns its id. */
  begin(t: {
    accountId: string
    domainId: number
    domainName: string
    previousRegistrar: string | null
    previousExpiration: string | null
    feeEstimateCents: number | null
    at: string
  }): number {
    return Number(
      this.db
        .prepare(
          `INSERT INTO transfers (account_id, domain_id, domain_name, state, previous_registrar, previous_expiration, fee_estimate_cents, created_at)
           VALUES (?, ?, ?, 'sending', ?, ?, ?, ?)`,
        )
        .run(
          t.accountId,
          t.domainId,
          t.domainName,
          t.previousRegistrar,
          t.previousExpiration,
          t.feeEstimateCents,
          t.at,
        ).lastInsertRowid,
    )
  }

  /** The server accepted it: store what it said for tracking (and its charge, if it said). */
  accepted(
    id: number,
    a: {
      initiatedAt: string
      estimatedCompletion: string
      nextSteps: string[]
      message: string
      chargedCents?: number | null
    },
  ): void {
    this.db
      .prepare(
        "UPDATE transfers SET state = 'pending', initiated_at = ?, estimated_completion = ?, next_steps = ?, message = ?, charged_cents = ? WHERE id = ?",
      )
      .run(
        a.initiatedAt,
        a.estimatedCompletion,
        JSON.stringify(a.nextSteps),
        a.message,
        a.chargedCents ?? null,
        id,
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

  setState(
    id: number,
    state: TransferState,
    fields: { message?: string; completedAt?: string } = {},
  ): void {
    this.db
      .prepare(
        'UPDATE transfers SET state = ?, message = coalesce(?, message), completed_at = coalesce(?, completed_at) WHERE id = ?',
      )
      .run(state, fields.message ?? null, fields.completedAt ?? null, id)
  }

  get(id: number): StoredTransfer | undefined {
    const r = row<TransferRecord>(this.db, 'SELECT * FROM transfers WHERE id = ?', id)
    return r && fromRecord(r)
  }

  /** When the record was written, just before its request was sent. */
  sentAt(id: number): string | undefined {
    return row<{ created_at: string }>(this.db, 'SELECT created_at FROM transfers WHERE id = ?', id)
      ?.created_at
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

  /** Transfers still waiting (pending), any account. */
  open(accountId: string): StoredTransfer[] {
    return rows<TransferRecord>(
      this.db,
      "SELECT * FROM transfers WHERE account_id = ? AND state = 'pending'",
      accountId,
    ).map(fromRecord)
  }
}
