/**
 * Registering a domain spends money, so it goes through an intent journal:
 * prepare (validate, estimate, write the intent) → confirm (compare-and-set prepared → sending,
 * then ONE POST) → succeeded | failed | unknown. An unknown outcome (timeout, dropped connection,
 * unreadable answer, or a crash while sending) blocks the name until the account has been looked
 * up: found → succeeded, absent → not-found (a new attempt is then allowed). Nothing here ever
 * resends a POST, so no path leads to a second charge.
 */
import { randomUUID } from 'node:crypto'
import { pricingTld, registrationEstimateCents } from '../../shared/pricing/estimate'
import type { Estimate, RegistrationIntent, RegistrationRequest } from '../../shared/ipc/models'
import { parseDomainName } from '../../shared/validation/host-name'
import { parseNameservers } from '../../shared/validation/nameservers'
import type { Cache } from '../core/db/cache'
import type { StoredIntent } from '../core/db/intents-repo'
import type { RegisterResponse } from '../../shared/vps-api/types'
import { isApiError, type ApiAccount, type VpsApiClient } from '../core/vps-api/index'
import { AppError, failureNote, nameserverDetail } from './app-error'
import type { ConnectivityTracker } from './connectivity'
import type { DomainWriter } from './domain-writer'
import type { AppLogger } from './logger'
import type { Clock } from '../core/clock'

export interface RegistrationDeps {
  cache: Cache
  client: VpsApiClient
  writer: DomainWriter
  connectivity: ConnectivityTracker
  logger: AppLogger
  credentials: (accountId: string) => Promise<ApiAccount>
  clock: Clock
  /** How long after sending a request VPS.org may still be processing it (default 2 minutes). */
  processingGraceMs?: number
}

/**
 * A request whose answer was lost may still be in VPS.org's hands for a while: until this has
 * passed since it was sent, not finding the name proves nothing, so the intent stays unknown.
 */
export const PROCESSING_GRACE_MS = 2 * 60_000

/** Estimates, prepares, confirms and reconciles registrations. */
export class RegistrationService {
  /** Intents whose POST this instance has sent and not yet had an answer to. */
  private readonly inFlight = new Set<string>()

  constructor(private readonly deps: RegistrationDeps) {}

  private now(): string {
    return this.deps.clock.now().toISOString()
  }

  /** A price-table estimate for a name; invalid names are a specific InvalidArgument. */
  estimate(name: string, years: number): Estimate {
    const parsed = parseDomainName(name)
    if (!parsed.ok)
      throw new AppError('InvalidArgument', parsed.message, {
        reason: 'invalidDomainName',
        field: 'domainName',
        params: { name: String(name) },
        fields: { domainName: [parsed.message] },
      })
    const { cache } = this.deps
    const prices = cache.prices.all()
    const tld = pricingTld(prices, parsed.ascii)
    const tableCents = registrationEstimateCents(prices, tld, years)
    const price = prices.find((p) => p.tld === tld)
    // What VPS.org charged last time for this TLD and period beats the table's sum.
    const charged = cache.charges.latest('registration', tld, years)
    return {
      ascii: parsed.ascii,
      unicode: parsed.unicode,
      tld,
      years,
      cents: charged ? charged.cents : tableCents,
      label: 'estimate',
      source: charged ? 'lastCharge' : 'priceTable',
      chargedAt: charged?.at ?? null,
      tableCents,
      firstYearCents: price?.registerCents ?? null,
      laterYearCents: price?.renewCents ?? null,
    }
  }

  view(i: StoredIntent): RegistrationIntent {
    const { autoRenew: _a, privacy: _p, nameservers: _n, sentAt: _s, ...view } = i
    const domain =
      i.domainId !== null ? this.deps.cache.domains.get(i.accountId, i.domainId) : undefined
    return { ...view, domainStatus: domain?.status ?? null }
  }

  list(accountId: string): RegistrationIntent[] {
    return this.deps.cache.intents.forAccount(accountId).map((i) => this.view(i))
  }

