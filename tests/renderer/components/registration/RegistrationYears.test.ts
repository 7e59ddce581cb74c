import { flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import RegistrationView from '@/views/RegistrationView.vue'
import { accountState, fakeEstimate, intent } from '../domain/fixtures'
import { installFakeBridge, mountApp } from '../../support/app'

afterEach(() => {
  delete window.domainDesk
  document.body.innerHTML = ''
})

async function mountPage(locale: 'en' | 'hy' = 'en') {
  const fake = installFakeBridge({
    'registration.estimate': fakeEstimate,
    'registration.prepare': async (_a: string, request: { domainName: string; years: number }) =>
      intent({ domainName: request.domainName, years: request.years }),
    'registration.intents': async () => [],
  })
  const { wrapper } = await mountApp(RegistrationView, {
    path: '/registration',
    locale,
    pinia: { initialState: accountState('online') },
  })
  await flushPromises()
  await wrapper.get('#register-domain').setValue('fresh-name.com')
  return { wrapper, fake }
}

async function typeYears(wrapper: Awaited<ReturnType<typeof mountPage>>['wrapper'], v: string) {
  const input = wrapper.get('#register-years')
  await input.setValue(v)
  await input.trigger('blur')
  await new Promise((r) => setTimeout(r, 200))
  await flushPromises()
}

describe('Register form: years', { timeout: 20_000 }, () => {
  it.each(['0', '11', '1.5', ''])(
    'says %j is not a period it can register, keeps what was typed, and sends nothing',
    async (typed) => {
      const { wrapper, fake } = await mountPage()
      await typeYears(wrapper, typed)
      const input = wrapper.get('#register-years')
      expect((input.element as HTMLInputElement).value).toBe(typed)
      expect(input.attributes('aria-invalid')).toBe('true')
      expect(wrapper.get('#register-years-message').text()).toBe(
        'Enter a whole number of years from 1 to 10.',
      )
      await wrapper.get('[data-testid="review"]').trigger('click')
      await flushPromises()
      expect(fake.calls.filter(([c]) => c === 'registration.prepare')).toEqual([])
    },
  )

  it('accepts 1 to 10 and sends what was typed', async () => {
    const { wrapper, fake } = await mountPage()
    await typeYears(wrapper, '10')
    expect(wrapper.get('#register-years-message').text()).toBe('')
    await wrapper.get('[data-testid="review"]').trigger('click')
    await flushPromises()
    expect(fake.calls.find(([c]) => c === 'registration.prepare')?.[1][1]).toMatchObject({
      years: 10,
    })
  })

  it('says it in Armenian', async () => {
    const { wrapper } = await mountPage('hy')
    await typeYears(wrapper, '11')
    expect(wrapper.get('#register-years-message').text()).toBe(
      'Մուտքագրեք տարիների ամբողջ թիվ՝ 1-ից 10։',
    )
  })
})
