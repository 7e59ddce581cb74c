/**
 * Transfers in, as the reference describes them: the domain must be at another registrar,
 * unlocked there, at least 60 days old, and the EPP code must match; the fee (a one-year renewal)
 * is charged up front. It completes 5–7 simulated days later (registrar becomes VPS.org, expiry
 * +1 year). If the WHOIS e-mail never answers, it is cancelled after 10 days and refunded.
 */
import type { TransferResponse } from '../shared/vps-api/types'
import { fromCents } from '../shared/pricing/price-table'
import { transferCents, type Tariff } from './billing'
import { addYears, DAY, HOUR, isoDate, isoSeconds, type SimClock } from './clock'
import { SandboxHttpError } from './http-error'
import { VPS_ORG, type SandboxDomain } from './model'
import type { SeededRandom } from './random'
import type { TransferInput } from './request-validation'

/**
 * What a transfer needs from the registrar. Declared here rather than imported, because the
 * registrar imports this module to settle transfers: the two stay free of an import cycle.
 */
export interface TransferLedger {
  readonly clock: SimClock
  readonly tariff: Tariff
  readonly rng: SeededRandom
  get(id: number): SandboxDomain
  requireFunds(cents: number, what: string): void
  charge(at: number, kind: 'transfer' | 'refund', d: SandboxDomain, cents: number): void
  newAuthCode(): string
  schedule(kind: 'transfer-settle' | 'expire', d: SandboxDomain, at: number): void
  onChange(): void
}

export const MIN_TRANSFER_AGE_DAYS = 60
export const ESTIMATED_TRANSFER_DAYS = 7
export const STALLED_TRANSFER_CANCEL_DAYS = 10

export const TRANSFER_MESSAGE =
  'Domain transfer initiated. You should receive a confirmation email from your current registrar. Transfer typically completes within 5-7 days.'
export const TRANSFER_NEXT_STEPS = [
  'Check email for transfer authorization request',
  'Approve transfer with current registrar',
  'Wait for transfer to complete (5-7 days)',
  'Domain will be automatically renewed for 1 year upon completion',
]

function notEligible(message: string): SandboxHttpError {
  return SandboxHttpError.fields({ non_field_errors: [message] })
}

/** Checks eligibility, charges the fee and starts the transfer. */
export function initiateTransfer(
  registrar: TransferLedger,
  id: number,
  input: TransferInput,
): TransferResponse {
  const d = registrar.get(id)
  const now = registrar.clock.now()
  if (d.registrar === VPS_ORG) {
    throw notEligible(`${d.name} is already registered at VPS.org; there is nothing to transfer.`)
  }
  if (d.transfer) {
    throw notEligible(
      `A transfer of ${d.name} is already in progress (started ${isoSeconds(d.transfer.initiatedAt)}).`,
    )
  }
  if (d.status === 'expired' || d.status === 'pending') {
    throw notEligible(
      `${d.name} is ${d.status}; only active domains can be transferred. Renew it at ${d.registrar} first.`,
    )
  }
  if (d.locked) {
    throw notEligible(
      `${d.name} is locked at its current registrar (${d.registrar}). Unlock it there, then try again.`,
    )
  }
  const eligibleFrom = d.registeredAt + MIN_TRANSFER_AGE_DAYS * DAY
  if (now < eligibleFrom) {
    throw notEligible(
      `${d.name} was registered on ${isoDate(d.registeredAt)}; it can be transferred from ${isoDate(eligibleFrom)} (${MIN_TRANSFER_AGE_DAYS} days after registration).`,
    )
  }
  if (input.authCode !== d.authCode) {
    throw SandboxHttpError.fields({
      auth_code: [
        `Invalid authorization code. Ask ${d.registrar} for the current EPP code of ${d.name}.`,
      ],
    })
  }
  const tld = d.name.split('.').pop()!
  const cost = transferCents(registrar.tariff, tld)
  if (cost === undefined) throw notEligible(`.${tld} transfers are not offered.`)
  registrar.requireFunds(cost, `transferring ${d.name} (includes a one-year renewal)`)
  registrar.charge(now, 'transfer', d, cost)
  const settlesAt = d.whoisEmailReachable
    ? now + registrar.rng.int(5 * 24, 7 * 24) * HOUR
    : now + STALLED_TRANSFER_CANCEL_DAYS * DAY
  d.transfer = {
    initiatedAt: now,
    settlesAt,
    estimatedCompletion: now + ESTIMATED_TRANSFER_DAYS * DAY,
    autoRenew: input.autoRenew,
    chargedCents: cost,
  }
  registrar.schedule('transfer-settle', d, settlesAt)
  registrar.onChange()
  return {
    id: d.id,
    domain_name: d.name,
    transfer_status: 'pending',
    transfer_initiated_at: isoSeconds(now),
    estimated_completion: isoSeconds(d.transfer.estimatedCompletion),
    message: TRANSFER_MESSAGE,
    next_steps: [...TRANSFER_NEXT_STEPS],
    // Not in the reference's example; the sandbox reports the charge as registration does.
    total_cost: fromCents(cost),
  }
}

/** Completes a due transfer, or cancels and refunds one whose WHOIS e-mail never answered. */
export function settleTransfer(registrar: TransferLedger, d: SandboxDomain, at: number): boolean {
  const transfer = d.transfer
  if (!transfer) return false
  d.transfer = undefined
  if (!d.whoisEmailReachable) {
    registrar.charge(at, 'refund', d, -transfer.chargedCents)
    return true
  }
  d.registrar = VPS_ORG
  d.expiresAt = addYears(d.expiresAt, 1)
  d.autoRenew = transfer.autoRenew
  d.locked = true
  d.status = 'active'
  d.whoisUpdatedAt = at
  d.authCode = registrar.newAuthCode()
  registrar.schedule('expire', d, d.expiresAt)
  return true
}
