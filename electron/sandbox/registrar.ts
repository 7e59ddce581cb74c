/**
 * The sandbox registrar's state and rules, without HTTP: one account (its domains and balance),
 * the wider registry of taken names, and the simulated clock that drives registrations,
 * transfers and expirations. The HTTP layer validates bodies and maps errors to responses.
 */
import { formatUsd } from '../shared/pricing/price-table'
import type { DomainStatus } from '../shared/vps-api/types'
import { DEFAULT_TARIFF, registrationCents, renewalCents, type Tariff } from './billing'
import { addYears, MINUTE, type SimClock } from './clock'
import { EventQueue } from './event-queue'
import { SandboxHttpError } from './http-error'
import { unicodeName, VPS_NAMESERVERS, VPS_ORG, type SandboxDomain } from './model'
import { SeededRandom } from './random'
import type { RegisterInput, UpdateInput } from './request-validation'
import { settleTransfer } from './transfers'
import takenNames from './data/taken-names.json'

/** A line of the account's ledger. */
export interface Charge {
  at: number
  kind: 'registration' | 'transfer' | 'renewal' | 'refund'
  domainId: number
  domain: string
  /** Positive for a charge, negative for a refund. */
  cents: number
}

type EventKind = 'activate' | 'expire' | 'transfer-settle'

/** Everything needed to rebuild a registrar (the `--state` file). */
export interface RegistrarSnapshot {
  version: 1
  simNow: number
  nextId: number
  balanceCents: number
  domains: SandboxDomain[]
  removed: SandboxDomain[]
  charges: Charge[]
}

export interface RegistrarOptions {
  clock: SimClock
  seed: number
  balanceCents: number
  domains: SandboxDomain[]
  tariff?: Tariff
  removed?: SandboxDomain[]
  charges?: Charge[]
  nextId?: number
}

const AUTH_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789#!%'

/** The registrar. Every public read first applies whatever the clock has made due. */
export class Registrar {
  readonly clock: SimClock
  readonly tariff: Tariff
  readonly rng: SeededRandom
  balanceCents: number
  readonly charges: Charge[]
  private readonly domains = new Map<number, SandboxDomain>()
  private readonly removed: SandboxDomain[]
  private readonly taken = new Set<string>(takenNames.names)
  private readonly events = new EventQueue<EventKind>()
  private ordered: SandboxDomain[] | null = null
  private nextId: number
  /** Called after anything changes (the state file listens). */
  onChange: () => void = () => {}

  constructor(options: RegistrarOptions) {
    this.clock = options.clock
    this.tariff = options.tariff ?? DEFAULT_TARIFF
    this.rng = new SeededRandom(options.seed)
    this.balanceCents = options.balanceCents
    this.charges = options.charges ?? []
    this.removed = options.removed ?? []
    for (const d of this.removed) this.taken.add(d.name)
    for (const d of options.domains) this.adopt(d)
    this.nextId = Math.max(options.nextId ?? 0, ...options.domains.map((d) => d.id + 1), 101)
  }

  /** Simulated now, after applying due events. */
  now(): number {
    const now = this.clock.now()
    let changed = false
    for (let e = this.events.popDue(now); e; e = this.events.popDue(now)) {
      changed = this.apply(e.kind, e.domainId, e.at) || changed
    }
    if (changed) this.onChange()
    return now
  }

  /** Domains in the account ordered by id, optionally filtered (search matches ASCII or Unicode). */
  list(filter: { status?: DomainStatus; search?: string } = {}): SandboxDomain[] {
    this.now()
    this.ordered ??= [...this.domains.values()].sort((a, b) => a.id - b.id)
    const terms = (filter.search ?? '')
      .toLowerCase()
      .split(/[\s,]+/)
      .filter(Boolean)
    if (!filter.status && terms.length === 0) return this.ordered
    return this.ordered.filter(
      (d) =>
        (!filter.status || d.status === filter.status) &&
        terms.every(
          (t) => d.name.includes(t) || (d.name.includes('xn--') && unicodeName(d.name).includes(t)),
        ),
    )
  }

  /** One domain of the account, or a 404. */
  get(id: number): SandboxDomain {
    this.now()
    const d = this.domains.get(id)
    if (!d) throw SandboxHttpError.notFound()
    return d
  }

  /** Whether a name is registered anywhere in the sandbox (or is a well-known taken name). */
  isTaken(name: string): boolean {
    return this.taken.has(name)
  }

  /** Applies a validated PUT. */
  update(id: number, input: UpdateInput): SandboxDomain {
    const d = this.get(id)
    if (input.locked !== undefined && d.registrar !== VPS_ORG && input.locked !== d.locked) {
      throw SandboxHttpError.fields({
        locked: [`${d.name} is registered at ${d.registrar}; change its transfer lock there.`],
      })
    }
    const now = this.clock.now()
    if (input.autoRenew !== undefined) d.autoRenew = input.autoRenew
    if (input.locked !== undefined) d.locked = input.locked
    if (input.nameservers !== undefined) d.nameservers = [...input.nameservers]
    if (input.privacy !== undefined && input.privacy !== d.privacy) {
      d.privacy = input.privacy
      d.whoisUpdatedAt = now
    }
    this.onChange()
    return d
  }

