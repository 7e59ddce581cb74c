import { describe, expect, it } from 'vitest'
import type { DomainRow } from '../../../../electron/shared/ipc/models'
import { startTestApp } from '../../../support/app'

/** After the first sync the app fetches each domain's details once, so the registrar is known. */
async function appWithRegistrars(domains = 150) {
  const app = await startTestApp({
    sandbox: { domains, seed: 7 },
    services: { detailsBackfillLimit: 10_000 },
  })
  await app.services.detailsBackfill.idle()
  const sandboxDomains = app.sandbox.registrar.list()
  const list = async (query: object): Promise<{ rows: DomainRow[]; total: number }> =>
    app.call('portfolio.list', app.accountId, { limit: 1000, ...query })
  return { app, sandboxDomains, list }
}

describe('finding domains by registrar and tags', () => {
  it('learns every domain’s registrar after a sync and shows it in the rows', async () => {
    const { sandboxDomains, list } = await appWithRegistrars()
    const page = await list({})
    const byId = new Map(sandboxDomains.map((d) => [d.id, d.registrar]))
    expect(page.rows.length).toBe(sandboxDomains.length)
    for (const row of page.rows) expect(row.registrar).toBe(byId.get(row.id))
  })

  it('filters by registrar, and has a quick filter for domains at another registrar', async () => {
    const { sandboxDomains, list, app } = await appWithRegistrars()
    const elsewhere = sandboxDomains.filter((d) => d.registrar !== 'VPS.org')
    const transferable = await list({ quick: ['transferable'] })
    expect(transferable.rows.map((r) => r.id).sort()).toEqual(elsewhere.map((d) => d.id).sort())
    const one = elsewhere[0]!.registrar
    const byRegistrar = await list({ registrar: one })
    expect(byRegistrar.total).toBe(sandboxDomains.filter((d) => d.registrar === one).length)
    const registrars = await app.call('portfolio.registrars', app.accountId)
    expect(registrars).toContainEqual({
      registrar: one,
      count: sandboxDomains.filter((d) => d.registrar === one).length,
    })
    expect(registrars).toContainEqual({
      registrar: 'VPS.org',
      count: sandboxDomains.filter((d) => d.registrar === 'VPS.org').length,
    })
  })

  it('matches the search against tags and the registrar, not only the name', async () => {
    const { sandboxDomains, list, app } = await appWithRegistrars()
    const target = sandboxDomains[5]!
    await app.call('domain.setTags', app.accountId, target.id, ['client-zephyr'])
    const byTag = await list({ search: 'zephyr' })
    expect(byTag.rows.map((r) => r.id)).toEqual([target.id])
    const elsewhere = sandboxDomains.find((d) => d.registrar !== 'VPS.org')!
    const word = elsewhere.registrar.split(/[ ,.]/)[0]!.toLowerCase()
    const byRegistrar = await list({ search: word })
    expect(byRegistrar.rows.map((r) => r.id)).toContain(elsewhere.id)
  })

  it('sorts by registrar', async () => {
    const { list } = await appWithRegistrars()
    const page = await list({ sort: { by: 'registrar', dir: 'asc' } })
    const names = page.rows.map((r) => r.registrar ?? '')
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)))
  })
})
