import { flushPromises } from '@vue/test-utils'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { PortfolioQuery } from '@shared/ipc/models'
import { loadNameRules } from '@/format/lazy-name-rules'
import RegistrationView from '@/views/RegistrationView.vue'
import { accountState, domainView, fakeEstimate } from '../components/domain/fixtures'
import { installFakeBridge, mountApp } from '../support/app'

afterEach(() => {
  delete window.domainDesk
  document.body.innerHTML = ''
})

/** The page, with main's exact-name portfolio lookup answering from a set of names. */
async function mountPage(owned: string[], locale: 'en' | 'hy' = 'en') {
  const fake = installFakeBridge({
    'registration.estimate': fakeEstimate,
    'registration.intents': async () => [],
    'portfolio.list': async (_a: string, query: PortfolioQuery) => {
      const rows = owned
        .filter((name) => name === query.name)
        .map((name) => domainView({ id: 7, name, unicodeName: name }))
      return { rows, total: rows.length, offset: 0, syncedAt: null, syncing: false }
    },
  })
  const { wrapper } = await mountApp(RegistrationView, {
    path: '/registration',
    locale,
    pinia: { initialState: accountState('online') },
  })
  await flushPromises()
  return { wrapper, fake }
}

/** Waits out the form's debounce and main's answer. */
async function settle(): Promise<void> {
  await new Promise((r) => setTimeout(r, 200))
  await flushPromises()
}

// The form checks names with rules loaded on first use: load them before typing, as a user's
// first keystroke is not the test's subject.
beforeAll(() => loadNameRules())

describe('RegistrationView: a name already in the portfolio', () => {
  it('says so while typing, links to it and keeps Review disabled', async () => {
    const { wrapper, fake } = await mountPage(['shop.com'])
    await wrapper.get('#register-domain').setValue('Shop.com')
    await settle()
    const note = wrapper.get('[data-testid="already-owned"]')
    expect(note.text()).toContain('shop.com is already in your portfolio')
    expect(note.get('a').attributes('href')).toBe('/domains/7')
    expect(wrapper.get('[data-testid="review"]').attributes('disabled')).toBeDefined()
    expect(wrapper.get('#register-domain').attributes('aria-describedby')).toContain(
      'register-domain-owned',
    )
    // An exact lookup by the ASCII name, one row: it does not depend on the portfolio's size.
    const lookups = fake.calls.filter(([c]) => c === 'portfolio.list').map(([, a]) => a[1])
    expect(lookups.at(-1)).toMatchObject({ name: 'shop.com', limit: 1 })
  })

  it('clears as soon as the name is one the portfolio does not hold', async () => {
    const { wrapper } = await mountPage(['shop.com'])
    await wrapper.get('#register-domain').setValue('shop.com')
    await settle()
    await wrapper.get('#register-domain').setValue('shop2.com')
    expect(wrapper.find('[data-testid="already-owned"]').exists()).toBe(false)
    await settle()
    expect(wrapper.find('[data-testid="already-owned"]').exists()).toBe(false)
    expect(wrapper.get('[data-testid="review"]').attributes('disabled')).toBeUndefined()
  })

  it('says it in Armenian', async () => {
    const { wrapper } = await mountPage(['shop.com'], 'hy')
    await wrapper.get('#register-domain').setValue('shop.com')
    await settle()
    expect(wrapper.get('[data-testid="already-owned"]').text()).toContain(
      'shop.com-ն արդեն ձեր պորտֆելում է',
    )
  })
})
