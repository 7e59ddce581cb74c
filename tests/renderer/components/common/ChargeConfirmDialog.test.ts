import { flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import ChargeConfirmDialog from '@/components/common/ChargeConfirmDialog.vue'
import { accountState } from '../domain/fixtures'
import { mountApp } from '../../support/app'

afterEach(() => {
  document.body.innerHTML = ''
})

const PROPS = {
  scope: 'registration.confirm',
  open: true,
  sending: false,
  summary: 'Register example.com for 1 year for $12.99',
  details: ['Auto-renew: on', 'WHOIS privacy: off'],
  summaryTestid: 'the-summary',
  sendTestid: 'the-send',
}

async function mountDialog(
  props: Partial<typeof PROPS> = {},
  connectivity: 'online' | 'offline' = 'online',
) {
  const { wrapper } = await mountApp(ChargeConfirmDialog, {
    props: { ...PROPS, ...props },
    pinia: { initialState: accountState(connectivity) },
  })
  await flushPromises()
  return wrapper
}

const send = () => document.querySelector<HTMLButtonElement>('[data-testid="the-send"]')!
const back = () =>
  [...document.querySelectorAll<HTMLButtonElement>('.p-dialog-footer button')].find((b) =>
    b.textContent?.includes('Back'),
  )!

describe('ChargeConfirmDialog', () => {
  it('shows the summary, one line per detail and the note on the charge', async () => {
    await mountDialog()
    expect(document.querySelector('[data-testid="the-summary"]')!.textContent).toBe(PROPS.summary)
    const lines = [...document.querySelectorAll('.details li')].map((li) => li.textContent)
    expect(lines).toEqual(PROPS.details)
    expect(document.querySelector('.charge')!.textContent).toMatch(/\S/)
  })

  it('asks to send or to go back, and says so through its events', async () => {
    const wrapper = await mountDialog()
    send().click()
    back().click()
    await flushPromises()
    expect(wrapper.emitted('send')).toHaveLength(1)
    expect(wrapper.emitted('back')).toHaveLength(1)
  })

  it('cannot be sent twice, closed or left while the request is on its way', async () => {
    await mountDialog({ sending: true })
    expect(send().disabled).toBe(true)
    expect(back().disabled).toBe(true)
    expect(document.querySelector('.p-dialog-close-button')).toBeNull()
    expect(document.querySelector('[role="status"]')!.textContent).toMatch(/\S/)
  })

  it('will not send while the account is offline', async () => {
    await mountDialog({}, 'offline')
    expect(send().disabled).toBe(true)
    expect(back().disabled).toBe(false)
  })

  it('renders nothing while closed', async () => {
    await mountDialog({ open: false })
    expect(document.querySelector('[data-testid="the-summary"]')).toBeNull()
  })
})
