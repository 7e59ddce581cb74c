/** Test helper: hand-made sandbox domains and a registrar around them on a frozen clock. */
import { SimClock, DAY } from '../../electron/sandbox/clock'
import { VPS_NAMESERVERS, VPS_ORG, type SandboxDomain } from '../../electron/sandbox/model'
import { Registrar } from '../../electron/sandbox/registrar'

export const NOW = Date.UTC(2026, 10, 29, 12)

/** A VPS.org domain, active, expiring in 100 days, with overrides. */
export function makeDomain(overrides: Partial<SandboxDomain> = {}): SandboxDomain {
  return {
    id: 101,
    name: 'example.com',
    status: 'active',
    registeredAt: NOW - 900 * DAY,
    expiresAt: NOW + 100 * DAY,
    autoRenew: true,
    locked: true,
    nameservers: [...VPS_NAMESERVERS],
    privacy: true,
    registrar: VPS_ORG,
    registrant: 'Test Owner',
    whoisUpdatedAt: NOW - 10 * DAY,
    dnsRecords: 7,
    authCode: 'CODE-101',
    whoisEmailReachable: true,
    ...overrides,
  }
}

/** A domain at another registrar that meets every transfer rule. */
export function makeForeignDomain(overrides: Partial<SandboxDomain> = {}): SandboxDomain {
  return makeDomain({
    id: 102,
    name: 'myapp.io',
    registrar: 'Namecheap, Inc.',
    locked: false,
    authCode: 'Xy9Kl2Mn#4pQ',
    ...overrides,
  })
}

/** A registrar on a frozen clock at NOW. */
export function makeRegistrar(domains: SandboxDomain[], balanceCents = 100_000): Registrar {
  return new Registrar({
    clock: new SimClock({ startAt: NOW, speed: 0 }),
    seed: 7,
    balanceCents,
    domains,
  })
}
