/**
 * The registration intent journal. An intent is written before any money-spending POST and moves
 * through states in single-row transactions, so that a crash or a lost answer leaves a record
 * that forbids sending again until the account has been checked.
 */
import type { StoredNote } from '../../../shared/ipc/errors'
import type { RegistrationIntent } from '../../../shared/ipc/models'
import { isUniqueViolation, row, rows, type Db } from './sqlite'
import { noteColumns, noteFrom } from './stored-note'

export type IntentState = RegistrationIntent['state']

/** A stored intent, with what is needed to send it. */
export interface StoredIntent extends RegistrationIntent {
  autoRenew: boolean
  privacy: boolean
  nameservers: string[] | null
  /** When the POST was sent; null until then. */
  sentAt: string | null
}

interface IntentRecord {
  id: string
  account_id: string
  domain_name: string
  unicode_name: string
  years: number
  auto_renew: number
  privacy: number
  nameservers: string | null
  estimate_cents: number | null
  state: IntentState
  created_at: string
  sent_at: string | null
  domain_id: number | null
  total_cost_cents: number | null
  error_code: string | null
  error_message: string | null
  message_code: string | null
  message_params: string | null
}

function fromRecord(r: IntentRecord): StoredIntent {
  return {
    id: r.id,
    accountId: r.account_id,
    domainName: r.domain_name,
    unicodeName: r.unicode_name,
    years: r.years,
    autoRenew: r.auto_renew === 1,
    privacy: r.privacy === 1,
    nameservers: r.nameservers ? (JSON.parse(r.nameservers) as string[]) : null,
    estimateCents: r.estimate_cents,
    state: r.state,
    createdAt: r.created_at,
    sentAt: r.sent_at,
    domainId: r.domain_id,
    domainStatus: null,
    totalCostCents: r.total_cost_cents,
    errorCode: r.error_code,
    note: noteFrom(r.message_code, r.message_params),
    errorMessage: r.error_message,
  }
}

/** States in which a name must not be registered again until the account is checked. */
export const BLOCKING_STATES: readonly IntentState[] = ['prepared', 'sending', 'unknown']

/** Reads and moves registration intents. */
export class IntentsRepo {
  constructor(private readonly db: Db) {}

  create(
    i: Omit<
      StoredIntent,
      | 'state'
      | 'domainId'
      | 'domainStatus'
      | 'totalCostCents'
      | 'errorCode'
      | 'note'
      | 'errorMessage'
      | 'sentAt'
    >,
  ): void {
    this.db
      .prepare(
        `INSERT INTO registration_intents (id, account_id, domain_name, unicode_name, years, auto_renew, privacy,
          nameservers, estimate_cents, state, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'prepared', ?)`,
      )
      .run(
        i.id,
        i.accountId,
        i.domainName,
        i.unicodeName,
        i.years,
        i.autoRenew ? 1 : 0,
        i.privacy ? 1 : 0,
        i.nameservers ? JSON.stringify(i.nameservers) : null,
        i.estimateCents,
        i.createdAt,
      )
  }

  get(id: string): StoredIntent | undefined {
    const r = row<IntentRecord>(this.db, 'SELECT * FROM registration_intents WHERE id = ?', id)
    return r && fromRecord(r)
  }

  /**
   * Moves an intent from `from` to `to` only if it is still in `from` (compare-and-set), so two
   * confirmations of the same intent can never both send. Returns whether it moved. Its marker
   * code, note and VPS.org's words are replaced by those given (none when not given).
   */
  transition(
    id: string,
    from: IntentState,
    to: IntentState,
    at: string,
    extra: {
      domainId?: number
      totalCostCents?: number | null
      errorCode?: string
      note?: StoredNote
      errorMessage?: string | null
    } = {},
  ): boolean {
    const column = to === 'sending' ? 'sent_at' : 'settled_at'
    return (
      this.db
        .prepare(
          `UPDATE registration_intents SET state = ?, ${column} = ?,
            domain_id = coalesce(?, domain_id), total_cost_cents = coalesce(?, total_cost_cents),
            error_code = ?, message_code = ?, message_params = ?, error_message = ?
           WHERE id = ? AND state = ?`,
        )
        .run(
          to,
          at,
          extra.domainId ?? null,
          extra.totalCostCents ?? null,
          extra.errorCode ?? null,
          ...noteColumns(extra.note),
          extra.errorMessage ?? null,
          id,
          from,
        ).changes === 1
    )
  }

  /**
   * prepared → sending, the moment before the POST: 'busy' when another intent for the same name
   * is already sending or unknown (the unique rule refuses the move), 'moved' when this one is no
   * longer prepared (a concurrent confirm got there first).
   */
  startSending(id: string, at: string): 'ok' | 'moved' | 'busy' {
    try {
      return this.transition(id, 'prepared', 'sending', at) ? 'ok' : 'moved'
    } catch (error) {
      if (isUniqueViolation(error)) return 'busy'
      throw error
    }
  }

  /** Another intent of the same account and name in one of these states, if any. */
  other(accountId: string, name: string, exceptId: string, states: readonly IntentState[]) {
    const marks = states.map(() => '?').join(',')
    const r = row<IntentRecord>(
      this.db,
      `SELECT * FROM registration_intents WHERE account_id = ? AND domain_name = ? AND id <> ? AND state IN (${marks}) LIMIT 1`,
      accountId,
      name,
      exceptId,
      ...states,
    )
    return r && fromRecord(r)
  }

  /**
   * At start-up, before anything may send: intents an earlier process left in `sending` may have
   * reached VPS.org, so they become `unknown` (to be looked up). Returns how many.
   */
  recoverInterrupted(at: string): number {
    return this.db
      .prepare(
        `UPDATE registration_intents SET state = 'unknown', settled_at = ?, error_code = 'Interrupted',
          message_code = 'registrationInterrupted', message_params = NULL, error_message = NULL
         WHERE state = 'sending'`,
      )
      .run(at).changes
  }

  /** Intents of an account, newest first. */
  forAccount(accountId: string, limit = 100): StoredIntent[] {
    return rows<IntentRecord>(
      this.db,
      'SELECT * FROM registration_intents WHERE account_id = ? ORDER BY created_at DESC LIMIT ?',
      accountId,
      limit,
    ).map(fromRecord)
  }

  /** Intents in a blocking state for this name. */
  blocking(accountId: string, name: string): StoredIntent[] {
    const marks = BLOCKING_STATES.map(() => '?').join(',')
    return rows<IntentRecord>(
      this.db,
      `SELECT * FROM registration_intents WHERE account_id = ? AND domain_name = ? AND state IN (${marks})`,
      accountId,
      name,
      ...BLOCKING_STATES,
    ).map(fromRecord)
  }

  /** Every intent in one of these states (any account). */
  inStates(states: readonly IntentState[]): StoredIntent[] {
    const marks = states.map(() => '?').join(',')
    return rows<IntentRecord>(
      this.db,
      `SELECT * FROM registration_intents WHERE state IN (${marks})`,
      ...states,
    ).map(fromRecord)
  }
}
