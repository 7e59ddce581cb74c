import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import type { AccountView, AppInfo } from '@shared/ipc/models'
import WelcomeView from '@/views/WelcomeView.vue'
import { installFakeBridge, mountApp } from '../support/app'

const ADDED: AccountView = {
  id: 'acc-1',
  label: 'Company',
  baseUrl: 'https://admin.vps.org/api/v1',
  isDemo: false,
  hasToken: true,
  tokenStorage: { storage: 'keychain' },
  connectivity: 'online',
  lastSyncAt: null,
  domainCount: 0,
}

const KEYCHAIN: AppInfo = {
  version: '0.1.0',
  platform: 'linux',
  tokenStorage: { storage: 'keychain' },
  cacheNotice: null,
}

type Handlers = Parameters<typeof installFakeBridge>[0]

function fakeMain(handlers: Handlers = {}) {
  const accounts: AccountView[] = []
  return installFakeBridge({
    'app.info': async () => KEYCHAIN,
    'accounts.list': async () => accounts,
    'accounts.add': async () => {
      accounts.push(ADDED)
      return ADDED
    },
    'accounts.connectDemo': async () => {
      const demo = { ...ADDED, id: 'demo', label: 'Demo portfolio', isDemo: true }
      accounts.push(demo)
      return demo
    },
    ...handlers,
  })
}

async function mountWelcome() {
  const mounted = await mountApp(WelcomeView, { path: '/welcome' })
  await flushPromises()
  return mounted
}

async function fill(wrapper: VueWrapper, values: { label?: string; token?: string }) {
  if (values.label !== undefined) await wrapper.get('#connect-label').setValue(values.label)
  if (values.token !== undefined) await wrapper.get('#connect-token').setValue(values.token)
}

const tokenValue = (wrapper: VueWrapper) =>
  (wrapper.get('#connect-token').element as HTMLInputElement).value
const addCalls = (calls: Array<[string, unknown[]]>) => calls.filter(([c]) => c === 'accounts.add')

