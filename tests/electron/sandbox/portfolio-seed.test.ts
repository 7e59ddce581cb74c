import { describe, expect, it } from 'vitest'
import { DAY } from '../../../electron/sandbox/clock'
import takenNames from '../../../electron/sandbox/data/taken-names.json'
import { VPS_ORG } from '../../../electron/sandbox/model'
import { seedPortfolio } from '../../../electron/sandbox/portfolio-seed'
import { parseDomainName } from '../../../electron/shared/validation/host-name'

const NOW = Date.UTC(2026, 10, 29, 12)
const TLDS = ['com', 'net', 'org', 'io', 'dev', 'app', 'co']
const seed = (count: number, s = 1) =>
  seedPortfolio({ count, seed: s, now: NOW, tlds: TLDS, reserved: takenNames.names })

describe('seedPortfolio', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    expect(seed(40)).toEqual(seed(40))
    expect(seed(40, 2).map((d) => d.name)).not.toEqual(seed(40).map((d) => d.name))
  })

  it("starts with the reference's example.com and myapp.io, then numbers ids from 101", () => {
    const domains = seed(40)
    expect(domains.slice(0, 2).map((d) => [d.id, d.name, d.registrar])).toEqual([
      [101, 'example.com', VPS_ORG],
      [102, 'myapp.io', 'Namecheap, Inc.'],
    ])
    expect(domains.map((d) => d.id)).toEqual(Array.from({ length: 40 }, (_, i) => 101 + i))
  })

  it('covers every status, auto-renew off, external DNS and each kind of foreign domain', () => {
    const domains = seed(40)
    expect(new Set(domains.map((d) => d.status))).toEqual(
      new Set(['active', 'pending', 'expired', 'locked']),
    )
    expect(domains.some((d) => !d.autoRenew)).toBe(true)
    expect(domains.some((d) => d.nameservers.some((ns) => !ns.endsWith('.vps.org')))).toBe(true)
    const foreign = domains.filter((d) => d.registrar !== VPS_ORG)
    const transferable = foreign.filter(
      (d) => !d.locked && d.registeredAt < NOW - 60 * DAY && d.whoisEmailReachable,
    )
    expect(transferable.length).toBeGreaterThan(0)
    expect(foreign.some((d) => d.locked)).toBe(true)
    expect(foreign.some((d) => d.registeredAt > NOW - 60 * DAY)).toBe(true)
    expect(foreign.some((d) => !d.whoisEmailReachable)).toBe(true)
  })

  it('spreads expirations from a month ago to 18 months ahead, expired ones in the past', () => {
    for (const d of seed(400)) {
      if (d.status === 'pending') {
        expect(d.activatesAt).toBeGreaterThan(NOW)
        continue
      }
      expect(d.expiresAt).toBeGreaterThanOrEqual(NOW - 31 * DAY)
      expect(d.expiresAt).toBeLessThanOrEqual(NOW + 550 * DAY)
      expect(d.registeredAt).toBeLessThan(NOW)
      if (d.status === 'expired') expect(d.expiresAt).toBeLessThan(NOW)
      else expect(d.expiresAt).toBeGreaterThan(NOW)
    }
  })

  it('scales to 100,000 valid, unique names that avoid the well-known taken ones', () => {
    const domains = seed(100_000)
    const names = new Set(domains.map((d) => d.name))
    expect(names.size).toBe(100_000)
    for (const taken of takenNames.names) expect(names.has(taken)).toBe(false)
    for (const d of domains.slice(0, 2_000)) expect(parseDomainName(d.name, TLDS).ok).toBe(true)
  })
})
