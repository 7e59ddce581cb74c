/**
 * Transfers in. Before: the reference's checklist (what the app can check is checked) and a fee
 * estimate. The POST is sent once and never retried; a record written before it makes sure a lost
 * answer can never lead to a second attempt by itself. After: no endpoint reports progress, so
 * completion is inferred from the domain's details (registrar becomes VPS.org).
 */
import { pricingTld, transferEstimateCents } from '../../shared/pricing/estimate'
import type { TransferCheck, TransferView } from '../../shared/ipc/models'
import type { DomainDetail, TransferResponse } from '../../shared/vps-api/types'
import type { Cache } from '../core/db/cache'
import type { StoredTransfer } from '../core/db/transfers-repo'
import { isApiError, type ApiAccount, type VpsApiClient } from '../core/vps-api/index'
import { AppError, failureNote } from './app-error'
import { transferChecklist } from './transfer-checklist'
import type { ConnectivityTracker } from './connectivity'
import type { EventBus } from './event-bus'
import type { AppLogger } from './logger'
import type { Clock } from '../core/clock'

const DAY = 86_400_000

export interface TransferDeps {
  cache: Cache
  client: VpsApiClient
  connectivity: ConnectivityTracker
  bus: EventBus
  credentials: (accountId: string) => Promise<ApiAccount>
  logger?: AppLogger
  clock: Clock
}

/** Why a checklist refuses a transfer, in words. */
function refusal(check: TransferCheck): string {
  const failed = check.checks
    .filter((c) => c.passed !== true && c.passed !== null)
    .map((c) => c.detail)
  const unknown =
    check.registrar === null
      ? ['The current registrar could not be checked; refresh the domain first.']
      : []
  return [...failed, ...unknown].join(' ')
}

/** Checks, starts and tracks transfers. */
export class TransferService {
  constructor(private readonly deps: TransferDeps) {}

  private now(): Date {
    return this.deps.clock.now()
  }

  private toView(t: StoredTransfer): TransferView {
    const overdue =
      t.state === 'pending' &&
      t.estimatedCompletion !== null &&
      Date.parse(t.estimatedCompletion) < this.now().getTime()
    const { accountId: _account, previousExpiration: _expiry, ...view } = t
    return { ...view, overdue }
  }

  viewFor(accountId: string, domainId: number): TransferView | null {
    const t = this.deps.cache.transfers.latestFor(accountId, domainId)
    return t ? this.toView(t) : null
  }

  list(accountId: string): TransferView[] {
    return this.deps.cache.transfers.forAccount(accountId).map((t) => this.toView(t))
  }

  /** The checklist for a domain; fetches its details when they are not cached yet. */
  async check(accountId: string, domainId: number): Promise<TransferCheck> {
    const { cache } = this.deps
    const domain = cache.domains.get(accountId, domainId)
    if (!domain)
      throw new AppError(
        'NotFound',
        'That domain is not in the cached portfolio. Sync to refresh it.',
        { reason: 'domainNotCached' },
      )
    let details = cache.details.get(accountId, domainId)
    if (!details && this.deps.connectivity.get(accountId).state !== 'offline') {
      try {
        const fetched = await this.deps.client.getDomain(
          await this.deps.credentials(accountId),
          domainId,
        )
        cache.details.save(accountId, fetched, this.now().toISOString())
        details = cache.details.get(accountId, domainId)
      } catch (error) {
        this.deps.connectivity.failed(accountId, error)
      }
    }
    const registrar = details?.registrar ?? null
    const ageDays = Math.floor((this.now().getTime() - Date.parse(domain.registrationDate)) / DAY)
    const prices = cache.prices.all()
    const tld = pricingTld(prices, domain.name)
    // What VPS.org charged for the last transfer of this TLD beats the table's figure.
    const charged = cache.charges.latest('transfer', tld, 1)
    const fee = charged ? charged.cents : transferEstimateCents(prices, tld)
    const checks = transferChecklist({ registrar, ageDays, locked: domain.locked })
    return {
      domainId,
      domainName: domain.name,
      registrar,
      checks,
      feeEstimateCents: fee,
      feeSource: charged ? 'lastCharge' : 'priceTable',
      feeChargedAt: charged?.at ?? null,
      eligible: checks.every((c) => c.passed !== false) && registrar !== null,
    }
  }

