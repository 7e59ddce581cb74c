import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import type { RegistrationIntent } from '@shared/ipc/models'
import RegistrationView from '@/views/RegistrationView.vue'
import { loadNameRules } from '@/format/lazy-name-rules'
import { accountState, fakeEstimate, intent } from '../components/domain/fixtures'
import { installFakeBridge, mountApp } from '../support/app'

afterEach(() => {
  delete window.domainDesk
  document.body.innerHTML = ''
})
type Handlers = Parameters<typeof installFakeBridge>[0]

/** The page on an account, with main's registration channels faked. */
async function mountPage(
  handlers: Handlers = {},
  connectivity: 'online' | 'offline' = 'online',
  path = '/registration',
) {
  let intents: RegistrationIntent[] = []
  const fake = installFakeBridge({
    'registration.estimate': fakeEstimate,
    'registration.prepare': async (_a: string, request: { domainName: string; years: number }) =>
      intent({
        domainName: request.domainName,
        unicodeName: request.domainName,
        years: request.years,
        estimateCents: fakeEstimate(request.domainName, request.years).cents,
      }),
    'registration.confirm': async () => {
      const sent = intent({
        state: 'succeeded',
        domainId: 103,
        domainStatus: 'pending',
        totalCostCents: 2498,
      })
      intents = [sent]
      return sent
    },
    'registration.intents': async () => intents,
    ...handlers,
  })
  const { wrapper, router } = await mountApp(RegistrationView, {
    path,
    pinia: { initialState: accountState(connectivity) },
  })
  await flushPromises()
  return {
    wrapper,
    fake,
    router,
    setIntents: (next: RegistrationIntent[]) => (intents = next),
  }
}

const count = (fake: { calls: Array<[string, unknown[]]> }, channel: string) =>
  fake.calls.filter(([c]) => c === channel).length

async function fill(wrapper: VueWrapper, name: string, years?: number): Promise<void> {
  await wrapper.get('#register-domain').setValue(name)
  if (years !== undefined) {
    const input = wrapper.get('#register-years')
    await input.setValue(String(years))
    await input.trigger('blur')
  }
}

/** Waits out the estimate's debounce and main's answer. */
async function settle(): Promise<void> {
  await new Promise((r) => setTimeout(r, 200))
  await flushPromises()
}

async function review(wrapper: VueWrapper): Promise<void> {
  await wrapper.get('[data-testid="review"]').trigger('click')
  await flushPromises()
}

const dialog = () => document.body.querySelector<HTMLElement>('[role="dialog"]')
const confirmButton = () =>
  document.body.querySelector<HTMLButtonElement>('[data-testid="confirm-register"]')!

