/**
 * The DNS check through IPC, on the real services, against two DNS servers on loopback: after a
 * nameserver change the check compares what resolvers return with what was set and with the
 * nameservers before the change, keeps the result, and takes the resolvers from Settings.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createLookups } from '../../../../electron/main/core/dns/delegation'
import { startTestApp, type TestApp } from '../../../support/app'
import { startDnsServer, type TestDnsServer } from '../../../support/dns-server'

const NEW = ['ns1.example-dns.net', 'ns2.example-dns.net']

describe('DnsCheckService', () => {
  let a: TestDnsServer
  let b: TestDnsServer
  let app: TestApp
  beforeEach(async () => {
    ;[a, b] = await Promise.all([startDnsServer(), startDnsServer()])
    app = await startTestApp({
      services: {
        // The system's resolvers must never be asked in a test: "no setting" means server a.
        dnsLookups: (addresses) =>
          createLookups(addresses.length ? addresses : [a.address], { timeoutMs: 300 }),
      },
    })
  })
  afterEach(async () => Promise.all([a.close(), b.close()]))

  async function changedDomain() {
    const page = await app.call('portfolio.list', app.accountId, { offset: 0, limit: 5 })
    const domain = page.rows.find((r: { status: string }) => r.status === 'active')
    const before = (await app.call('domain.get', app.accountId, domain.id)).nameservers
    await app.call('domain.update', app.accountId, domain.id, { nameservers: NEW })
    return { id: domain.id as number, name: domain.name as string, before: before as string[] }
  }

  it('says not yet while resolvers return the old nameservers, then propagated, and keeps the result', async () => {
    const domain = await changedDomain()
    a.zone.set(domain.name, domain.before)
    const [first] = await app.call('dns.check', app.accountId, [domain.id])
    expect(first).toMatchObject({ domainId: domain.id, state: 'not-yet', expected: NEW })
    expect(first.resolvers).toEqual([
      { resolver: a.address, state: 'not-yet', seen: [...domain.before].sort() },
    ])

    a.zone.set(domain.name, NEW)
    const [second] = await app.call('dns.check', app.accountId, [domain.id])
    expect(second.state).toBe('propagated')
    expect(await app.call('dns.lastChecks', app.accountId, [domain.id])).toEqual([second])
  })

  it('asks the resolvers set in Settings, refusing every invalid entry at once', async () => {
    const domain = await changedDomain()
    await expect(
      app.call('dns.setResolvers', ['1.1.1.1', 'resolver.example', '9.9.9.9:99999']),
    ).rejects.toMatchObject({
      code: 'InvalidArgument',
      fields: {
        resolvers: [
          expect.stringContaining('“resolver.example” is not a resolver address'),
          expect.stringContaining('must be a number from 1 to 65535'),
        ],
      },
    })
    expect(await app.call('dns.resolvers')).toEqual([])
    expect(await app.call('dns.setResolvers', [` ${b.address} `, ''])).toEqual([b.address])
    b.zone.set(domain.name, ['ns1.other-dns.com', 'ns2.other-dns.com'])
    const [check] = await app.call('dns.check', app.accountId, [domain.id])
    expect(check.state).toBe('different')
    expect(a.queries).toEqual([])
    expect(b.queries).toEqual([`NS ${domain.name}`])
  })

  it('refuses a domain that is not in the account, and more domains than one request may hold', async () => {
    await expect(app.call('dns.check', app.accountId, [999_999])).rejects.toMatchObject({
      code: 'NotFound',
    })
    await expect(
      app.call(
        'dns.check',
        app.accountId,
        Array.from({ length: 501 }, (_, i) => i + 1),
      ),
    ).rejects.toMatchObject({ code: 'InvalidArgument' })
  })
})
