import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { watch } from 'vue'
import type { SettingsChange } from '@shared/ipc/models'
import { useBulkStore } from '@/stores/bulk'
import { useConnectivityStore } from '@/stores/connectivity'
import type { DomainRow } from '@shared/ipc/models'
import { fakeBulkPreview, idsOf, row, selectAccount } from '../components/portfolio/fixtures'
import { installFakeBridge } from '../support/app'

type Update = [accountId: string, id: number, change: SettingsChange]

/** A fake domain.update: fails for the ids in `failing` (until they are removed from it). */
/** The rows the fake preview knows, by id; `sel` adds rows and selects them by id. */
const pool = new Map<number, DomainRow>()
const registrars: Record<number, string> = {}
function sel(rows: DomainRow[]) {
  for (const r of rows) pool.set(r.id, r)
  return idsOf(rows)
}

function setup(
  options: {
    failing?: Set<number>
    delay?: () => Promise<void>
    code?: string
    fields?: Record<string, string[]>
  } = {},
) {
  setActivePinia(createPinia())
  pool.clear()
  for (const key of Object.keys(registrars)) delete registrars[Number(key)]
  const updates: Update[] = []
  let inFlight = 0
  let maxInFlight = 0
  installFakeBridge({
    'bulk.preview': (...args: Parameters<ReturnType<typeof fakeBulkPreview>>) =>
      fakeBulkPreview([...pool.values()], registrars)(...args),
    'domain.update': async (...args: Update) => {
      updates.push(args)
      inFlight++
      maxInFlight = Math.max(maxInFlight, inFlight)
      try {
        await (options.delay?.() ?? new Promise((resolve) => setTimeout(resolve, 1)))
        if (options.failing?.has(args[1]))
          throw {
            code: options.code ?? 'Server',
            message: `VPS.org answered 503 for ${args[1]}.`,
            fields: options.fields,
          }
        return { domain: {}, message: 'Settings updated.' }
      } finally {
        inFlight--
      }
    },
  })
  selectAccount()
  return { bulk: useBulkStore(), updates, maxInFlight: () => maxInFlight }
}

// Rows 0…5: auto-renew on for even indexes; locked unless the index is a multiple of 3.
const selected = [0, 1, 2, 3, 4, 5].map((i) => row(i))

beforeEach(() => localStorage.clear())
afterEach(() => {
  delete window.domainDesk
})

