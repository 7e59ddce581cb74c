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
  note: null,
  errorMessage: null,
  ...over,
})

/** A registration that made no domain (yet). */
const unsettled = (over: Partial<RegistrationIntent>) =>
  intent({ domainId: null, domainStatus: null, ...over })

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

  it("says why a registration failed in the reader's language, and VPS.org's words as its words", async () => {
    const failed = unsettled({
      state: 'failed',
      errorCode: 'Validation',
      note: { code: 'Validation' },
      errorMessage: 'domain_name: This domain is already registered.',
    })
    const wrapper = await mountList([failed], 'hy')
    const state = wrapper.get('li.registration .state').text()
    expect(state).toContain('Չգրանցվեց')
    expect(state).toContain('VPS.org-ը չընդունեց հարցումը։')
    expect(state).toContain(
      'VPS.org-ի հաղորդագրությունը՝ domain_name: This domain is already registered.',
    )
  })

  it('says what it is waiting for while a lost answer is checked', async () => {
    const checking = unsettled({
      state: 'unknown',
      errorCode: 'Pending',
      note: {
        reason: 'registrationProcessing',
        params: { name: 'late-answer.com', after: '2026-12-01T10:02:00.000Z' },
      },
    })
    const wrapper = await mountList([checking], 'hy')
    const state = wrapper.get('li.registration .state').text()
    expect(state).toContain('VPS.org-ը դեռ ցույց չի տալիս late-answer.com-ը')
    expect(state).not.toContain('2026-12-01T10')
  })

  it('says it in Armenian too', async () => {
    const wrapper = await mountList([intent({ errorCode: 'LateSuccess' })], 'hy')
    expect(wrapper.text()).toContain('VPS.org-ն այն ավարտեց')
  })
})
