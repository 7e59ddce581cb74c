import { afterEach, describe, expect, it } from 'vitest'
import type { RegistrationIntent } from '@shared/ipc/models'
import RegistrationList from '@/components/registration/RegistrationList.vue'
import { mountApp } from '../../support/app'

afterEach(() => {
  document.body.innerHTML = ''
})

const intent = (over: Partial<RegistrationIntent>): RegistrationIntent => ({
  id: 'i-1',
  accountId: 'a-1',
  domainName: 'late-answer.com',
  unicodeName: 'late-answer.com',
  years: 1,
  estimateCents: 1299,
  state: 'succeeded',
  createdAt: '2026-12-01T10:00:00.000Z',
  domainId: 7,
  domainStatus: 'active',
  totalCostCents: null,
  errorCode: null,
  errorMessage: null,
  ...over,
})

async function mountList(intents: RegistrationIntent[], locale: 'en' | 'hy' = 'en') {
  const { wrapper } = await mountApp(RegistrationList, {
    locale,
    pinia: { initialState: { registration: { intents } } },
  })
  return wrapper
}

describe('RegistrationList', () => {
  it('says when VPS.org completed a registration after the app had found no record of it', async () => {
    const wrapper = await mountList([
      intent({ errorCode: 'LateSuccess' }),
      intent({ id: 'i-2', domainName: 'b.com', unicodeName: 'b.com', totalCostCents: 1299 }),
    ])
    const [late, normal] = wrapper.findAll('li.registration')
    expect(late!.text()).toContain('Completed by VPS.org after Domain Desk had found no record')
    expect(late!.text()).toContain('Active')
    expect(normal!.text()).not.toContain('no record')
    expect(normal!.text()).toContain('Charged $12.99')
  })

  it('says it in Armenian too', async () => {
    const wrapper = await mountList([intent({ errorCode: 'LateSuccess' })], 'hy')
    expect(wrapper.text()).toContain('VPS.org-ն այն ավարտեց')
  })
})
