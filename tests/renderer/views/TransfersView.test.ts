import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import type { TransferView } from '@shared/ipc/models'
import TransfersView from '@/views/TransfersView.vue'
import {
  accountState,
  myappView,
  row,
  transferCheck,
  transferView,
} from '../components/transfers/fixtures'
import { installFakeBridge, mountApp } from '../support/app'

afterEach(() => {
  delete window.domainDesk
  document.body.innerHTML = ''
})
type Handlers = Parameters<typeof installFakeBridge>[0]

/** The page with main's transfer channels faked; `start` answers transfer.start. */
async function mountPage(path = '/transfers?domain=102', handlers: Handlers = {}) {
  let transfers: TransferView[] = []
  const fake = installFakeBridge({
    'transfer.check': async () => transferCheck(),
    'transfer.list': async () => transfers,
    'transfer.start': async () => {
      transfers = [transferView()]
      return transfers[0]
    },
    'domain.get': async () => myappView(),
    'portfolio.list': async () => ({
      rows: [row(102, 'myapp.io')],
      total: 1,
      offset: 0,
      syncedAt: null,
      syncing: false,
    }),
    ...handlers,
  })
  const { wrapper, router } = await mountApp(TransfersView, {
    path,
    pinia: { initialState: accountState() },
  })
  await flushPromises()
  return { wrapper, router, fake }
}

const count = (fake: { calls: Array<[string, unknown[]]> }, channel: string) =>
  fake.calls.filter(([c]) => c === channel).length
const confirmButton = () =>
  document.querySelector<HTMLButtonElement>('[data-testid="confirm-transfer"]')!

async function fillAndReview(wrapper: VueWrapper): Promise<void> {
  await wrapper.get('#confirm-authCode').setValue(true)
  await wrapper.get('#confirm-whoisEmail').setValue(true)
  await wrapper.get('#transfer-auth-code').setValue('Xy9Kl2Mn#4pQ')
  await wrapper.get('[data-testid="transfer-review"]').trigger('click')
  await flushPromises()
}

describe('TransfersView', () => {
  it('has one h1 and a heading per section', async () => {
    const { wrapper } = await mountPage('/transfers')
    expect(wrapper.findAll('h1').map((h) => h.text())).toEqual(['Transfers'])
    expect(wrapper.findAll('h2').map((h) => h.text())).toEqual([
      'Start a transfer',
      'Your transfers',
    ])
    expect(wrapper.text()).toContain('No transfers yet.')
    expect(wrapper.get('label[for="transfer-domain"]').text()).toBe('Domain to transfer')
  })

  it('preselects the domain named in the address and shows its checklist', async () => {
    const { wrapper, fake } = await mountPage()
    expect(fake.calls.find(([c]) => c === 'transfer.check')?.[1]).toEqual(['a1', 102])
    expect((wrapper.get('#transfer-domain').element as HTMLInputElement).value).toBe('myapp.io')
    expect(wrapper.text()).toContain('Requirements for transferring myapp.io')
  })

  it('follows a domain picked in the search field into the address', async () => {
    const { wrapper, router, fake } = await mountPage('/transfers')
    const input = wrapper.get('#transfer-domain')
    await input.setValue('myapp')
    await new Promise((r) => setTimeout(r, 250))
    await flushPromises()
    expect(fake.calls.filter(([c]) => c === 'portfolio.list').at(-1)?.[1]).toMatchObject([
      'a1',
      { search: 'myapp', quick: ['transferable'], limit: 20 },
    ])
    const option = document.querySelector<HTMLElement>('[role="option"]')!
    expect(option.textContent).toContain('myapp.io')
    option.click()
    await flushPromises()
    expect(router.currentRoute.value.query.domain).toBe('102')
    expect(count(fake, 'transfer.check')).toBe(1)
  })

  it('confirms naming the fee, and sends one transfer however quickly Confirm is clicked twice', async () => {
    let answer!: (t: TransferView) => void
    const { wrapper, fake } = await mountPage('/transfers?domain=102', {
      'transfer.start': () => new Promise((r) => (answer = r)),
    })
    await fillAndReview(wrapper)
    const dialog = document.querySelector('[role="dialog"]')!
    expect(dialog.textContent).toContain('Transfer myapp.io to VPS.org — estimated fee $39.99')
    confirmButton().click()
    confirmButton().click()
    await flushPromises()
    expect(confirmButton().disabled).toBe(true)
    answer(transferView())
    await flushPromises()
    expect(count(fake, 'transfer.start')).toBe(1)
    expect(wrapper.get('[data-testid="transfer-outcome"]').text()).toContain(
      'VPS.org accepted the transfer of myapp.io',
    )
  })

  it('explains a rejected auth code and marks the field', async () => {
    const { wrapper } = await mountPage('/transfers?domain=102', {
      'transfer.start': async () => {
        throw {
          code: 'Validation',
          message: 'Invalid.',
          fields: { auth_code: ['Invalid authorization code.'] },
        }
      },
    })
    await fillAndReview(wrapper)
    confirmButton().click()
    await flushPromises()
    const error = wrapper.get('[data-testid="transfer-error"]').text()
    expect(error).toContain('Auth code: Invalid authorization code.')
    expect(error).toContain('Ask the current registrar for the current EPP code.')
    expect(wrapper.get('#transfer-auth-code').attributes('aria-invalid')).toBe('true')
  })

  it('explains an insufficient balance', async () => {
    const { wrapper } = await mountPage('/transfers?domain=102', {
      'transfer.start': async () => {
        throw { code: 'PaymentRequired', message: 'Insufficient balance.' }
      },
    })
    await fillAndReview(wrapper)
    confirmButton().click()
    await flushPromises()
    expect(wrapper.get('[data-testid="transfer-error"]').text()).toContain(
      'Your VPS.org balance is too low for the transfer fee.',
    )
  })

  it('offers to settle a transfer whose answer was lost', async () => {
    let transfers: TransferView[] = []
    const { wrapper } = await mountPage('/transfers?domain=102', {
      'transfer.list': async () => transfers,
      'transfer.start': async () => {
        transfers = [transferView({ state: 'unknown', initiatedAt: null, nextSteps: [] })]
        return transfers[0]
      },
    })
    await fillAndReview(wrapper)
    confirmButton().click()
    await flushPromises()
    const outcome = wrapper.get('[data-testid="transfer-outcome"]')
    expect(outcome.text()).toContain('Did the transfer of myapp.io start?')
    expect(outcome.findAll('button').map((b) => b.text())).toContain('It did not start')
  })

  it('says why a started transfer failed once the user settles it as not started', async () => {
    const lost = transferView({ state: 'unknown', initiatedAt: null, nextSteps: [] })
    const { wrapper } = await mountPage('/transfers?domain=102', {
      'transfer.list': async () => [],
      'transfer.start': async () => lost,
      'transfer.resolve': async () => ({
        ...lost,
        state: 'failed',
        note: { reason: 'transferMarkedNotStarted' },
        message: null,
      }),
    })
    await fillAndReview(wrapper)
    confirmButton().click()
    await flushPromises()
    const notStarted = wrapper
      .get('[data-testid="transfer-outcome"]')
      .findAll('button')
      .find((b) => b.text() === 'It did not start')!
    await notStarted.trigger('click')
    await flushPromises()
    expect(wrapper.get('[data-testid="transfer-outcome"] [role="alert"]').text()).toBe(
      'Marked as not started after checking with VPS.org.',
    )
  })
})
