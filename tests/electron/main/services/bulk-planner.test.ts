import { describe, expect, it } from 'vitest'
import { startTestApp } from '../../../support/app'

/** An app whose cache knows every domain's registrar (their details were fetched). */
async function appWithDetails(domains = 120) {
  const app = await startTestApp({ sandbox: { domains, seed: 7 } })
  for (const d of app.sandbox.registrar.list())
    await app.call('domain.refresh', app.accountId, d.id)
  return app
}

describe('bulk.preview', () => {
  it('separates will change, no change needed and cannot change (at another registrar); only the first group is sent', async () => {
    const app = await appWithDetails()
    const all = app.sandbox.registrar.list()
    const excluded = all[0]!.id
    const preview = await app.call(
      'bulk.preview',
      app.accountId,
      { kind: 'query', query: {}, exclude: [excluded] },
      { locked: true },
    )
    const rest = all.filter((d) => d.id !== excluded)
    const elsewhere = rest.filter((d) => d.registrar !== 'VPS.org' && !d.locked)
    const here = rest.filter((d) => d.registrar === 'VPS.org' && !d.locked)
    expect(elsewhere.length).toBeGreaterThan(0)
    expect(preview.total).toBe(rest.length)
    expect(preview.willChange.map((i: { id: number }) => i.id).sort()).toEqual(
      here.map((d) => d.id).sort(),
    )
    expect(preview.willChange[0].changes).toEqual([{ field: 'locked', from: 'false', to: 'true' }])
    expect(preview.unchanged).toBe(rest.filter((d) => d.locked).length)
    expect(preview.blocked).toHaveLength(elsewhere.length)
    expect(preview.blocked[0]).toMatchObject({
      reason: 'otherRegistrar',
      registrar: expect.not.stringMatching(/^VPS\.org$/),
    })
    // Every registrar is known: no lock change is a guess.
    expect(preview.unchecked).toBe(0)
    // What the preview says will change, does.
    for (const item of preview.willChange)
      await app.call('domain.update', app.accountId, item.id, { locked: true })
  })

  it('resolves a selection described as the current filter in main, and by ids', async () => {
    const app = await startTestApp({ sandbox: { domains: 300, seed: 7 } })
    const page = await app.call('portfolio.list', app.accountId, { status: 'expired', limit: 1000 })
    const byQuery = await app.call(
      'bulk.preview',
      app.accountId,
      { kind: 'query', query: { status: 'expired' }, exclude: [] },
      { autoRenew: true },
    )
    expect(byQuery.total).toBe(page.total)
    const ids = page.rows.slice(0, 3).map((r: { id: number }) => r.id)
    const byIds = await app.call(
      'bulk.preview',
      app.accountId,
      { kind: 'ids', ids },
      { autoRenew: true },
    )
    expect(byIds.total).toBe(3)
  })
  it('counts the lock changes it cannot vouch for: the registrar was never checked', async () => {
    const app = await startTestApp({ sandbox: { domains: 120, seed: 7 } })
    const all = app.sandbox.registrar.list()
    const checked = all.slice(0, 40)
    for (const d of checked) await app.call('domain.refresh', app.accountId, d.id)
    const lock = await app.call(
      'bulk.preview',
      app.accountId,
      { kind: 'query', query: {}, exclude: [] },
      { locked: true },
    )
    const unknown = all.slice(40).filter((d) => !d.locked)
    expect(unknown.length).toBeGreaterThan(0)
    expect(lock.unchecked).toBe(unknown.length)
    // Only a lock change depends on the registrar.
    const privacy = await app.call(
      'bulk.preview',
      app.accountId,
      { kind: 'query', query: {}, exclude: [] },
      { privacy: true },
    )
    expect(privacy.unchecked).toBe(0)
  })
})