// The form loads the name rules when it opens (see lazy-name-rules.test.ts for before that).
beforeAll(() => loadNameRules())
describe('RegistrationView', () => {
  it('names what is wrong with the name as it is typed', async () => {
    const { wrapper } = await mountPage()
    await fill(wrapper, 'my_site.com')
    expect(wrapper.get('#register-domain-message').text()).toBe(
      '"my_site" may contain only letters, digits and hyphens (no underscores, symbols or emoji).',
    )
    expect(wrapper.get('#register-domain').attributes('aria-invalid')).toBe('true')
    expect(wrapper.get('[data-testid="review"]').attributes('disabled')).toBeDefined()
    await fill(wrapper, 'shop.example.com')
    expect(wrapper.get('#register-domain-message').text()).toContain(
      'is a subdomain; register example.com instead',
    )
  })

  it('shows an internationalised name in Unicode and in the punycode that is sent', async () => {
    const { wrapper } = await mountPage()
    await fill(wrapper, 'bücher.com')
    expect(wrapper.get('[data-testid="idn"]').text()).toMatch(
      /^Unicode → punycode:\s+bücher\.com → xn--bcher-kva\.com$/,
    )
    expect(wrapper.get('#register-domain-message').text()).toBe('')
  })

  it('estimates the cost live and labels it as the price table’s estimate', async () => {
    const { wrapper, fake } = await mountPage()
    await fill(wrapper, 'mynewdomain.com', 2)
    await settle()
    const text = wrapper.get('[data-testid="register-estimate"]').text()
    expect(text).toContain('$25.98 for 2 years')
    expect(text).toContain("Estimate from the price table — VPS.org's charge may differ.")
    expect(fake.calls.filter(([c]) => c === 'registration.estimate').at(-1)?.[1]).toEqual([
      'mynewdomain.com',
      2,
    ])
  })

  it('says when the TLD has no price instead of showing $0', async () => {
    const { wrapper } = await mountPage()
    await fill(wrapper, 'mynewdomain.xyz')
    await settle()
    const text = wrapper.get('[data-testid="register-estimate"]').text()
    expect(text).toContain('The price table has no price for .xyz, so there is no estimate.')
    expect(text).not.toMatch(/\$0/)
  })

  it('asks for confirmation naming the name, the years and the estimated amount', async () => {
    const { wrapper, fake } = await mountPage()
    await fill(wrapper, 'mynewdomain.com', 2)
    await review(wrapper)
    expect(count(fake, 'registration.prepare')).toBe(1)
    expect(count(fake, 'registration.confirm')).toBe(0)
    expect(dialog()?.getAttribute('aria-labelledby')).toBeTruthy()
    expect(dialog()?.textContent).toContain('Confirm the registration')
    expect(dialog()?.textContent).toContain(
      'Register mynewdomain.com for 2 years — estimated $25.98',
    )
  })

  it('sends one registration however quickly Confirm is clicked twice', async () => {
    let answer!: (i: RegistrationIntent) => void
    const { wrapper, fake } = await mountPage({
      'registration.confirm': () => new Promise((r) => (answer = r)),
    })
    await fill(wrapper, 'mynewdomain.com', 2)
    await review(wrapper)
    confirmButton().click()
    confirmButton().click()
    await flushPromises()
    expect(confirmButton().disabled).toBe(true)
    confirmButton().click()
    answer(intent({ state: 'succeeded', totalCostCents: 2498, domainId: 103 }))
    await flushPromises()
    expect(count(fake, 'registration.confirm')).toBe(1)
  })

  it('shows what VPS.org charged and how it differs from the estimate', async () => {
    const { wrapper } = await mountPage()
    await fill(wrapper, 'mynewdomain.com', 2)
    await review(wrapper)
    confirmButton().click()
    await flushPromises()
    expect(wrapper.get('[data-testid="charged"]').text()).toBe(
      'Charged $24.98 — $1.00 less than estimated.',
    )
  })

  it('follows the registration from pending to active when main announces it', async () => {
    const { wrapper, fake, setIntents } = await mountPage()
    await fill(wrapper, 'mynewdomain.com', 2)
    await review(wrapper)
    confirmButton().click()
    await flushPromises()
    const item = () => wrapper.get('[data-testid="registration-mynewdomain.com"]')
    expect(item().find('[role="progressbar"]').attributes('aria-label')).toBe(
      'Activation of mynewdomain.com',
    )
    expect(item().text()).toContain('usually 5–10 minutes')
    setIntents([
      intent({ state: 'succeeded', domainId: 103, domainStatus: 'active', totalCostCents: 2498 }),
    ])
    const { useRegistrationStore } = await import('@/stores/registration')
    useRegistrationStore().watchActivation()
    fake.emit('registration.active', {
      accountId: 'a1',
      domainId: 103,
      domainName: 'mynewdomain.com',
    })
    await vi.waitFor(() => expect(item().text()).toContain('Active'))
    expect(item().find('[role="progressbar"]').exists()).toBe(false)
    expect(item().get('a').attributes('href')).toBe('/domains/103')
  })

  it('lists earlier registrations when the page is opened again', async () => {
    const { wrapper } = await mountPage({
      'registration.intents': async () => [
        intent({ state: 'succeeded', domainId: 103, domainStatus: 'pending' }),
      ],
    })
    expect(wrapper.get('#registrations').text()).toContain('mynewdomain.com')
    expect(wrapper.find('#registrations [role="progressbar"]').exists()).toBe(true)
  })

  it('explains a too-low balance and where to add funds', async () => {
    const { wrapper } = await mountPage({
      'registration.confirm': async () => {
        throw { code: 'PaymentRequired', message: 'Insufficient account balance.' }
      },
    })
    await fill(wrapper, 'mynewdomain.com', 2)
    await review(wrapper)
    confirmButton().click()
    await flushPromises()
    const error = wrapper.get('[data-testid="register-error"]')
    expect(error.attributes('role')).toBe('alert')
    expect(error.text()).toContain('Your VPS.org balance is too low for this registration.')
    expect(error.text()).toContain('Add funds in the VPS.org control panel')
  })

  it('shows VPS.org’s field messages for a refused name and suggests another', async () => {
    const { wrapper } = await mountPage({
      'registration.confirm': async () => {
        throw {
          code: 'Validation',
          message: 'VPS.org did not accept the request.',
          fields: { domain_name: ['This domain is already registered.'] },
        }
      },
    })
    await fill(wrapper, 'example.com')
    await review(wrapper)
    confirmButton().click()
    await flushPromises()
    const error = wrapper.get('[data-testid="register-error"]').text()
    expect(error).toContain('Domain name: This domain is already registered.')
    expect(error).toContain('Try another name.')
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Back to the form')!
      .trigger('click')
    expect((wrapper.get('#register-domain').element as HTMLInputElement).value).toBe('example.com')
  })

  it('explains an earlier attempt that may have gone through', async () => {
    const { wrapper } = await mountPage({
      'registration.prepare': async () => {
        throw {
          code: 'Conflict',
          reason: 'registrationMayHaveReached',
          params: { name: 'example.com' },
          message: 'An earlier registration of example.com may have reached VPS.org. Pending.',
        }
      },
    })
    await fill(wrapper, 'example.com')
    await review(wrapper)
    const error = wrapper.get('[data-testid="register-error"]').text()
    expect(error).toContain('An earlier attempt to register this name may have gone through.')
    expect(error).toContain(
      'An earlier registration of example.com may have reached VPS.org. Check the VPS.org panel',
    )
    expect(error).not.toContain('Pending.')
  })

  it('says that Domain Desk is checking, and will not resend, when the outcome is unknown', async () => {
    const { wrapper } = await mountPage({
      'registration.confirm': async () => intent({ state: 'unknown', errorCode: 'Timeout' }),
    })
    await fill(wrapper, 'mynewdomain.com')
    await review(wrapper)
    confirmButton().click()
    await flushPromises()
    const outcome = wrapper.get('[data-testid="register-outcome"]').text()
    expect(outcome).toContain('It is checking with VPS.org and will not send the request again.')
  })

  it('cannot register offline and says why', async () => {
    const { wrapper, fake } = await mountPage({}, 'offline')
    expect(wrapper.get('[data-testid="register-blocked"]').text()).toContain(
      "Unavailable offline: VPS.org can't be reached.",
    )
    await fill(wrapper, 'mynewdomain.com')
    expect(wrapper.get('[data-testid="review"]').attributes('disabled')).toBeDefined()
    await review(wrapper)
    expect(count(fake, 'registration.prepare')).toBe(0)
  })

  it('validates custom nameservers with the specific message', async () => {
    const { wrapper } = await mountPage()
    await fill(wrapper, 'mynewdomain.com')
    await wrapper.get('#register-custom-ns').trigger('change')
    await wrapper.get('#register-ns-0').setValue('ns1.nshost.net')
    await wrapper.get('#register-ns-1').setValue('ns1.nshost.net')
    expect(wrapper.get('#register-ns-message').text()).toBe('Nameserver 2 repeats nameserver 1.')
    expect(wrapper.get('[data-testid="review"]').attributes('disabled')).toBeDefined()
  })

  it('fills in the name a domaindesk:// link brought, and goes no further than the estimate', async () => {
    const { wrapper, fake, router } = await mountPage(
      {},
      'online',
      '/registration?name=new-idea.net',
    )
    expect((wrapper.get('#register-domain').element as HTMLInputElement).value).toBe('new-idea.net')
    await settle()
    expect(count(fake, 'registration.estimate')).toBeGreaterThan(0)
    expect(count(fake, 'registration.prepare')).toBe(0)
    expect(count(fake, 'registration.confirm')).toBe(0)
    expect(dialog()).toBeNull()
    // The name leaves the address, so going back does not fill it in again.
    expect(router.currentRoute.value.query).toEqual({})
  })

  it('keeps a registration under way when a link arrives', async () => {
    const { wrapper, router } = await mountPage()
    await fill(wrapper, 'first.com')
    await settle()
    await review(wrapper)
    expect(dialog()).not.toBeNull()
    await router.push('/registration?name=second.com')
    await flushPromises()
    expect((wrapper.get('#register-domain').element as HTMLInputElement).value).toBe('first.com')
  })
})
