import { flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import ProblemNotice from '@/components/shell/ProblemNotice.vue'
import { useProblemsStore } from '@/stores/problems'
import { installFakeBridge, mountApp } from '../../support/app'

let stop: (() => void) | undefined
afterEach(() => {
  stop?.()
  stop = undefined
  delete window.domainDesk
  document.body.innerHTML = ''
})

async function mountNotice(locale: 'en' | 'hy' = 'en') {
  const fake = installFakeBridge({ 'app.reportError': async () => null })
  const { wrapper } = await mountApp(ProblemNotice, { locale })
  const store = useProblemsStore()
  stop = store.install()
  return { wrapper, fake, store }
}

describe('ProblemNotice', () => {
  it('reports a script error to main and offers to reload the window', async () => {
    const { wrapper, fake, store } = await mountNotice()
    expect(wrapper.find('[role="alert"]').exists()).toBe(false)
    window.dispatchEvent(
      new ErrorEvent('error', {
        message: 'TypeError: boom',
        error: new TypeError('boom'),
        filename: 'app://domain-desk/assets/index.js',
      }),
    )
    await flushPromises()
    const reports = fake.calls.filter(([c]) => c === 'app.reportError')
    expect(reports).toHaveLength(1)
    expect(reports[0]![1][0]).toMatchObject({
      kind: 'error',
      message: expect.stringMatching(/boom/),
    })
    const alert = wrapper.find('[role="alert"]')
    expect(alert.text()).toMatch(/went wrong in this window/)
    const reload = vi.spyOn(store, 'reload').mockImplementation(() => {})
    await wrapper.find('[data-testid="problem-reload"]').trigger('click')
    expect(reload).toHaveBeenCalled()
    // The first mount of the file loads PrimeVue's components: slow on a busy machine.
  }, 20_000)

  it('reports an unhandled rejection too, and stops reporting a flood', async () => {
    const { fake } = await mountNotice()
    for (let i = 0; i < 50; i++) {
      const event = new Event('unhandledrejection') as Event & { reason: unknown }
      event.reason = new Error(`rejected ${i}`)
      window.dispatchEvent(event)
    }
    await flushPromises()
    const reports = fake.calls.filter(([c]) => c === 'app.reportError')
    expect(reports.length).toBeGreaterThan(0)
    expect(reports.length).toBeLessThanOrEqual(10)
    expect(reports[0]![1][0]).toMatchObject({ kind: 'unhandledrejection' })
  })

  it('says when main hit an error and advises a restart, in Armenian too', async () => {
    const { wrapper, fake } = await mountNotice('hy')
    fake.emit('app.problem', { kind: 'main' })
    await flushPromises()
    const text = wrapper.find('[role="alert"]').text()
    expect(text).toMatch(/[\u0531-\u058F]/)
    expect(text).toContain('Domain Desk')
  })

  it('names a helper process that stopped', async () => {
    const { wrapper, fake } = await mountNotice()
    fake.emit('app.problem', { kind: 'child', process: 'GPU' })
    await flushPromises()
    expect(wrapper.find('[role="alert"]').text()).toMatch(/GPU/)
    await wrapper.find('[data-testid="problem-dismiss"]').trigger('click')
    expect(wrapper.find('[role="alert"]').exists()).toBe(false)
  })
})
