import { flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import type { TransferView } from '@shared/ipc/models'
import TransferList from '@/components/transfers/TransferList.vue'
import { useTransfersStore } from '@/stores/transfers'
import { installFakeBridge, mountApp } from '../../support/app'
import { accountState, myappView, transferHistory, transferView } from './fixtures'

afterEach(() => {
  delete window.domainDesk
  document.body.innerHTML = ''
})

const calls = (fake: { calls: Array<[string, unknown[]]> }, channel: string) =>
  fake.calls.filter(([c]) => c === channel).map(([, args]) => args)

async function mountList(
  transfers: TransferView[],
  handlers: Record<string, any> = {},
  locale: 'en' | 'hy' = 'en',
) {
  let list = transfers
  const fake = installFakeBridge({
    'transfer.list': async () => list,
    'domain.get': async () => myappView(transferHistory()),
    'transfer.resolve': async (_a: string, id: number, outcome: string) =>
      (list = list.map((t) =>
        t.id === id ? { ...t, state: outcome === 'started' ? 'pending' : 'failed' } : t,
      ))[0],
    'transfer.setStep': async (_a: string, id: number, index: number, done: boolean) =>
      (list = list.map((t) =>
        t.id === id ? { ...t, stepsDone: done ? [...t.stepsDone, index] : [] } : t,
      ))[0],
    ...handlers,
  })
  const { wrapper } = await mountApp(TransferList, {
    locale,
    path: '/transfers',
    pinia: { initialState: accountState() },
  })
  await useTransfersStore().load()
  await flushPromises()
  return { wrapper, fake }
}

describe('TransferCard', () => {
  it('shows the state, dates, charge against the estimate, steps and the history timeline', async () => {
    const { wrapper } = await mountList([transferView({ stepsDone: [0] })])
    const card = wrapper.get('[data-testid="transfer-myapp.io"]')
    expect(card.get('h3').text()).toBe('myapp.io')
    expect(card.get('[data-testid="transfer-state"]').text()).toBe('In progress')
    expect(card.text()).toContain('Estimated completion')
    expect(card.get('[data-testid="transfer-charged"]').text()).toBe('$39.99')
    expect(card.text()).toContain('Fee estimate')
    expect(card.find('[data-testid="transfer-overdue"]').exists()).toBe(false)
    const steps = card.findAll('input[type="checkbox"]')
    expect(steps).toHaveLength(4)
    expect((steps[0]!.element as HTMLInputElement).checked).toBe(true)
    const timeline = card.get('ol[data-testid="timeline-7"]')
    expect(timeline.attributes('aria-label')).toBe('Transfer history of myapp.io')
    expect(timeline.findAll('li').map((li) => li.text())).toEqual([
      expect.stringContaining('Transfer started'),
      expect.stringContaining('Step done: Check email for transfer authorization request'),
    ])
    expect(wrapper.text()).toContain('Completion is detected automatically')
  })

  it("says the app's note in the reader's language, and VPS.org's words as its words", async () => {
    const failed = transferView({
      state: 'failed',
      note: { code: 'Validation' },
      message: 'auth_code: Invalid authorization code.',
    })
    const { wrapper } = await mountList([failed], {}, 'hy')
    const facts = wrapper.get('[data-testid="transfer-myapp.io"] dl').text()
    expect(facts).toContain('Domain Desk-ի նշումը')
    expect(facts).toContain('VPS.org-ը չընդունեց հարցումը։')
    expect(facts).toContain('VPS.org-ի հաղորդագրությունը')
    expect(facts).toContain('auth_code: Invalid authorization code.')
  })

  it('says a stored reason without any English', async () => {
    const lost = transferView({
      state: 'unknown',
      initiatedAt: null,
      nextSteps: [],
      note: { reason: 'transferClosedWhileSending' },
      message: null,
    })
    const { wrapper } = await mountList([lost], {}, 'hy')
    const facts = wrapper.get('[data-testid="transfer-myapp.io"] dl').text()
    expect(facts).toContain('Domain Desk-ը փակվեց, երբ այս փոխանցումն ուղարկվում էր')
    expect(facts).not.toContain('VPS.org-ի հաղորդագրությունը')
    expect(facts).not.toMatch(/[A-Za-z]{4,} [a-z]{3,}/)
  })

  it('says "not reported" when VPS.org gave no charge', async () => {
    const { wrapper } = await mountList([transferView({ chargedCents: null })])
    expect(wrapper.get('[data-testid="transfer-charged"]').text()).toBe('not reported')
  })

  it('flags an overdue transfer in words, not only colour', async () => {
    const { wrapper } = await mountList([transferView({ overdue: true })])
    expect(wrapper.get('[data-testid="transfer-overdue"]').text()).toBe('Overdue')
    expect(wrapper.get('[data-testid="transfer-estimate"]').text()).toContain('(Overdue)')
    expect(wrapper.text()).toContain('Past the estimated completion')
  })

  it('offers "It started" / "It did not start" for a lost answer, and records the choice', async () => {
    const { wrapper, fake } = await mountList([
      transferView({ state: 'unknown', initiatedAt: null, nextSteps: [], chargedCents: null }),
    ])
    const resolve = wrapper.get('[data-testid="resolve-7"]')
    expect(resolve.text()).toContain('Did the transfer of myapp.io start?')
    expect(resolve.text()).toContain('it will not send it again by itself')
    const buttons = resolve.findAll('button')
    expect(buttons.map((b) => b.text())).toEqual(['It started', 'It did not start'])
    await buttons[0]!.trigger('click')
    await flushPromises()
    expect(calls(fake, 'transfer.resolve')).toEqual([['a1', 7, 'started']])
    expect(wrapper.find('[data-testid="resolve-7"]').exists()).toBe(false)
  })

  it('ticks a next step through transfer.setStep', async () => {
    const { wrapper, fake } = await mountList([transferView()])
    await wrapper.get('#step-7-1').setValue(true)
    await flushPromises()
    expect(calls(fake, 'transfer.setStep')).toEqual([['a1', 7, 1, true]])
    expect((wrapper.get('#step-7-1').element as HTMLInputElement).checked).toBe(true)
  })

  it('checks a pending transfer now with domain.refresh', async () => {
    const { wrapper, fake } = await mountList([transferView()], {
      'domain.refresh': async () => myappView(),
    })
    await wrapper.get('button[aria-label="Check now: myapp.io at VPS.org"]').trigger('click')
    await flushPromises()
    expect(calls(fake, 'domain.refresh')).toEqual([['a1', 102]])
  })

  it('lets VPS.org settle a transfer whose answer was lost before asking the user: Check now', async () => {
    const { wrapper, fake } = await mountList(
      [transferView({ state: 'unknown', initiatedAt: null, nextSteps: [], chargedCents: null })],
      { 'domain.refresh': async () => myappView() },
    )
    expect(wrapper.get('[data-testid="resolve-7"]').text()).toContain(
      'once VPS.org is its registrar, the transfer is marked completed',
    )
    await wrapper.get('button[aria-label="Check now: myapp.io at VPS.org"]').trigger('click')
    await flushPromises()
    expect(calls(fake, 'domain.refresh')).toEqual([['a1', 102]])
  })

  it('shows a completed transfer with every step done', async () => {
    const { wrapper } = await mountList([
      transferView({ state: 'completed', completedAt: '2026-01-22T10:00:00Z', stepsDone: [0] }),
    ])
    const card = wrapper.get('[data-testid="transfer-myapp.io"]')
    const steps = card.findAll('input[type="checkbox"]')
    expect(steps.map((s) => (s.element as HTMLInputElement).checked)).toEqual([
      true,
      true,
      true,
      true,
    ])
    expect(card.get('[data-testid="steps-complete"]').text()).toBe(
      'The transfer is complete, so every step is done.',
    )
  })

  it('keeps an earlier failed attempt’s card free of the later attempt’s history', async () => {
    const { wrapper } = await mountList([
      transferView(),
      transferView({ id: 5, state: 'failed', initiatedAt: null, chargedCents: null }),
    ])
    expect(wrapper.get('ol[data-testid="timeline-7"]').findAll('li')).toHaveLength(2)
    expect(wrapper.find('ol[data-testid="timeline-5"]').exists()).toBe(false)
  })
})
