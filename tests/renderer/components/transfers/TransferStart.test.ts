import { flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import TransferStart from '@/components/transfers/TransferStart.vue'
import { useTransfersStore } from '@/stores/transfers'
import { installFakeBridge, mountApp } from '../../support/app'
import { accountState, myappView, transferCheck } from './fixtures'

afterEach(() => {
  delete window.domainDesk
  document.body.innerHTML = ''
})

async function mountStart(check = transferCheck(), locale: 'en' | 'hy' = 'en') {
  installFakeBridge({
    'transfer.check': async () => check,
    'transfer.list': async () => [],
    'domain.get': async () => myappView(),
  })
  const { wrapper } = await mountApp(TransferStart, {
    path: '/transfers',
    locale,
    pinia: { initialState: accountState() },
  })
  await useTransfersStore().choose(102)
  await flushPromises()
  return { wrapper }
}

const item = (key: string) => document.querySelector<HTMLElement>(`[data-testid="check-${key}"]`)!
const startButton = () =>
  document.querySelector<HTMLButtonElement>('[data-testid="transfer-review"]')!

describe('TransferStart', () => {
  it('lists every requirement with its state in words: met, not met, and yours to confirm', async () => {
    await mountStart(transferCheck({ items: { unlocked: false } }))
    const list = document.querySelector('ul.checklist')!
    expect(list.getAttribute('aria-labelledby')).toBe('transfer-requirements')
    expect(document.getElementById('transfer-requirements')?.textContent).toContain('myapp.io')
    expect(list.querySelectorAll(':scope > li')).toHaveLength(6)
    expect(item('registeredElsewhere').dataset.state).toBe('met')
    expect(item('registeredElsewhere').textContent).toContain('Met')
    expect(item('registeredElsewhere').textContent).toContain('Registered at Namecheap, Inc.')
    expect(item('oldEnough').textContent).toContain('Registered 400 days ago')
    expect(item('unlocked').dataset.state).toBe('notMet')
    expect(item('unlocked').textContent).toContain('Not met')
    expect(item('unlocked').textContent).toContain('Unlock it at the current registrar first.')
    for (const key of ['authCode', 'whoisEmail']) {
      expect(item(key).dataset.state).toBe('confirm')
      expect(item(key).textContent).toContain('You confirm')
      const box = item(key).querySelector<HTMLInputElement>('input[type="checkbox"]')!
      expect(box.checked).toBe(false)
      expect(document.querySelector(`label[for="${box.id}"]`)?.textContent).toBeTruthy()
    }
    expect(startButton().disabled).toBe(true)
    expect(document.getElementById('transfer-start-hint')?.textContent).toContain(
      "can't be transferred yet",
    )
  })

  it('enables Start only once every "you confirm" item is ticked and a code is given', async () => {
    const { wrapper } = await mountStart()
    expect(startButton().disabled).toBe(true)
    await wrapper.get('#confirm-authCode').setValue(true)
    expect(startButton().disabled).toBe(true)
    await wrapper.get('#transfer-auth-code').setValue('Xy9Kl2Mn#4pQ')
    expect(startButton().disabled).toBe(true)
    await wrapper.get('#confirm-whoisEmail').setValue(true)
    expect(startButton().disabled).toBe(false)
    await wrapper.get('#transfer-auth-code').setValue('   ')
    expect(startButton().disabled).toBe(true)
  })

  it('shows the fee as an estimate, and "no price" when there is none', async () => {
    await mountStart()
    const fee = document.querySelector('[data-testid="transfer-fee"]')!.textContent
    expect(fee).toContain('$39.99 (estimate from the price table)')
    expect(fee).toContain('Includes a one-year renewal')
    document.body.innerHTML = ''
    await mountStart(transferCheck({ feeEstimateCents: null }))
    expect(document.querySelector('[data-testid="transfer-fee"]')!.textContent).toContain(
      'No price: the price table has none for .io',
    )
  })

  it('says when the fee is learned from the last transfer VPS.org charged', async () => {
    await mountStart(
      transferCheck({
        feeEstimateCents: 3749,
        feeSource: 'lastCharge',
        feeChargedAt: '2026-11-20T10:00:00.000Z',
      }),
    )
    const fee = document.querySelector('[data-testid="transfer-fee"]')!.textContent
    expect(fee).toContain('$37.49 (estimate from what VPS.org charged last time)')
    expect(document.querySelector('[data-testid="transfer-fee-source"]')!.textContent).toBe(
      'Learned from your last transfer of this TLD, charged on Nov 20, 2026; this one may differ.',
    )
  })

  it('keeps the auth code hidden until asked, and labelled', async () => {
    const { wrapper } = await mountStart()
    const input = wrapper.get('#transfer-auth-code')
    expect(input.attributes('type')).toBe('password')
    expect(wrapper.get('label[for="transfer-auth-code"]').text()).toBe('EPP/auth code')
    await wrapper.get('button[aria-label="Show the auth code"]').trigger('click')
    expect(input.attributes('type')).toBe('text')
  })

  it('writes the checklist in Armenian too', async () => {
    await mountStart(transferCheck(), 'hy')
    expect(item('unlocked').textContent).toContain('Կատարված է')
    expect(item('authCode').textContent).toContain('Հաստատում եք դուք')
  })
})
