/**
 * The DNS check in Chromium through the web preview with the demo account and a DNS server on
 * loopback: the resolver is set in Settings (a wrong line is named first), then a domain's page
 * checks its delegation: propagated, and different when a resolver returns other nameservers.
 * Screens in light and dark, English and Armenian, checked with axe. With a 10,000-domain sandbox:
 * a few searched domains get new nameservers in bulk, and each changed domain is checked after.
 * No test asks the internet.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CachedDomain } from '../../electron/main/core/db/domains-repo'
import { startDnsServer, type TestDnsServer } from '../support/dns-server'
import { seriousViolations } from './support/axe'
import { COMBOS, startE2E, type E2E } from './support/preview'

let e2e: E2E
let dns: TestDnsServer
let propagated: CachedDomain
let different: CachedDomain

beforeAll(async () => {
  dns = await startDnsServer()
  e2e = await startE2E()
  const { cache } = e2e.preview.services
  const active = [...cache.domains.all(e2e.preview.demoAccountId!).values()].filter(
    (d) => d.status === 'active' && !d.removedAt,
  )
  ;[propagated, different] = active as [CachedDomain, CachedDomain]
  dns.zone.set(propagated.name, propagated.nameservers)
  dns.zone.set(different.name, ['ns1.somewhere-else.net', 'ns2.somewhere-else.net'])
})
afterAll(async () => {
  await e2e?.close()
  await dns?.close()
})

describe('the DNS check', () => {
  it('takes the resolver from Settings, naming a wrong line first', async () => {
    const { page, context, errors } = await e2e.open('#/settings')
    const field = page.getByTestId('dns-resolvers')
    await field.fill(`resolver.example\n${dns.address}`)
    await expect
      .poll(() => page.locator('#dns-resolvers-problems').textContent())
      .toContain('“resolver.example” is not a resolver address')
    expect(await page.getByTestId('dns-resolvers-save').isDisabled()).toBe(true)
    await field.fill(dns.address)
    await page.getByTestId('dns-resolvers-save').click()
    await page.getByText(`Saved. The DNS check asks ${dns.address}.`).waitFor()
    expect(await e2e.preview.services.dns.resolvers()).toEqual([dns.address])
    await e2e.shot(page, 'dns-settings-light-en')
    expect(errors).toEqual([])
    await context.close()
  })

  for (const [scheme, language] of COMBOS) {
    it(`checks a domain's delegation (${scheme}, ${language})`, async () => {
      const { page, context, errors } = await e2e.open(`#/domains/${propagated.id}`, {
        scheme,
        language,
      })
      await page.getByTestId('dns-check').click()
      const result = page.getByTestId('dns-result')
      const word = language === 'en' ? 'Propagated' : 'Տարածված է'
      await result.locator('.state').getByText(word, { exact: true }).waitFor()
      expect(await result.textContent()).toContain(dns.address)
      await page.locator('#dns-check').scrollIntoViewIfNeeded()
      expect(await seriousViolations(page)).toEqual([])
      await e2e.shot(page, `dns-check-${scheme}-${language}`)
      expect(errors).toEqual([])
      await context.close()
    })
  }

  it('says different when the resolver returns other nameservers, and keeps the result', async () => {
    const first = await e2e.open(`#/domains/${different.id}`)
    await first.page.getByTestId('dns-check').click()
    await first.page
      .getByTestId('dns-result')
      .locator('.state')
      .getByText('Different', { exact: true })
      .waitFor()
    expect(await first.page.getByTestId('dns-result').textContent()).toContain(
      'ns1.somewhere-else.net',
    )
    await first.context.close()
    // A new window shows the stored check without asking DNS again.
    const asked = dns.queries.length
    const again = await e2e.open(`#/domains/${different.id}`)
    await again.page
      .getByTestId('dns-result')
      .locator('.state')
      .getByText('Different', { exact: true })
      .waitFor()
    expect(dns.queries.length).toBe(asked)
    await e2e.shot(again.page, 'dns-check-different-light-en')
    await again.context.close()
  })
})

describe('the DNS check after a bulk nameserver change in a 10,000-domain account', () => {
  let big: E2E
  let server: TestDnsServer
  beforeAll(async () => {
    server = await startDnsServer()
    big = await startE2E({ services: { demo: { domains: 10_000, clockSpeed: 0 } } })
    big.preview.services.dns.setResolvers([server.address])
  }, 300_000)
  afterAll(async () => {
    await big?.close()
    await server?.close()
  })

  it('changes a few searched domains and checks each of them', async () => {
    const nameservers = ['ns1.dns-check-10k.net', 'ns2.dns-check-10k.net']
    const all = [...big.preview.services.cache.domains.all(big.preview.demoAccountId!).values()]
    // A name whose first label a few active domains share: a small selection out of 10,000.
    const label = (d: CachedDomain) => d.name.split('.')[0]!
    const active = all.filter((d) => d.status === 'active' && !d.removedAt)
    const term = active
      .map(label)
      .find((l) => l.length > 6 && all.filter((d) => label(d) === l).length >= 2)!
    expect(term).toBeTruthy()
    for (const d of all.filter((x) => x.name.includes(term))) server.zone.set(d.name, nameservers)

    const { page, context, errors } = await big.open('#/portfolio')
    await page.getByTestId('portfolio-search').fill(term)
    // The table shows fewer than 20 rows while its first page loads too: wait for the search's
    // own answer, every row a match, before selecting "all" of it.
    const names = page.locator('[data-testid="portfolio-table"] tbody tr td:nth-child(2)')
    const shown = async () => (await names.allTextContents()).map((t) => t.trim()).filter(Boolean)
    await expect
      .poll(
        async () => {
          const list = await shown()
          return list.length >= 2 && list.length < 20 && list.every((name) => name.includes(term))
        },
        { timeout: 60_000 },
      )
      .toBe(true)
    await page.getByTestId('select-all').click()
    await page.getByTestId('bulk-nameservers').click()
    const dialog = page.getByRole('dialog')
    await dialog.locator('#bulk-ns-1').waitFor({ timeout: 60_000 })
    await dialog.locator('#bulk-ns-0').fill(nameservers[0]!)
    await dialog.locator('#bulk-ns-1').fill(nameservers[1]!)
    await dialog.getByTestId('bulk-preview-button').click()
    await dialog.getByTestId('bulk-confirm').click({ timeout: 60_000 })
    await dialog.getByTestId('bulk-results').waitFor({ timeout: 60_000 })

    const changed = dialog.locator('[data-testid^="result-"] td.is-ok')
    const n = await changed.count()
    expect(n).toBeGreaterThan(0)
    const moved = [...big.preview.services.cache.domains.all(big.preview.demoAccountId!).values()]
    expect(moved.filter((d) => d.nameservers.join() === nameservers.join())).toHaveLength(n)
    const check = dialog.getByTestId('bulk-dns-check')
    await expect
      .poll(() => check.textContent(), { timeout: 60_000 })
      .toContain(n === 1 ? 'Check DNS for the changed domain' : `Check DNS for the ${n} changed`)
    await check.click()
    await expect
      .poll(() => dialog.getByTestId('bulk-dns-summary').textContent(), { timeout: 60_000 })
      .toBe(`${n} propagated`)
    // One result per changed domain, each on its own row.
    expect(await changed.filter({ hasText: 'Propagated' }).count()).toBe(n)
    expect(server.queries.length).toBeGreaterThanOrEqual(n)
    await big.shot(page, 'dns-check-10k')
    expect(errors).toEqual([])
    await context.close()
  }, 240_000)
})
