/**
 * Transfers in. Before: the reference's checklist (what the app can check is checked) and a fee
 * estimate. The POST is sent once and never retried; a record written before it makes sure a lost
 * answer can never lead to a second attempt by itself. After: no endpoint reports progress, so
 * completion is inferred from the domain's details (registrar becomes VPS.org).
 */
import { pricingTld, transferEstimateCents } from '../../shared/pricing/estimate'
import type { TransferCheck, TransferView } from '../../shared/ipc/models'
import type { DomainDetail } from '../../shared/vps-api/types'
import type { Cache } from '../core/db/cache'
import type { StoredTransfer } from '../core/db/transfers-repo'
import { isApiError, type ApiAccount, type VpsApiClient } from '../core/vps-api/index'
import { AppError } from './app-error'
import { transferChecklist } from './transfer-checklist'
import type { ConnectivityTracker } from './connectivity'
import type { EventBus } from './event-bus'

const DAY = 86_400_000

export interface TransferDeps {
  cache: Cache
  client: VpsApiClient
  connectivity: ConnectivityTracker
  bus: EventBus
  credentials: (accountId: string) => Promise<ApiAccount>
  now?: () => Date
}

/** Checks, starts and tracks transfers. */
export class TransferService {
  constructor(private readonly deps: TransferDeps) {}

  private now(): Date {
    return this.deps.now?.() ?? new Date()
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
    const fee = transferEstimateCents(prices, pricingTld(prices, domain.name))
    const checks = transferChecklist({ registrar, ageDays, locked: domain.locked })
    return {
      domainId,
      domainName: domain.name,
      registrar,
      checks,
      feeEstimateCents: fee,
      eligible: checks.every((c) => c.passed !== false) && registrar !== null,
    }
  }

  /** Starts a transfer: checks, records, sends ONCE. */
  async start(
    accountId: string,
    domainId: number,
    input: { authCode: string; autoRenew: boolean },
  ): Promise<TransferView> {
    const { cache, client, connectivity } = this.deps
    connectivity.requireOnline(accountId, 'start a transfer')
    const latest = cache.transfers.latestFor(accountId, domainId)
    if (latest && ['sending', 'unknown', 'pending'].includes(latest.state)) {
      throw new AppError(
        'Conflict',
        latest.state === 'pending'
          ? `A transfer of ${latest.domainName} is already in progress.`
          : `An earlier transfer request for ${latest.domainName} may have reached VPS.org. Check your e-mail or the VPS.org panel before trying again.`,
      )
    }
    const check = await this.check(accountId, domainId)
    if (!check.eligible) {
      const failed = check.checks
        .filter((c) => c.passed !== true && c.passed !== null)
        .map((c) => c.detail)
      const unknown =
        check.registrar === null
          ? ['The current registrar could not be checked; refresh the domain first.']
          : []
      throw new AppError('InvalidArgument', [...failed, ...unknown].join(' '))
    }
    const domain = cache.domains.get(accountId, domainId)!
    const id = cache.transfers.begin({
      accountId,
      domainId,
      domainName: domain.name,
      previousRegistrar: check.registrar,
      previousExpiration: domain.expirationDate,
      feeEstimateCents: check.feeEstimateCents,
      at: this.now().toISOString(),
    })
    try {
      const answer = await client.transferDomain(await this.deps.credentials(accountId), domainId, {
        auth_code: input.authCode,
        auto_renew: input.autoRenew,
      })
      connectivity.reached(accountId)
      cache.transaction(() => {
        cache.transfers.accepted(id, {
          initiatedAt: answer.transfer_initiated_at,
          estimatedCompletion: answer.estimated_completion,
          nextSteps: answer.next_steps,
          message: answer.message,
          chargedCents:
            answer.total_cost === undefined ? null : Math.round(answer.total_cost * 100),
        })
        this.history(accountId, domain.id, domain.name, 'initiated')
      })
    } catch (error) {
      connectivity.failed(accountId, error)
      if (isApiError(error) && error.outcomeUnknown) {
        cache.transfers.setState(id, 'unknown', {
          message:
            'The answer was lost, so the transfer may or may not have started. Check your e-mail or the VPS.org panel before trying again.',
        })
        return this.toView(cache.transfers.get(id)!)
      }
      cache.transfers.setState(id, 'failed', { message: (error as Error).message })
      throw error
    }
    return this.toView(cache.transfers.get(id)!)
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
      throw new AppError('NotFound', 'That transfer is not known.')
    if (t.state !== 'unknown')
      throw new AppError(
        'Conflict',
        `That transfer is ${t.state}; only one whose answer was lost can be settled by hand.`,
      )
    if (outcome === 'not-started') {
      cache.transfers.setState(transferId, 'failed', {
        message: 'Marked as not started after checking with VPS.org.',
      })
    } else {
      const sent = cache.transfers.sentAt(transferId) ?? this.now().toISOString()
      cache.transaction(() => {
        cache.transfers.accepted(transferId, {
          initiatedAt: sent,
          estimatedCompletion: new Date(Date.parse(sent) + 7 * DAY).toISOString(),
          nextSteps: [],
          message: 'Confirmed as started after checking with VPS.org.',
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
      throw new AppError('NotFound', 'That transfer is not known.')
    const step = t.nextSteps[index]
    if (step === undefined)
      throw new AppError(
        'InvalidArgument',
        `The transfer has ${t.nextSteps.length} steps; there is no step ${index + 1}.`,
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

  /** Infers completion from freshly fetched details. */
  async inferFromDetail(accountId: string, detail: DomainDetail): Promise<void> {
    const t = this.deps.cache.transfers.latestFor(accountId, detail.id)
    if (!t || t.state !== 'pending' || detail.registrar !== 'VPS.org') return
    const at = this.now().toISOString()
    this.deps.cache.transaction(() => {
      this.deps.cache.transfers.setState(t.id, 'completed', { completedAt: at })
      this.history(accountId, detail.id, detail.domain_name, 'completed')
    })
    this.deps.bus.emit('transfer.completed', {
      accountId,
      domainId: detail.id,
      domainName: detail.domain_name,
    })
  }

  /** After a sync: looks at every open transfer of the account. */
  async inferAll(accountId: string): Promise<void> {
    const open = this.deps.cache.transfers.open(accountId)
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