describe('useBulkStore', () => {
  describe('prepare', () => {
    it('plans only the domains whose setting differs and counts the others as skipped', async () => {
      const { bulk } = setup()
      expect(await bulk.prepare(sel(selected), { autoRenew: false })).toBe(true)
      expect(bulk.plan.map((p) => p.name)).toEqual(['d0000.com', 'd0002.com', 'd0004.com'])
      expect(bulk.unchanged).toBe(3)
      expect(bulk.toSend).toBe(3)
    })

    it('says for each domain what changes, from the old value to the new', async () => {
      const { bulk } = setup()
      await bulk.prepare(sel([row(0)]), { locked: true })
      expect(bulk.plan).toEqual([
        { id: 1, name: 'd0000.com', changes: [{ field: 'locked', from: 'false', to: 'true' }] },
      ])
    })

    it('rejects invalid nameservers with the specific reason and plans nothing', async () => {
      const { bulk } = setup()
      expect(
        await bulk.prepare(sel(selected), { nameservers: ['ns1.nshost.com', 'bad_host.example'] }),
      ).toBe(false)
      expect(bulk.planError).toMatch(/^Nameserver 2: /)
      expect(bulk.planProblems).toEqual([{ problem: 'label-characters', index: 1 }])
      expect(bulk.plan).toEqual([])
      expect(await bulk.prepare(sel(selected), { nameservers: ['ns1.nshost.com'] })).toBe(false)
      expect(bulk.planError).toBe('Give at least 2 nameservers (1 given).')
      expect(bulk.planProblems).toEqual([{ problem: 'too-few', index: undefined }])
    })

    it('reports every bad nameserver at once, not only the first', async () => {
      const { bulk } = setup()
      await bulk.prepare(sel(selected), {
        nameservers: ['bad_one.nshost.com', 'ns2.nshost.com', 'ns3.example.net'],
      })
      expect(bulk.planProblems).toEqual([
        { problem: 'label-characters', index: 0 },
        { problem: 'reserved', index: 2 },
      ])
    })

    it('compares nameservers in their normalised form, so the same list in capitals is skipped', async () => {
      const { bulk } = setup()
      await bulk.prepare(sel([row(0), row(1, { nameservers: ['a.nshost.net', 'b.nshost.net'] })]), {
        nameservers: ['NS1.VPS.org', 'ns2.vps.org'],
      })
      expect(bulk.unchanged).toBe(1)
      expect(bulk.plan[0]?.changes[0]).toEqual({
        field: 'nameservers',
        from: 'a.nshost.net, b.nshost.net',
        to: 'ns1.vps.org, ns2.vps.org',
      })
    })
  })

  describe('what cannot change', () => {
    it('keeps domains at another registrar out of a lock change, saying why, and never sends them', async () => {
      const { bulk, updates } = setup()
      registrars[1] = 'Namecheap, Inc.'
      // Rows 0 and 3 are unlocked; row 0 (id 1) is at another registrar.
      await bulk.prepare(sel(selected), { locked: true })
      expect(bulk.plan.map((p) => p.id)).toEqual([4])
      expect(bulk.unchanged).toBe(4)
      expect(bulk.blocked).toEqual([
        { id: 1, name: 'd0000.com', reason: 'otherRegistrar', registrar: 'Namecheap, Inc.' },
      ])
      expect(bulk.selected).toBe(6)
      await bulk.run()
      expect(updates.map(([, id]) => id)).toEqual([4])
    })

    it('offers a retry only for failures a retry can fix', async () => {
      const { bulk, updates } = setup({ failing: new Set([1, 3]), code: 'Validation' })
      await bulk.prepare(sel(selected), { autoRenew: false })
      await bulk.run()
      expect(bulk.failures.map((f) => f.id)).toEqual([1, 3])
      expect(bulk.retryable).toEqual([])
      updates.length = 0
      await bulk.retryFailures()
      expect(updates).toEqual([])
    })
  })

  describe('run', () => {
    it('sends one update per planned domain with only the change, and records each result', async () => {
      const { bulk, updates } = setup({ failing: new Set([3]) })
      await bulk.prepare(sel(selected), { autoRenew: false })
      await bulk.run()
      expect(updates.map(([a, id, change]) => [a, id, change])).toEqual([
        ['a1', 1, { autoRenew: false }],
        ['a1', 3, { autoRenew: false }],
        ['a1', 5, { autoRenew: false }],
      ])
      expect(bulk.results).toEqual([
        { id: 1, name: 'd0000.com', ok: true, message: 'Settings updated.' },
        {
          id: 3,
          name: 'd0002.com',
          ok: false,
          message: 'VPS.org had a problem; try again shortly.',
          code: 'Server',
        },
        { id: 5, name: 'd0004.com', ok: true, message: 'Settings updated.' },
      ])
      expect(bulk.done).toBe(3)
      expect(bulk.running).toBe(false)
    })

    it('never has more than two updates in flight', async () => {
      const { bulk, maxInFlight } = setup({
        delay: () => new Promise((resolve) => setTimeout(resolve, 5)),
      })
      await bulk.prepare(sel(Array.from({ length: 9 }, (_, i) => row(i, { privacy: false }))), {
        privacy: true,
      })
      await bulk.run()
      expect(bulk.results).toHaveLength(9)
      expect(maxInFlight()).toBe(2)
    })

    it('counts progress up to the number of domains it sends', async () => {
      const { bulk } = setup()
      await bulk.prepare(sel(selected), { locked: false })
      const seen: number[] = []
      const running = bulk.run()
      const timer = setInterval(() => seen.push(bulk.done), 0)
      await running
      clearInterval(timer)
      expect(bulk.toSend).toBe(4)
      expect(bulk.done).toBe(4)
      expect(seen.every((n) => n <= 4)).toBe(true)
    })

    it('retries only the failures and keeps the successes, in the preview order', async () => {
      const failing = new Set([1, 5])
      const { bulk, updates } = setup({ failing })
      await bulk.prepare(sel(selected), { autoRenew: false })
      await bulk.run()
      expect(bulk.failures.map((f) => f.id)).toEqual([1, 5])
      failing.delete(5)
      updates.length = 0
      await bulk.retryFailures()
      expect(updates.map(([, id]) => id).sort()).toEqual([1, 5])
      expect(bulk.toSend).toBe(2)
      expect(bulk.results.map((r) => [r.id, r.ok])).toEqual([
        [1, false],
        [3, true],
        [5, true],
      ])
    })
  })

  it('says why VPS.org refused a domain, in its own words after ours', async () => {
    const { bulk } = setup({
      failing: new Set([3]),
      code: 'Validation',
      fields: { locked: ['d0002.com is registered at Namecheap, Inc.; change its lock there.'] },
    })
    await bulk.prepare(sel(selected), { autoRenew: false })
    await bulk.run()
    expect(bulk.failures.map((f) => f.message)).toEqual([
      'VPS.org did not accept the request. d0002.com is registered at Namecheap, Inc.; change its lock there.',
    ])
  })

  describe('stop', () => {
    const many = (count: number) =>
      Array.from({ length: count }, (_, i) => row(i, { privacy: false }))

    /** A run of 20 changes, 5 ms each, once `sent` updates have gone out. */
    async function runningTwenty(sent: number) {
      const { bulk, updates } = setup({
        delay: () => new Promise((resolve) => setTimeout(resolve, 5)),
      })
      await bulk.prepare(sel(many(20)), { privacy: true })
      const running = bulk.run()
      while (updates.length < sent) await new Promise((resolve) => setTimeout(resolve, 1))
      return { bulk, updates, running }
    }

    it('finishes the requests on their way, sends no more, and sends the rest when asked', async () => {
      const { bulk, updates, running } = await runningTwenty(3)
      bulk.stop()
      expect(bulk.stopping).toBe(true)
      await running
      const sent = updates.length
      expect(sent).toBeLessThanOrEqual(4)
      expect(bulk.results).toHaveLength(sent)
      expect(bulk.notSent).toBe(20 - sent)
      expect(bulk.stopping).toBe(false)

      await bulk.sendRest()
      expect(updates).toHaveLength(20)
      expect(new Set(updates.map(([, id]) => id)).size).toBe(20)
      expect(bulk.notSent).toBe(0)
      expect(bulk.results.map((r) => r.id)).toEqual(bulk.plan.map((p) => p.id))
    })

    it('sends no more once the connection is lost, and leaves the rest unsent', async () => {
      const { bulk, updates, running } = await runningTwenty(2)
      useConnectivityStore().byAccount.a1!.connectivity = 'offline'
      await running
      expect(updates.length).toBeLessThanOrEqual(4)
      expect(bulk.notSent).toBe(20 - updates.length)
    })

    it('publishes the results now and then while it runs, not at every answer', async () => {
      const { bulk } = setup({ delay: () => Promise.resolve() })
      await bulk.prepare(sel(many(300)), { privacy: true })
      let published = 0
      const stop = watch(
        () => bulk.results,
        () => published++,
      )
      await bulk.run()
      stop()
      expect(bulk.results).toHaveLength(300)
      expect(published).toBeLessThan(10)
    })
  })
})
