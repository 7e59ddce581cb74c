/**
 * Policies through IPC on the real services and the sandbox: rules are saved, checked after
 * every sync (with an event), exported and imported as JSON (all or nothing), and a rule's
 * violations feed the bulk change's preview, which is where a fix starts.
 */
import { describe, expect, it } from 'vitest'
import { startTestApp } from '../../../support/app'

const privacyOn = { name: 'Privacy everywhere', when: { kind: 'all' }, require: { privacy: true } }

describe('PolicyService', () => {
  it('saves, checks after a sync, and hands its violations to the bulk preview', async () => {
    const app = await startTestApp()
    const saved = await app.call('policies.save', privacyOn)
    expect(saved).toMatchObject({ ...privacyOn, enabled: true, id: expect.any(String) })
    const events: Array<{ accountId: string; violations: number }> = []
    app.services.bus.subscribe((event, payload) => {
      if (event === 'policies.checked') events.push(payload as (typeof events)[number])
    })
    await app.call('sync.now', app.accountId)
    const [report] = await app.call('policies.check', app.accountId)
    const withoutPrivacy = [...app.services.cache.domains.all(app.accountId).values()].filter(
      (d) => !d.privacy && !d.removedAt,
    )
    expect(withoutPrivacy.length).toBeGreaterThan(0)
    expect(report).toMatchObject({ policyId: saved.id, violations: withoutPrivacy.length })
    expect(events[0]).toEqual({ accountId: app.accountId, violations: withoutPrivacy.length })

    const ids = await app.call('policies.violatingIds', app.accountId, saved.id)
    expect([...ids].sort()).toEqual(withoutPrivacy.map((d) => d.id).sort())
    const preview = await app.call(
      'bulk.preview',
      app.accountId,
      { kind: 'ids', ids },
      {
        privacy: true,
      },
    )
    expect(preview.unchanged).toBe(0)
    expect(preview.willChange.length + preview.blocked.length).toBe(ids.length)
    // Nothing was sent to VPS.org by any of this.
    expect(app.sandbox.log.since().filter((e) => e.method === 'PUT')).toEqual([])
  })

  it('refuses a rule without a requirement, or with bad nameservers, naming the field', async () => {
    const app = await startTestApp({ connect: false })
    await expect(
      app.call('policies.save', { name: 'x', when: { kind: 'all' }, require: {} }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' })
    await expect(
      app.call('policies.save', {
        name: 'ns',
        when: { kind: 'dns-vps' },
        require: { nameservers: ['ns1.vps.org', 'bad host'] },
      }),
    ).rejects.toMatchObject({
      code: 'InvalidArgument',
      fields: { nameservers: [expect.any(String)] },
    })
    expect(await app.call('policies.list')).toEqual([])
  })

  it('exports the rules as JSON and imports them all or not at all', async () => {
    const app = await startTestApp({ connect: false })
    await app.call('policies.save', privacyOn)
    await app.call('policies.save', {
      name: 'Keep',
      when: { kind: 'tag', tag: 'keep' },
      require: { autoRenew: true, locked: true },
      enabled: false,
    })
    const json = await app.call('policies.export')
    expect(JSON.parse(json)).toMatchObject({ app: 'domain-desk', kind: 'policies', version: 1 })
    const before = await app.call('policies.list')

    const broken = JSON.parse(json)
    broken.rules[1].when = { kind: 'expiring', days: 9999 }
    await expect(app.call('policies.import', JSON.stringify(broken))).rejects.toMatchObject({
      code: 'InvalidArgument',
      message: expect.stringContaining('rules.1.when.days'),
    })
    await expect(app.call('policies.import', '{not json')).rejects.toMatchObject({
      message: 'The file is not JSON.',
    })
    expect(await app.call('policies.list')).toEqual(before)

    await app.call('policies.remove', before[0].id)
    const imported = await app.call('policies.import', json)
    expect(imported.map((p: { name: string; enabled: boolean }) => [p.name, p.enabled])).toEqual([
      ['Privacy everywhere', true],
      ['Keep', false],
    ])
  })
})