  /**
   * Starts a transfer: claims the domain (the open row is written first, under the unique rule on
   * open transfers, so a concurrent second start is a Conflict), checks, marks it sent, and sends
   * ONCE. Once VPS.org has answered, the outcome is pending or unknown, never failed.
   */
  async start(
    accountId: string,
    domainId: number,
    input: { authCode: string; autoRenew: boolean },
  ): Promise<TransferView> {
    const { cache, client, connectivity } = this.deps
    connectivity.requireOnline(accountId, 'start a transfer')
    const domain = cache.domains.get(accountId, domainId)
    if (!domain)
      throw new AppError(
        'NotFound',
        'That domain is not in the cached portfolio. Sync to refresh it.',
        { reason: 'domainNotCached' },
      )
    const id = cache.transfers.claim({
      accountId,
      domainId,
      domainName: domain.name,
      feeEstimateCents: null,
      at: this.now().toISOString(),
    })
    if (id === null) throw this.alreadyOpen(accountId, domainId)
    let answer: TransferResponse
    try {
      const check = await this.check(accountId, domainId)
      if (!check.eligible)
        throw new AppError('InvalidArgument', refusal(check), { reason: 'transferRefused' })
      cache.transfers.checked(id, {
        previousRegistrar: check.registrar,
        previousExpiration: domain.expirationDate,
        feeEstimateCents: check.feeEstimateCents,
      })
      const account = await this.deps.credentials(accountId)
      cache.transfers.markSent(id, this.now().toISOString())
      answer = await client.transferDomain(account, domainId, {
        auth_code: input.authCode,
        auto_renew: input.autoRenew,
      })
    } catch (error) {
      // Never sent (a check refused it, or the credentials failed): the claim goes.
      if (cache.transfers.sentAt(id) === null) {
        cache.transfers.release(id)
        throw error
      }
      connectivity.failed(accountId, error)
      if (isApiError(error) && !error.outcomeUnknown) {
        const { note, words } = failureNote(error)
        cache.transfers.setState(id, 'failed', { note, message: words })
        throw error
      }
      cache.transfers.setState(id, 'unknown', { note: { reason: 'transferAnswerLost' } })
      return this.toView(cache.transfers.get(id)!)
    }
    return this.recordAccepted(id, accountId, domain, answer)
  }

  /** Stores VPS.org's acceptance; when that fails locally, the transfer is unknown, never failed. */
  private recordAccepted(
    id: number,
    accountId: string,
    domain: { id: number; name: string },
    answer: TransferResponse,
  ): TransferView {
    const { cache, connectivity } = this.deps
    const chargedCents =
      answer.total_cost === undefined ? null : Math.round(answer.total_cost * 100)
    try {
      connectivity.reached(accountId)
      cache.transaction(() => {
        cache.transfers.accepted(id, {
          initiatedAt: answer.transfer_initiated_at,
          estimatedCompletion: answer.estimated_completion,
          nextSteps: answer.next_steps,
          message: answer.message,
          chargedCents,
        })
        if (chargedCents !== null)
          cache.charges.record({
            accountId,
            kind: 'transfer',
            tld: pricingTld(cache.prices.all(), domain.name),
            years: 1,
            cents: chargedCents,
            domainName: domain.name,
            at: this.now().toISOString(),
          })
        this.history(accountId, domain.id, domain.name, 'initiated')
      })
      return this.toView(cache.transfers.get(id)!)
    } catch (error) {
      this.deps.logger?.error('transfer accepted but not recorded', { id, error })
      try {
        cache.transfers.setState(id, 'unknown', { note: { reason: 'transferNotRecorded' } })
        return this.toView(cache.transfers.get(id)!)
      } catch {
        throw new AppError(
          'Internal',
          `VPS.org accepted the transfer of ${domain.name}, but Domain Desk could not save it. Do not start it again; it will be shown as unknown after a restart.`,
          { reason: 'transferNotSaved', params: { name: domain.name } },
        )
      }
    }
  }

  /** The Conflict for a domain that already has an open transfer. */
  private alreadyOpen(accountId: string, domainId: number): AppError {
    const latest = this.deps.cache.transfers.latestFor(accountId, domainId)
    const name = latest?.domainName ?? 'this domain'
    return new AppError(
      'Conflict',
      latest?.state === 'pending'
        ? `A transfer of ${name} is already in progress.`
        : latest?.state === 'sending'
          ? `A transfer of ${name} is being sent right now.`
          : `An earlier transfer request for ${name} may have reached VPS.org. Check your e-mail or the VPS.org panel before trying again.`,
      {
        reason:
          latest?.state === 'pending'
            ? 'transferInProgress'
            : latest?.state === 'sending'
              ? 'transferSending'
              : 'transferMayHaveReached',
        params: { name },
      },
    )
  }

