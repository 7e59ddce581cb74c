import { describe, expect, it } from 'vitest'
import RegistrationError from '@/components/registration/RegistrationError.vue'
import { mountApp } from '../../support/app'

const mountError = async (
  error: { code?: string; message: string; fields?: Record<string, string[]> },
  locale: 'en' | 'hy' = 'en',
) => (await mountApp(RegistrationError, { props: { error }, locale })).wrapper

describe('RegistrationError', () => {
  it('is announced as an alert', async () => {
    const wrapper = await mountError({ code: 'Server', message: 'Bad gateway.' })
    expect(wrapper.find('[role="alert"]').exists()).toBe(true)
  })

  it('words an unexpected code in the app’s terms, without main’s English', async () => {
    const wrapper = await mountError({ code: 'Network', message: 'Connection refused.' })
    expect(wrapper.text()).toContain('The registration did not go through:')
    expect(wrapper.text()).toContain('VPS.org could not be reached.')
    expect(wrapper.text()).not.toContain('Connection refused.')
  })

  it('sends an offline user back with advice instead of a raw message', async () => {
    const wrapper = await mountError({ code: 'Offline', message: "Can't register a domain…" })
    expect(wrapper.text()).toContain("You can't register a domain while offline.")
    expect(wrapper.text()).not.toContain("Can't register a domain…")
  })

  it('lists main’s own field messages too, and suggests another name for the name', async () => {
    const wrapper = await mountError({
      code: 'InvalidArgument',
      message: 'Check the name.',
      fields: { domainName: ['.xyz domains are not offered.'] },
    })
    expect(wrapper.text()).toContain('Domain name: .xyz domains are not offered.')
    expect(wrapper.text()).toContain('Try another name.')
  })

  it('speaks Armenian', async () => {
    const wrapper = await mountError({ code: 'PaymentRequired', message: 'Balance $3.00.' }, 'hy')
    expect(wrapper.text()).toContain('Ձեր VPS.org հաշվի մնացորդը բավարար չէ')
    expect(wrapper.text()).not.toContain('Balance $3.00.')
  })
})