  /** Validates and records the intent (nothing is sent yet). */
  async prepare(accountId: string, request: RegistrationRequest): Promise<RegistrationIntent> {
    const { cache, connectivity } = this.deps
    connectivity.requireOnline(accountId, 'register a domain')
    const estimate = this.estimate(request.domainName, request.years)
    let nameservers: string[] | null = null
    if (request.nameservers) {
      const parsed = parseNameservers(request.nameservers)
      if (!parsed.ok) {
        const messages = parsed.issues.map((issue) => issue.message)
        throw new AppError('InvalidArgument', messages.join(' '), {
          ...nameserverDetail(parsed, 'nameservers'),
          fields: { nameservers: messages },
        })
      }
      nameservers = parsed.nameservers
    }
    const inAccount = cache.domains.findByName(accountId, estimate.ascii)
    if (inAccount && !inAccount.removedAt) {
      throw new AppError('Conflict', `${estimate.unicode} is already in this account.`, {
        reason: 'alreadyInAccount',
        field: 'domainName',
        params: { name: estimate.unicode },
      })
    }
    for (const earlier of cache.intents.blocking(accountId, estimate.ascii)) {
      if (earlier.state === 'prepared') {
        cache.intents.transition(earlier.id, 'prepared', 'cancelled', this.now())
        continue
      }
      const settled = await this.reconcile(earlier)
      if (settled.state === 'succeeded')
        throw new AppError(
          'Conflict',
          `${estimate.unicode} was already registered by an earlier attempt.`,
          { reason: 'registeredEarlier', params: { name: estimate.unicode } },
        )
      if (settled.state !== 'not-found') {
        throw new AppError(
          'Conflict',
          settled.state === 'sending'
            ? `A registration of ${estimate.unicode} is being sent right now.`
            : settled.errorCode === 'Pending'
              ? `An earlier registration of ${estimate.unicode} may have reached VPS.org, which may still be processing it.`
              : `An earlier registration of ${estimate.unicode} may have reached VPS.org and could not be checked yet. Domain Desk will look it up when VPS.org is reachable; until then it won't send another.`,
          {
            reason:
              settled.state === 'sending'
                ? 'registrationSending'
                : settled.errorCode === 'Pending'
                  ? 'registrationMayHaveReached'
                  : 'registrationUnchecked',
            params: { name: estimate.unicode },
          },
        )
      }
    }
    const id = randomUUID()
    cache.intents.create({
      id,
      accountId,
      domainName: estimate.ascii,
      unicodeName: estimate.unicode,
      years: request.years,
      autoRenew: request.autoRenew,
      privacy: request.privacy,
      nameservers,
      estimateCents: estimate.cents,
      createdAt: this.now(),
    })
    return this.view(cache.intents.get(id)!)
  }

  /**
   * Sends a prepared intent once. Confirming it again returns its state and sends nothing; an
   * intent for a name another intent is already sending (or that is already in the account) is
   * cancelled with a Conflict. Once VPS.org has answered, the outcome is succeeded or unknown.
   */
  async confirm(intentId: string): Promise<RegistrationIntent> {
    const { cache, client, connectivity, logger } = this.deps
    const intent = cache.intents.get(intentId)
    if (!intent)
      throw new AppError('NotFound', 'That registration is no longer known; start again.', {
        reason: 'registrationGone',
      })
    if (intent.state !== 'prepared') return this.view(intent)
    connectivity.requireOnline(intent.accountId, 'register a domain')
    const account = await this.deps.credentials(intent.accountId)
    const inAccount = cache.domains.findByName(intent.accountId, intent.domainName)
    const claim =
      inAccount && !inAccount.removedAt ? 'busy' : cache.intents.startSending(intentId, this.now())
    if (claim === 'moved') return this.view(cache.intents.get(intentId)!)
    if (claim === 'busy') {
      cache.intents.transition(intentId, 'prepared', 'cancelled', this.now())
      throw new AppError(
        'Conflict',
        inAccount && !inAccount.removedAt
          ? `${intent.unicodeName} is already in this account.`
          : `Another registration of ${intent.unicodeName} is being sent or awaits a check at VPS.org; this one was not sent.`,
        {
          reason: inAccount && !inAccount.removedAt ? 'alreadyInAccount' : 'registrationBusy',
          params: { name: intent.unicodeName },
        },
      )
    }
    this.inFlight.add(intentId)
    let created: RegisterResponse
    try {
      created = await client.registerDomain(account, {
        domain_name: intent.domainName,
        years: intent.years,
        auto_renew: intent.autoRenew,
        privacy_protection: intent.privacy,
        ...(intent.nameservers ? { nameservers: intent.nameservers } : {}),
      })
    } catch (error) {
      this.inFlight.delete(intentId)
      connectivity.failed(intent.accountId, error)
      const { note, words } = failureNote(error)
      if (isApiError(error) && !error.outcomeUnknown) {
        cache.intents.transition(intentId, 'sending', 'failed', this.now(), {
          errorCode: error.code,
          note,
          errorMessage: words,
        })
        throw error
      }
      cache.intents.transition(intentId, 'sending', 'unknown', this.now(), {
        errorCode: note.code,
        note,
        errorMessage: words,
      })
      logger.warn('registration outcome unknown; looking the name up', {
        intentId,
        code: isApiError(error) ? error.code : 'Internal',
      })
      return this.view(await this.reconcile(cache.intents.get(intentId)!))
    }
    this.inFlight.delete(intentId)
    return this.recordCreated(intent, created)
  }

