/**
 * The deterministic demo portfolio: the same seed and start time give the same domains. It covers
 * every status, expirations from a month ago to 18 months ahead, auto-renew off, external DNS and
 * domains at other registrars (some transferable, some locked, too young, or with a WHOIS e-mail
 * that never answers). The first two are the reference's example.com (101) and myapp.io (102).
 */
import type { DomainStatus } from '../shared/vps-api/types'
import { addYears, DAY, MINUTE } from './clock'
import words from './data/portfolio-words.json'
import { VPS_NAMESERVERS, VPS_ORG, type SandboxDomain } from './model'
import { SeededRandom } from './random'

export const FIRST_ID = 101
const AUTH_CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789#!%'

/** What kind of domain to make at one position of the portfolio. */
interface Plan {
  status: DomainStatus
  external?: 'transferable' | 'locked-there' | 'too-young' | 'email-bounces'
}

/** Positions 2..7 force the variety the demo and the tests rely on; the rest are drawn. */
const FORCED: Record<number, Plan> = {
  2: { status: 'pending' },
  3: { status: 'expired' },
  4: { status: 'locked' },
  5: { status: 'active', external: 'locked-there' },
  6: { status: 'active', external: 'too-young' },
  7: { status: 'active', external: 'email-bounces' },
}

function drawPlan(rng: SeededRandom): Plan {
  const r = rng.float()
  const status: DomainStatus =
    r < 0.06 ? 'pending' : r < 0.16 ? 'expired' : r < 0.2 ? 'locked' : 'active'
  if (status !== 'active' || !rng.chance(0.15)) return { status }
  return {
    status,
    external: rng.pick([
      'transferable',
      'transferable',
      'locked-there',
      'too-young',
      'email-bounces',
    ] as const),
  }
}

/** Anniversary of `registeredAt` strictly after `now`. */
function nextAnniversary(registeredAt: number, now: number): number {
  let years = 1
  while (addYears(registeredAt, years) <= now) years++
  return addYears(registeredAt, years)
}

function pickTld(rng: SeededRandom, tlds: readonly string[]): string {
  return tlds.includes('com') && rng.chance(0.4) ? 'com' : rng.pick(tlds)
}

function uniqueName(rng: SeededRandom, tlds: readonly string[], taken: Set<string>): string {
  for (let attempt = 0; ; attempt++) {
    const stem = `${rng.pick(words.first)}${rng.pick(words.second)}`
    const name = `${attempt < 5 ? stem : `${stem}${rng.int(2, 99_999)}`}.${pickTld(rng, tlds)}`
    if (!taken.has(name)) return name
  }
}

function makeDomain(
  id: number,
  name: string,
  plan: Plan,
  now: number,
  rng: SeededRandom,
): SandboxDomain {
  const external = plan.external !== undefined
  let years = rng.int(1, 5)
  let expiresAt =
    plan.status === 'expired' ? now - rng.int(1, 30) * DAY : now + rng.int(1, 540) * DAY
  // Registered in the past; foreign domains (other than the deliberately young) old enough to move.
  const minAge = external && plan.external !== 'too-young' ? 61 * DAY : DAY
  while (addYears(expiresAt, -years) > now - minAge) years++
  let registeredAt = addYears(expiresAt, -years)
  let activatesAt: number | undefined
  if (plan.status === 'pending') {
    registeredAt = now - rng.int(0, 4) * MINUTE
    activatesAt = registeredAt + rng.int(5, 10) * MINUTE
    expiresAt = addYears(registeredAt, years)
  } else if (plan.external === 'too-young') {
    registeredAt = now - rng.int(10, 50) * DAY
    expiresAt = addYears(registeredAt, 1)
  }
  const externalDns = rng.chance(0.3)
  const privacy = rng.chance(0.7)
  return {
    id,
    name,
    status: plan.status,
    registeredAt,
    expiresAt,
    autoRenew: plan.status === 'expired' ? rng.chance(0.2) : rng.chance(0.75),
    locked: external
      ? plan.external === 'locked-there'
      : plan.status === 'locked' || rng.chance(0.8),
    nameservers: externalDns ? [...rng.pick(words.externalNameservers)] : [...VPS_NAMESERVERS],
    privacy,
    registrar: external ? rng.pick(words.registrars) : VPS_ORG,
    registrant: rng.pick(words.registrants),
    whoisUpdatedAt: registeredAt + Math.floor(rng.float() * Math.max(0, now - registeredAt)),
    dnsRecords: rng.int(3, 40),
    authCode: rng.text(AUTH_CODE_ALPHABET, 12),
    whoisEmailReachable: plan.external !== 'email-bounces',
    activatesAt,
  }
}

function referenceDomains(now: number, rng: SeededRandom): SandboxDomain[] {
  const exampleReg = Math.min(Date.UTC(2023, 0, 15, 10, 30), now - 400 * DAY)
  const myappReg = Math.min(Date.UTC(2024, 5, 20, 14, 15), now - 200 * DAY)
  const base = {
    status: 'active' as const,
    registrant: 'Example Holdings LLC',
    whoisEmailReachable: true,
  }
  return [
    {
      ...base,
      id: FIRST_ID,
      name: 'example.com',
      registeredAt: exampleReg,
      expiresAt: nextAnniversary(exampleReg, now),
      autoRenew: true,
      locked: true,
      nameservers: [...VPS_NAMESERVERS],
      privacy: true,
      registrar: VPS_ORG,
      whoisUpdatedAt: now - 9 * DAY,
      dnsRecords: 12,
      authCode: rng.text(AUTH_CODE_ALPHABET, 12),
    },
    {
      ...base,
      id: FIRST_ID + 1,
      name: 'myapp.io',
      registeredAt: myappReg,
      expiresAt: nextAnniversary(myappReg, now),
      autoRenew: false,
      locked: false,
      nameservers: ['ns1.cloudflare.com', 'ns2.cloudflare.com'],
      privacy: false,
      registrar: 'Namecheap, Inc.',
      whoisUpdatedAt: now - 30 * DAY,
      dnsRecords: 0,
      authCode: 'Xy9Kl2Mn#4pQ',
    },
  ]
}

/** Builds `count` domains with ids from 101, avoiding the names in `reserved`. */
export function seedPortfolio(options: {
  count: number
  seed: number
  now: number
  tlds: readonly string[]
  reserved?: Iterable<string>
}): SandboxDomain[] {
  const rng = new SeededRandom(options.seed)
  const taken = new Set(options.reserved ?? [])
  const domains = referenceDomains(options.now, rng)
    .filter((d) => options.tlds.includes(d.name.split('.').pop()!))
    .slice(0, options.count)
    .map((d, i) => ({ ...d, id: FIRST_ID + i }))
  for (const d of domains) taken.add(d.name)
  for (let i = domains.length; i < options.count; i++) {
    const name = uniqueName(rng, options.tlds, taken)
    taken.add(name)
    domains.push(makeDomain(FIRST_ID + i, name, FORCED[i] ?? drawPlan(rng), options.now, rng))
  }
  return domains
}
