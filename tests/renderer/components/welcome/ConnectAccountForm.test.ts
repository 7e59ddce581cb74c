import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import type { AccountView } from '@shared/ipc/models'
import ConnectAccountForm from '@/components/welcome/ConnectAccountForm.vue'
import type { AppLocale } from '@/i18n'
import { useSettingsStore } from '@/stores/settings'
import { installFakeBridge, mountApp } from '../../support/app'

const ADDED: AccountView = {
  id: 'acc-1',
  label: 'Sandbox',
  baseUrl: 'http://127.0.0.1:8787/api/v1',
  isDemo: false,
  hasToken: true,
  tokenStorage: { storage: 'keychain' },
  connectivity: 'online',
  lastSyncAt: null,
  domainCount: 0,
}

function fakeMain(add: (...args: any[]) => unknown = async () => ADDED) {
  return installFakeBridge({ 'accounts.add': add, 'accounts.list': async () => [ADDED] })
}

const failWith = (error: object) =>
  fakeMain(async () => {
    throw error
  })

async function mountForm(locale: AppLocale = 'en') {
  const { wrapper } = await mountApp(ConnectAccountForm, { path: '/welcome', locale })
  return wrapper
}

async function submit(wrapper: VueWrapper, label: string, token: string): Promise<void> {
  await wrapper.get('#connect-label').setValue(label)
  await wrapper.get('#connect-token').setValue(token)
  await wrapper.get('form').trigger('submit')
  await flushPromises()
}

const addCalls = (calls: Array<[string, unknown[]]>) => calls.filter(([c]) => c === 'accounts.add')

describe('ConnectAccountForm', () => {
  let wrapper: VueWrapper | undefined

  beforeEach(() => {
    localStorage.clear()
  })

  afterEach(() => {
    wrapper?.unmount()
    wrapper = undefined
    delete window.domainDesk
  })

  it('asks for a label and a token before sending anything, and focuses the first', async () => {
    const main = fakeMain()
    wrapper = await mountForm()
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(addCalls(main.calls)).toHaveLength(0)
    expect(wrapper.get('#connect-label-error').text()).toBe('Give the account a name.')
    expect(wrapper.get('#connect-token-error').text()).toBe('Paste the API token.')
    expect(wrapper.get('#connect-label').attributes('aria-invalid')).toBe('true')
    expect(wrapper.get('#connect-label').attributes('aria-describedby')).toContain(
      'connect-label-error',
    )
    expect(document.activeElement?.id).toBe('connect-label')
  })

  it('accepts plain http on loopback, for the sandbox registrar', async () => {
    const main = fakeMain()
    wrapper = await mountForm()
    await wrapper.get('#connect-base-url').setValue('http://127.0.0.1:8787/api/v1')
    await submit(wrapper, ' Sandbox ', 'tok')
    expect(addCalls(main.calls)[0]?.[1]).toEqual([
      { label: 'Sandbox', token: 'tok', baseUrl: 'http://127.0.0.1:8787/api/v1' },
    ])
    expect(wrapper.emitted('connected')).toHaveLength(1)
  })

  it('maps a token field message from main to the token field', async () => {
    failWith({
      code: 'InvalidArgument',
      message: 'Invalid request to accounts.add.',
      fields: { '0.token': ['Paste the API token.'] },
    })
    wrapper = await mountForm()
    await submit(wrapper, 'Company', 'tok')
    expect(wrapper.get('#connect-token-error').text()).toBe(
      "This token can't be used. Paste it again from the VPS.org panel.",
    )
    expect(wrapper.emitted('connected')).toBeUndefined()
  })

  it('says the token was rejected in Armenian', async () => {
    failWith({ code: 'Unauthorized', message: 'HTTP 401' })
    wrapper = await mountForm('hy')
    await submit(wrapper, 'Ա', 'tok')
    expect(wrapper.get('[data-testid="connect-error"]').text()).toContain(
      'VPS.org-ը մերժեց այս տոկենը',
    )
  })

  it('translates other failures and leaves main’s English out', async () => {
    failWith({ code: 'Keychain', message: 'The keyring refused to store the token.' })
    wrapper = await mountForm('hy')
    await submit(wrapper, 'Ընկերություն', 'tok')
    const alert = wrapper.get('[data-testid="connect-error"]')
    expect(alert.text()).toContain('Բանալիների պահոցը հնարավոր չեղավ օգտագործել')
    expect(alert.text()).not.toContain('The keyring refused to store the token.')
  })

  it('says a token will be kept in memory only when the keychain is unavailable', async () => {
    fakeMain()
    wrapper = await mountForm()
    expect(wrapper.get('#connect-token-help').text()).toContain('keychain')
    useSettingsStore().appInfo = {
      version: '1',
      platform: 'linux',
      tokenStorage: { storage: 'memory', reason: 'No keyring.' },
      cacheNotice: null,
    }
    await flushPromises()
    expect(wrapper.get('#connect-token-help').text()).toContain('memory only')
  })
})
