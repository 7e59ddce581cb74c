/**
 * The DNS check in Chromium through the web preview with the demo account and a DNS server on
 * loopback: the resolver is set in Settings (a wrong line is named first), then a domain's page
 * checks its delegation: propagated, and different when a resolver returns other nameservers.
 * Screens in light and dark, English and Armenian, checked with axe. No test asks the internet.
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