  /** Removes a domain from the account; it stays registered (and its name stays taken). */
  remove(id: number): void {
    const d = this.get(id)
    this.domains.delete(id)
    this.removed.push(d)
    this.ordered = null
    this.onChange()
  }

  /** Registers a validated name: 400 if taken, 402 if the balance is short, else pending. */
  register(input: RegisterInput): { domain: SandboxDomain; chargedCents: number } {
    const now = this.now()
    if (this.taken.has(input.name)) {
      throw SandboxHttpError.fields({ domain_name: ['This domain is already registered.'] })
    }
    const cost = registrationCents(this.tariff, input.tld, input.years)
    if (cost === undefined) {
      throw SandboxHttpError.fields({ domain_name: [`.${input.tld} domains are not offered.`] })
    }
    this.requireFunds(cost, `registering ${input.name} for ${input.years} year(s)`)
    const domain: SandboxDomain = {
      id: this.nextId++,
      name: input.name,
      status: 'pending',
      registeredAt: now,
      expiresAt: addYears(now, input.years),
      autoRenew: input.autoRenew,
      locked: true,
      nameservers: input.nameservers ?? [...VPS_NAMESERVERS],
      privacy: input.privacy,
      registrar: VPS_ORG,
      registrant: 'Domain Desk Demo Account',
      whoisUpdatedAt: now,
      dnsRecords: 4,
      authCode: this.newAuthCode(),
      whoisEmailReachable: true,
      activatesAt: now + this.rng.int(5 * 60, 10 * 60) * 1000,
    }
    this.charge(now, 'registration', domain, cost)
    this.adopt(domain)
    this.onChange()
    return { domain, chargedCents: cost }
  }

  /** Takes money for something, or answers 402 leaving everything as it was. */
  requireFunds(cents: number, what: string): void {
    if (this.balanceCents < cents) {
      throw SandboxHttpError.detail(
        402,
        `Insufficient account balance: ${what} costs ${formatUsd(cents)} and the balance is ${formatUsd(this.balanceCents)}. Add funds in the VPS.org panel, then try again.`,
      )
    }
  }

  /** Records a charge (or, with negative cents, a refund) and moves the balance. */
  charge(at: number, kind: Charge['kind'], d: SandboxDomain, cents: number): void {
    this.balanceCents -= cents
    this.charges.push({ at, kind, domainId: d.id, domain: d.name, cents })
  }

  /** A fresh EPP code. */
  newAuthCode(): string {
    return this.rng.text(AUTH_ALPHABET, 12)
  }

  /** Schedules a timed event for a domain. */
  schedule(kind: EventKind, d: SandboxDomain, at: number): void {
    this.events.push({ kind, domainId: d.id, at })
  }

  /** The state to persist. */
  snapshot(): RegistrarSnapshot {
    return {
      version: 1,
      simNow: this.now(),
      nextId: this.nextId,
      balanceCents: this.balanceCents,
      domains: this.list(),
      removed: this.removed,
      charges: this.charges,
    }
  }

  private adopt(d: SandboxDomain): void {
    this.domains.set(d.id, d)
    this.taken.add(d.name)
    this.ordered = null
    if (d.status === 'pending' && d.activatesAt !== undefined)
      this.schedule('activate', d, d.activatesAt)
    if (d.transfer) this.schedule('transfer-settle', d, d.transfer.settlesAt)
    if (d.status !== 'expired') this.schedule('expire', d, d.expiresAt)
  }

  /** Applies one due event; stale events (the domain changed since) are skipped. */
  private apply(kind: EventKind, id: number, at: number): boolean {
    const d = this.domains.get(id)
    if (!d) return false
    if (kind === 'activate') {
      if (d.status !== 'pending' || d.activatesAt !== at) return false
      d.status = 'active'
      d.activatesAt = undefined
      return true
    }
    if (kind === 'transfer-settle') {
      return d.transfer?.settlesAt === at ? settleTransfer(this, d, at) : false
    }
    if (d.expiresAt !== at || d.status === 'expired') return false
    return this.expireOrRenew(d, at)
  }

  /** At expiry: auto-renew (VPS.org charges the renew price) or lapse to `expired`. */
  private expireOrRenew(d: SandboxDomain, at: number): boolean {
    const cost =
      d.registrar === VPS_ORG ? (renewalCents(this.tariff, d.name.split('.').pop()!) ?? 0) : 0
    if (d.autoRenew && this.balanceCents >= cost) {
      if (cost > 0) this.charge(at, 'renewal', d, cost)
      d.expiresAt = addYears(d.expiresAt, 1)
      this.schedule('expire', d, d.expiresAt)
    } else {
      d.status = 'expired'
    }
    return true
  }
}

/** Activation delay bounds, for documentation and tests. */
export const ACTIVATION_DELAY = { min: 5 * MINUTE, max: 10 * MINUTE }