  /**
   * Settles a transfer whose answer was lost, on the user's word after checking with VPS.org or
   * their e-mail: 'started' tracks it as pending (7 days from when it was sent), 'not-started'
   * marks it failed so that a new attempt is allowed. Nothing is sent.
   */
  resolve(accountId: string, transferId: number, outcome: 'started' | 'not-started'): TransferView {
    const { cache } = this.deps
    const t = cache.transfers.get(transferId)
    if (!t || t.accountId !== accountId)
      throw new AppError('NotFound', 'That transfer is not known.', { reason: 'transferGone' })
    if (t.state !== 'unknown')
      throw new AppError(
        'Conflict',
        `That transfer is ${t.state}; only one whose answer was lost can be settled by hand.`,
        { reason: 'transferSettled', params: { state: t.state } },
      )
    if (outcome === 'not-started') {
      cache.transfers.setState(transferId, 'failed', {
        note: { reason: 'transferMarkedNotStarted' },
      })
    } else {
      const sent = cache.transfers.sentAt(transferId) ?? this.now().toISOString()
      cache.transaction(() => {
        cache.transfers.accepted(transferId, {
          initiatedAt: sent,
          estimatedCompletion: new Date(Date.parse(sent) + 7 * DAY).toISOString(),
          nextSteps: [],
          message: null,
          note: { reason: 'transferConfirmedStarted' },
        })
        this.history(accountId, t.domainId, t.domainName, 'initiated')
      })
    }
    return this.toView(cache.transfers.get(transferId)!)
  }

  /** Ticks or unticks one of a transfer's next steps, with a history entry. */
  setStep(accountId: string, transferId: number, index: number, done: boolean): TransferView {
    const { cache } = this.deps
    const t = cache.transfers.get(transferId)
    if (!t || t.accountId !== accountId)
      throw new AppError('NotFound', 'That transfer is not known.', { reason: 'transferGone' })
    const step = t.nextSteps[index]
    if (step === undefined)
      throw new AppError(
        'InvalidArgument',
        `The transfer has ${t.nextSteps.length} steps; there is no step ${index + 1}.`,
        { reason: 'noSuchStep', params: { count: t.nextSteps.length, step: index + 1 } },
      )
    if (t.stepsDone.includes(index) !== done) {
      cache.transaction(() => {
        cache.transfers.setStep(transferId, index, done)
        this.history(
          accountId,
          t.domainId,
          t.domainName,
          `${done ? 'step done' : 'step undone'}: ${step}`,
        )
      })
    }
    return this.toView(cache.transfers.get(transferId)!)
  }

  /**
   * Infers completion from freshly fetched details. A transfer whose answer was lost (unknown) is
   * settled the same way when the domain is now at VPS.org: it started, and it has completed.
   */
  async inferFromDetail(accountId: string, detail: DomainDetail): Promise<void> {
    const t = this.deps.cache.transfers.latestFor(accountId, detail.id)
    if (!t || detail.registrar !== 'VPS.org') return
    // An unknown one counts only if the domain was elsewhere when it was sent.
    const movedHere = t.previousRegistrar !== null && t.previousRegistrar !== 'VPS.org'
    if (t.state !== 'pending' && !(t.state === 'unknown' && movedHere)) return
    const at = this.now().toISOString()
    this.deps.cache.transaction(() => {
      this.deps.cache.transfers.setState(t.id, 'completed', {
        completedAt: at,
        ...(t.state === 'unknown' ? { note: { reason: 'transferFoundCompleted' as const } } : {}),
      })
      this.history(accountId, detail.id, detail.domain_name, 'completed')
    })
    this.deps.bus.emit('transfer.completed', {
      accountId,
      domainId: detail.id,
      domainName: detail.domain_name,
    })
  }

  /**
   * After a sync: looks at every open transfer of the account at VPS.org, including those whose
   * answer was lost (VPS.org can tell only once they complete; until then the user's word does).
   */
  async inferAll(accountId: string): Promise<void> {
    const open = this.deps.cache.transfers.inStates(accountId, ['pending', 'unknown'])
    if (open.length === 0) return
    const account = await this.deps.credentials(accountId)
    for (const t of open) {
      try {
        const detail = await this.deps.client.getDomain(account, t.domainId)
        this.deps.cache.details.save(accountId, detail, this.now().toISOString())
        await this.inferFromDetail(accountId, detail)
      } catch (error) {
        this.deps.connectivity.failed(accountId, error)
        if (!isApiError(error) || error.code !== 'NotFound') throw error
      }
    }
  }

  private history(accountId: string, domainId: number, domainName: string, what: string): void {
    this.deps.cache.history.add(accountId, {
      domainId,
      domainName,
      field: 'transfer',
      oldValue: null,
      newValue: what,
      at: this.now().toISOString(),
      source: 'transfer',
    })
  }
}
