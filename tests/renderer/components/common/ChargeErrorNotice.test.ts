import { describe, expect, it } from 'vitest'
import ChargeErrorNotice from '@/components/common/ChargeErrorNotice.vue'
import type { ErrorInfo } from '@/format/error-text'
import { mountApp } from '../../support/app'

type ChargeError = ErrorInfo

const mountNotice = async (error: ChargeError, locale: 'en' | 'hy' = 'en') =>
  (
    await mountApp(ChargeErrorNotice, {
      props: {
        error,
        scope: 'transfers.errors',
        advisedCodes: ['PaymentRequired', 'Offline'],
        fieldAdvice: { fields: ['auth_code', 'authCode'], key: 'transfers.errors.authCode' },
      },
      locale,
    })
  ).wrapper

describe('ChargeErrorNotice', () => {
  it('is announced as an alert under the scope’s title', async () => {
    const wrapper = await mountNotice({ code: 'Server', message: 'Bad gateway.' })
    expect(wrapper.find('[role="alert"]').exists()).toBe(true)
    expect(wrapper.text()).toContain('The transfer was not started.')
  })

  it('gives an advised code its own advice, in the user’s words rather than main’s', async () => {
    const wrapper = await mountNotice({ code: 'PaymentRequired', message: 'Balance $3.00.' })
    expect(wrapper.text()).toContain('Your VPS.org balance is too low for the transfer fee.')
    expect(wrapper.text()).not.toContain('Balance $3.00.')
    expect(wrapper.text()).not.toContain('could not be reached')
  })

  it('leaves out the raw message where the advice is enough (offline)', async () => {
    const wrapper = await mountNotice({ code: 'Offline', message: 'raw offline text' })
    expect(wrapper.text()).not.toContain('raw offline text')
  })

  it('words an unadvised code in the app’s terms, without main’s English', async () => {
    const wrapper = await mountNotice({ code: 'Network', message: 'Connection refused.' })
    expect(wrapper.text()).toContain('VPS.org could not be reached.')
    expect(wrapper.text()).not.toContain('Connection refused.')
  })

  it('says main’s exact reason with its params in Armenian', async () => {
    const wrapper = await mountNotice(
      {
        code: 'Conflict',
        reason: 'transferInProgress',
        params: { name: 'myapp.io' },
        message: 'A transfer of myapp.io is already in progress.',
      },
      'hy',
    )
    expect(wrapper.text()).toContain('myapp.io-ի փոխանցումն արդեն ընթացքի մեջ է։')
    expect(wrapper.text()).not.toContain('already in progress')
  })

  it('labels field messages, shows non_field_errors bare, and gives the field’s own advice', async () => {
    const wrapper = await mountNotice({
      code: 'Validation',
      message: 'Invalid input.',
      fields: { auth_code: ['This code is wrong.'], non_field_errors: ['Try again later.'] },
    })
    const items = wrapper.findAll('.field-messages li').map((li) => li.text())
    expect(items).toHaveLength(2)
    expect(items[0]).toBe('Auth code: This code is wrong.')
    expect(items[0]).not.toContain('auth_code')
    expect(items[1]).toBe('Try again later.')
    expect(wrapper.find('.advice').exists()).toBe(true)
    expect(wrapper.text()).not.toContain('Invalid input.')
  })

  it('gives no field advice when other fields were rejected', async () => {
    const wrapper = await mountNotice({
      code: 'Validation',
      message: 'x',
      fields: { period: ['Bad.'] },
    })
    expect(wrapper.find('.advice').exists()).toBe(false)
  })
})