  /** Stores VPS.org's answer; when that fails locally, the intent is unknown, never failed. */
  private async recordCreated(
    intent: StoredIntent,
    created: RegisterResponse,
  ): Promise<RegistrationIntent> {
    const { cache, writer, connectivity, logger } = this.deps
    const totalCostCents = Math.round(created.total_cost * 100)
    try {
      connectivity.reached(intent.accountId)
      const at = this.now()
      cache.transaction(() => {
        cache.intents.transition(intent.id, 'sending', 'succeeded', at, {
          domainId: created.id,
          totalCostCents,
        })
        cache.charges.record({
          accountId: intent.accountId,
          kind: 'registration',
          tld: pricingTld(cache.prices.all(), intent.domainName),
          years: intent.years,
          cents: totalCostCents,
          domainName: intent.domainName,
          at,
        })
        writer.apply(created, { accountId: intent.accountId, now: at, source: 'registration' })
      })
      return this.view(cache.intents.get(intent.id)!)
    } catch (error) {
      writer.discard()
      logger.error('registration accepted but not recorded', { intentId: intent.id, error })
      try {
        cache.intents.transition(intent.id, 'sending', 'unknown', this.now(), {
          domainId: created.id,
          totalCostCents,
          errorCode: 'NotRecorded',
          note: { reason: 'registrationNotRecorded', params: { name: intent.unicodeName } },
        })
        return this.view(await this.reconcile(cache.intents.get(intent.id)!))
      } catch {
        throw new AppError(
          'Internal',
          `VPS.org registered ${intent.unicodeName}, but Domain Desk could not save it. Do not register it again; it is looked up after a restart.`,
          { reason: 'registeredNotSaved', params: { name: intent.unicodeName } },
        )
      }
    }
  }

  /**
   * Settles an intent whose outcome is unknown by looking the name up in the account. Leaves it
   * unknown when the look-up itself fails.
   */
  async reconcile(intent: StoredIntent): Promise<StoredIntent> {
    if (intent.state !== 'unknown' && intent.state !== 'sending') return intent
    // Its POST is still out: its own answer settles it (with the charge), not a look-up.
    if (this.inFlight.has(intent.id)) return intent
    const { cache, client, writer, connectivity } = this.deps
    if (intent.state === 'sending')
      cache.intents.transition(intent.id, 'sending', 'unknown', this.now())
    try {
      const account = await this.deps.credentials(intent.accountId)
      const found = await client.listAllDomains(account, { search: intent.domainName })
      connectivity.reached(intent.accountId)
      const match = found.domains.find((d) => d.domain_name === intent.domainName)
      const at = this.now()
      const sent = Date.parse(intent.sentAt ?? intent.createdAt)
      const settledAfter = sent + (this.deps.processingGraceMs ?? PROCESSING_GRACE_MS)
      cache.transaction(() => {
        if (match) {
          cache.intents.transition(intent.id, 'unknown', 'succeeded', at, { domainId: match.id })
          writer.apply(match, { accountId: intent.accountId, now: at, source: 'registration' })
        } else if (Date.parse(at) < settledAfter) {
          cache.intents.transition(intent.id, 'unknown', 'unknown', at, {
            errorCode: 'Pending',
            note: {
              reason: 'registrationProcessing',
              params: { name: intent.unicodeName, after: new Date(settledAfter).toISOString() },
            },
          })
        } else {
          cache.intents.transition(intent.id, 'unknown', 'not-found', at, {
            note: { reason: 'registrationNotFound' },
          })
        }
      })
    } catch (error) {
      connectivity.failed(intent.accountId, error)
    }
    return cache.intents.get(intent.id)!
  }

  /** At start-up and after each sync: settle intents a crash or lost answer left open. */
  async reconcileOpen(accountId?: string): Promise<void> {
    const open = this.deps.cache.intents.inStates(['sending', 'unknown'])
    for (const intent of open)
      if (!accountId || intent.accountId === accountId) await this.reconcile(intent)
    this.settleLate(accountId)
  }

  /**
   * `not-found` is the best knowledge after the processing grace, not proof: VPS.org may still
   * finish a request it held for longer. When a synced account shows the name, first seen after
   * the intent was sent and claimed by no succeeded attempt, that attempt went through after
   * all, and the charge it made is shown as its own instead of as nobody's.
   */
  private settleLate(accountId?: string): void {
    const { cache } = this.deps
    for (const intent of cache.intents.inStates(['not-found'])) {
      if ((accountId && intent.accountId !== accountId) || !intent.sentAt) continue
      const domain = cache.domains.findByName(intent.accountId, intent.domainName)
      if (!domain || domain.removedAt || domain.firstSeenAt < intent.sentAt) continue
      const claimed = cache.intents
        .blocking(intent.accountId, intent.domainName)
        .concat(
          cache.intents.other(intent.accountId, intent.domainName, intent.id, ['succeeded']) ?? [],
        )
      if (claimed.length > 0) continue
      cache.intents.transition(intent.id, 'not-found', 'succeeded', this.now(), {
        domainId: domain.id,
        errorCode: 'LateSuccess',
        note: { reason: 'registrationLateSuccess', params: { name: intent.unicodeName } },
      })
      this.deps.logger.info('registration.late-success', {
        intentId: intent.id,
        domainId: domain.id,
      })
    }
  }
}