describe('WelcomeView', () => {
  let wrapper: VueWrapper | undefined

  beforeEach(() => {
    localStorage.clear()
  })

  afterEach(() => {
    wrapper?.unmount()
    wrapper = undefined
    delete window.domainDesk
  })

  it('explains the app and the token’s safety, with one h1 and both ways in', async () => {
    fakeMain()
    ;({ wrapper } = await mountWelcome())
    expect(wrapper.findAll('h1').map((h) => h.text())).toEqual(['Welcome to Domain Desk'])
    expect(wrapper.text()).toContain("operating system's keychain")
    expect(wrapper.findAll('h2').map((h) => h.text())).toEqual([
      'Connect your VPS.org account',
      'Explore with demo data',
    ])
    expect(wrapper.get('label[for="connect-label"]').text()).toContain('Label')
    expect(wrapper.get('label[for="connect-token"]').text()).toContain('API token')
    expect(wrapper.get('#connect-token').attributes('type')).toBe('password')
  })

  it('keeps the base URL under Advanced, defaulting to the VPS.org API', async () => {
    fakeMain()
    ;({ wrapper } = await mountWelcome())
    const toggle = wrapper.get('[aria-controls="connect-advanced"]')
    expect(toggle.attributes('aria-expanded')).toBe('false')
    expect(wrapper.get('#connect-advanced').isVisible()).toBe(false)
    await toggle.trigger('click')
    expect(toggle.attributes('aria-expanded')).toBe('true')
    expect((wrapper.get('#connect-base-url').element as HTMLInputElement).value).toBe(
      'https://admin.vps.org/api/v1',
    )
    expect(wrapper.get('#connect-base-url-help').text()).toMatch(/https:\/\/.*localhost/)
  })

  it('sends one request even on a double click, shows progress, then opens the portfolio', async () => {
    let answer!: (view: AccountView) => void
    const main = fakeMain({
      'accounts.add': () => new Promise<AccountView>((resolve) => (answer = resolve)),
    })
    let router
    ;({ wrapper, router } = await mountWelcome())
    await fill(wrapper, { label: 'Company', token: 'tok-123' })
    const button = wrapper.get('[data-testid="connect-submit"]')
    await button.trigger('click')
    await button.trigger('click')
    await wrapper.get('form').trigger('submit')
    expect(addCalls(main.calls)).toEqual([
      [
        'accounts.add',
        [{ label: 'Company', token: 'tok-123', baseUrl: 'https://admin.vps.org/api/v1' }],
      ],
    ])
    expect(button.attributes('disabled')).toBeDefined()
    expect(wrapper.get('[role="status"]').text()).toContain('Checking the token')
    answer(ADDED)
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe('/portfolio'), 5000)
    expect(tokenValue(wrapper)).toBe('')
  })

  it('refuses a plain-http base URL that is not loopback, next to the field', async () => {
    const main = fakeMain()
    ;({ wrapper } = await mountWelcome())
    await fill(wrapper, { label: 'Company', token: 'tok' })
    await wrapper.get('[aria-controls="connect-advanced"]').trigger('click')
    await wrapper.get('#connect-base-url').setValue('http://vps.example.com/api')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(addCalls(main.calls)).toHaveLength(0)
    expect(wrapper.get('#connect-base-url-error').text()).toMatch(/must start with https:\/\//)
  })

  describe('errors from main', () => {
    const failWith = (error: object) =>
      fakeMain({
        'accounts.add': async () => {
          throw error
        },
      })

    async function submitFilled() {
      ;({ wrapper } = await mountWelcome())
      await fill(wrapper, { label: 'Company', token: 'tok-123' })
      await wrapper.get('form').trigger('submit')
      await flushPromises()
      return wrapper
    }

    it('says VPS.org rejected the token and where to check it, and clears the token', async () => {
      failWith({ code: 'Unauthorized', message: 'HTTP 401' })
      const w = await submitFilled()
      const alert = w.get('[data-testid="connect-error"]')
      expect(alert.attributes('role')).toBe('alert')
      expect(alert.text()).toContain('VPS.org rejected this token')
      expect(alert.text()).toContain('VPS.org panel')
      expect(tokenValue(w)).toBe('')
      expect(w.get('[data-testid="connect-submit"]').attributes('disabled')).toBeUndefined()
    })

    it.each(['Network', 'Timeout'])(
      'says VPS.org cannot be reached at the URL on %s',
      async (code) => {
        failWith({ code, message: 'fetch failed' })
        const w = await submitFilled()
        expect(w.get('[data-testid="connect-error"]').text()).toContain(
          "can't reach VPS.org at https://admin.vps.org/api/v1",
        )
      },
    )

    it.each([
      ['InvalidInput', 'baseUrl'],
      ['InvalidArgument', '0.baseUrl'],
    ])('puts a %s message for %s next to the base URL field', async (code, key) => {
      failWith({
        code,
        message: 'The base URL is not usable.',
        fields: { [key]: ['The base URL must not contain "?" or "#" parts.'] },
      })
      const w = await submitFilled()
      expect(w.get('#connect-advanced').isVisible()).toBe(true)
      // The form's own words for the field, in the user's language (main's are English).
      expect(w.get('#connect-base-url-error').text()).toBe(
        "This base URL can't be used. It must be an https:// address without a user name, password, “?” or “#”.",
      )
      expect(w.get('#connect-base-url').attributes('aria-invalid')).toBe('true')
      expect(w.get('[data-testid="connect-error"]').text()).toBe('Check the highlighted fields.')
    })

    it('says any other failure from the catalogue, not in main’s words', async () => {
      failWith({ code: 'Keychain', message: 'The keyring refused to store the token.' })
      const w = await submitFilled()
      expect(w.get('[data-testid="connect-error"]').text()).toBe('The keychain could not be used.')
    })
  })

  it('starts the demo and opens the portfolio', async () => {
    const main = fakeMain()
    let router
    ;({ wrapper, router } = await mountWelcome())
    await wrapper.get('[data-testid="demo-start"]').trigger('click')
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe('/portfolio'))
    expect(main.calls.filter(([c]) => c === 'accounts.connectDemo')).toHaveLength(1)
  })

  it('says why the demo could not start', async () => {
    fakeMain({
      'accounts.connectDemo': async () => {
        throw { code: 'Internal', message: 'Port in use.' }
      },
    })
    ;({ wrapper } = await mountWelcome())
    await wrapper.get('[data-testid="demo-start"]').trigger('click')
    await flushPromises()
    expect(wrapper.get('[data-testid="demo-error"]').text()).toContain(
      'Something went wrong inside Domain Desk.',
    )
  })

  it('warns before the form when tokens can only be kept in memory, with main’s reason and fix', async () => {
    fakeMain({
      'app.info': async () => ({
        ...KEYCHAIN,
        tokenStorage: {
          storage: 'memory',
          reason: 'No Secret Service is running.',
          fix: 'Install GNOME Keyring.',
        },
      }),
    })
    ;({ wrapper } = await mountWelcome())
    const notice = wrapper.get('[data-testid="keychain-notice"]')
    expect(notice.text()).toContain('kept in memory only')
    expect(notice.text()).toContain('No Secret Service is running.')
    expect(notice.text()).toContain('Install GNOME Keyring.')
    const order = notice.element.compareDocumentPosition(wrapper.get('form').element)
    expect(order & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
  })

  it('never claims the keychain while tokens can only be kept in memory', async () => {
    fakeMain({
      'app.info': async () => ({
        ...KEYCHAIN,
        tokenStorage: { storage: 'memory', reason: 'No Secret Service.', fix: 'Start one.' },
      }),
    })
    ;({ wrapper } = await mountWelcome())
    const security = wrapper.get('[data-testid="welcome-security"]').text()
    expect(security).not.toMatch(/keychain/i)
    expect(security).toContain('in memory')
    expect(wrapper.text()).not.toContain("operating system's keychain")
  })

  it('shows no keychain notice when the keychain works', async () => {
    fakeMain()
    ;({ wrapper } = await mountWelcome())
    expect(wrapper.find('[data-testid="keychain-notice"]').exists()).toBe(false)
  })
})
