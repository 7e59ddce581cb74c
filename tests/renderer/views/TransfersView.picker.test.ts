import { flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import type { PortfolioQuery } from '@shared/ipc/models'
import TransfersView from '@/views/TransfersView.vue'
import { accountState, myappView, row, transferCheck } from '../components/transfers/fixtures'
import { installFakeBridge, mountApp } from '../support/app'

afterEach(() => {
  delete window.domainDesk
  document.body.innerHTML = ''
})

/** The page; main's portfolio answers 1,204 transferable domains, myapp.io first. */
async function mountPage(path = '/transfers', locale: 'en' | 'hy' = 'en') {
  const fake = installFakeBridge({
    'transfer.check': async () =>
      transferCheck({ eligible: false, items: { unlocked: false, oldEnough: false } }),
    'transfer.list': async () => [],
    'domain.get': async () => myappView(),
    'portfolio.list': async (_a: string, query: PortfolioQuery) => ({
      rows: query.limit === 1 ? [] : [{ ...row(102, 'myapp.io'), registrar: 'Namecheap, Inc.' }],
      total: 1204,
      offset: 0,
      syncedAt: null,
      syncing: false,
    }),
  })
  const { wrapper, router } = await mountApp(TransfersView, {
    path,
    locale,
    pinia: { initialState: accountState() },
  })
  await flushPromises()
  return { wrapper, router, fake }
}

const lists = (fake: { calls: Array<[string, unknown[]]> }) =>
  fake.calls.filter(([c]) => c === 'portfolio.list').map(([, args]) => args[1] as PortfolioQuery)

describe('TransfersView: choosing the domain', () => {
  it('offers only domains at another registrar, with the registrar shown', async () => {
    const { wrapper, fake } = await mountPage()
    await wrapper.get('#transfer-domain').setValue('myapp')
    await new Promise((r) => setTimeout(r, 250))
    await flushPromises()
    expect(lists(fake).at(-1)).toMatchObject({ search: 'myapp', quick: ['transferable'] })
    const option = document.querySelector<HTMLElement>('[role="option"]')!
    expect(option.textContent).toContain('myapp.io')
    expect(option.textContent).toContain('Namecheap, Inc.')
  })

  it('links to the list of all transferable domains, with how many there are', async () => {
    const { wrapper } = await mountPage()
    const link = wrapper.get('[data-testid="all-transferable"]')
    expect(link.text()).toBe('See all 1,204 transferable domains')
    expect(link.attributes('href')).toBe('/portfolio?quick=transferable')
  })

  it('says why an ineligible domain cannot move, naming each unmet requirement', async () => {
    const { wrapper } = await mountPage('/transfers?domain=102')
    const hint = wrapper.get('[data-testid="transfer-hint"]').text()
    expect(hint).toBe(
      "myapp.io can't be transferred yet. Not met: At least 60 days old; Unlocked at the current registrar.",
    )
  })

  it('never doubles the full stop after a registrar name that ends in one', async () => {
    const { wrapper } = await mountPage('/transfers?domain=102')
    expect(wrapper.text()).toContain('Registered at Namecheap, Inc.')
    expect(wrapper.text()).not.toContain('Inc..')
  })
})
