import { describe, expect, it } from 'vitest'
import { DAY } from '../../../electron/sandbox/clock'
import { SandboxHttpError } from '../../../electron/sandbox/http-error'
import { initiateTransfer, TRANSFER_NEXT_STEPS } from '../../../electron/sandbox/transfers'
import { makeDomain, makeForeignDomain, makeRegistrar, NOW } from '../../support/sandbox-domains'

const CODE = 'Xy9Kl2Mn#4pQ'

function refusal(fn: () => unknown): { status: number; text: string } {
  try {
    fn()
  } catch (e) {
    if (e instanceof SandboxHttpError) return { status: e.status, text: JSON.stringify(e.body) }
    throw e
  }
  throw new Error('expected a refusal')
}

describe('initiateTransfer', () => {
  it('charges the transfer fee, answers as the reference does and completes 5–7 days later', () => {
    const r = makeRegistrar([makeForeignDomain()])
    const answer = initiateTransfer(r, 102, { authCode: CODE, autoRenew: true })
    expect(answer).toMatchObject({
      id: 102,
      transfer_status: 'pending',
      next_steps: TRANSFER_NEXT_STEPS,
    })
    expect(Date.parse(answer.estimated_completion) - Date.parse(answer.transfer_initiated_at)).toBe(
      7 * DAY,
    )
    expect(r.balanceCents).toBe(100_000 - 3999)
    r.clock.advance(5 * DAY - 1)
    expect(r.get(102).registrar).toBe('Namecheap, Inc.')
    r.clock.advance(2 * DAY + 1)
    expect(r.get(102)).toMatchObject({
      registrar: 'VPS.org',
      locked: true,
      autoRenew: true,
      expiresAt: Date.UTC(2028, 2, 9, 12),
    })
    expect(r.get(102).authCode).not.toBe(CODE)
  })

  it.each([
    ['the domain is already at VPS.org', makeDomain({ id: 102 }), /already registered at VPS\.org/],
    [
      'it is locked at its registrar',
      makeForeignDomain({ locked: true }),
      /locked at its current registrar \(Namecheap/,
    ],
    [
      'it is younger than 60 days',
      makeForeignDomain({ registeredAt: NOW - 59 * DAY }),
      /registered on 2026-10-01; it can be transferred from 2026-11-30/,
    ],
    ['it has expired', makeForeignDomain({ status: 'expired' }), /only active domains/],
  ])('refuses when %s, and charges nothing', (_case, domain, message) => {
    const r = makeRegistrar([domain])
    const answer = refusal(() => initiateTransfer(r, 102, { authCode: CODE, autoRenew: true }))
    expect(answer.status).toBe(400)
    expect(answer.text).toMatch(message)
    expect(r.balanceCents).toBe(100_000)
  })

  it('refuses a wrong EPP code on the auth_code field', () => {
    const r = makeRegistrar([makeForeignDomain()])
    const answer = refusal(() => initiateTransfer(r, 102, { authCode: 'nope', autoRenew: true }))
    expect(answer).toEqual({
      status: 400,
      text: expect.stringContaining('"auth_code":["Invalid authorization code'),
    })
  })

  it('refuses a second transfer while one is in progress', () => {
    const r = makeRegistrar([makeForeignDomain()])
    initiateTransfer(r, 102, { authCode: CODE, autoRenew: false })
    expect(
      refusal(() => initiateTransfer(r, 102, { authCode: CODE, autoRenew: false })).text,
    ).toMatch(/already in progress/)
    expect(r.charges).toHaveLength(1)
  })

  it('answers 402 when the fee cannot be paid', () => {
    const r = makeRegistrar([makeForeignDomain()], 100)
    expect(
      refusal(() => initiateTransfer(r, 102, { authCode: CODE, autoRenew: true })).status,
    ).toBe(402)
    expect(r.get(102).transfer).toBeUndefined()
  })

  it('cancels and refunds a transfer whose WHOIS e-mail never answers', () => {
    const r = makeRegistrar([makeForeignDomain({ whoisEmailReachable: false })])
    initiateTransfer(r, 102, { authCode: CODE, autoRenew: true })
    r.clock.advance(9 * DAY)
    expect(r.get(102).transfer).toBeDefined()
    r.clock.advance(1 * DAY)
    expect(r.get(102)).toMatchObject({ registrar: 'Namecheap, Inc.', transfer: undefined })
    expect(r.balanceCents).toBe(100_000)
    expect(r.charges.map((c) => c.kind)).toEqual(['transfer', 'refund'])
  })
})
